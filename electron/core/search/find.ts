// The palette's search across records: each kind asked with its own list's search conditions, so a
// record the list finds is found here too; active records first, a few of each kind.
import type { ParsedInput } from '../../../shared/contract';
import type { SearchHit, SearchResults } from '../../../shared/search/schema';
import { searchKey } from '../../../shared/text/normalize';
import type { Context } from '../context';
import { join, sql } from '../db/sql';
import { searchConditions as hostConditions } from '../hosts/list';
import { requestWhere } from '../specialist-dispatch/request-list';
import { searchConditions as specialistConditions } from '../specialist-dispatch/specialist-list';
import { searchCondition as traineeConditions } from '../trainees/list';

type Query = ParsedInput<'search.find'>;

const detail = (...parts: (string | null)[]) => parts.filter(Boolean).join(' · ') || null;

function trainees(ctx: Context, text: string, n: number): SearchHit[] {
  const rows = ctx.db.all<{
    id: number;
    ref: string;
    full_name: string;
    native_name: string | null;
    katakana_name: string | null;
    archived: number;
  }>(sql`
    SELECT t.id, t.ref, t.full_name, t.native_name, t.katakana_name, t.archived FROM trainees t
    WHERE ${join(traineeConditions(text), ' AND ')} ORDER BY t.archived, t.name_key, t.id LIMIT ${n}`);
  return rows.map((r) => ({
    kind: 'trainee',
    key: r.id,
    title: r.full_name,
    // A native name written as the passport's (Vietnamese) is not said twice.
    detail: detail(r.ref, r.native_name === r.full_name ? null : r.native_name, r.katakana_name),
    inactive: r.archived === 1,
  }));
}

function hosts(ctx: Context, text: string, n: number): SearchHit[] {
  const rows = ctx.db.all<{ id: number; name_en: string; name_ja: string; active: number }>(sql`
    SELECT h.id, h.name_en, h.name_ja, h.active FROM hosts h
    WHERE ${join(hostConditions(text), ' AND ')} ORDER BY h.active DESC, h.name_key, h.id LIMIT ${n}`);
  return rows.map((r) => ({ kind: 'host', key: r.id, title: r.name_en, detail: r.name_ja, inactive: r.active === 0 }));
}

function specialists(ctx: Context, text: string, n: number): SearchHit[] {
  const rows = ctx.db.all<{
    id: number;
    name_en: string;
    name_ja: string | null;
    home_government: string;
    active: number;
  }>(sql`
    SELECT s.id, s.name_en, s.name_ja, s.home_government, s.active FROM specialists s
    WHERE ${join(specialistConditions(text), ' AND ')} ORDER BY s.active DESC, s.name_key, s.id LIMIT ${n}`);
  return rows.map((r) => ({
    kind: 'specialist',
    key: r.id,
    title: r.name_en,
    detail: detail(r.name_ja, r.home_government),
    inactive: r.active === 0,
  }));
}

function requests(ctx: Context, text: string, n: number): SearchHit[] {
  const where = requestWhere({ search: text, outsideWindow: false });
  const rows = ctx.db.all<{ id: number; reference: string; requesting_government: string; summary: string }>(sql`
    SELECT r.id, r.reference, r.requesting_government, r.summary FROM dispatch_requests r
    WHERE ${where} ORDER BY r.fiscal_year DESC, r.reference DESC LIMIT ${n}`);
  return rows.map((r) => ({
    kind: 'request',
    key: r.id,
    title: r.reference,
    detail: detail(r.requesting_government, r.summary),
    inactive: false,
  }));
}

/** A cohort is found by its year as written in either language: "FY2026", "2026", "2026年度". */
function cohorts(ctx: Context, text: string, n: number): SearchHit[] {
  const words = searchKey(text).split(' ').filter(Boolean);
  const rows = ctx.db.all<{ fiscal_year: number; programme_start: string; programme_end: string }>(
    sql`SELECT fiscal_year, programme_start, programme_end FROM cohorts ORDER BY fiscal_year DESC`,
  );
  return rows
    .filter((r) => {
      const key = searchKey(`FY${r.fiscal_year} ${r.fiscal_year}年度 cohort コホート 受入年度`);
      return words.every((word) => key.includes(word));
    })
    .slice(0, n)
    .map((r) => ({
      kind: 'cohort',
      key: r.fiscal_year,
      title: `FY${r.fiscal_year}`,
      detail: null,
      period: { start: r.programme_start, end: r.programme_end },
      inactive: false,
    }));
}

export function findRecords(ctx: Context, q: Query): SearchResults {
  // Nothing typed, nothing asked: the palette shows its screens, actions and recent items instead.
  if (searchKey(q.text) === '') return { hits: [] };
  return {
    hits: [
      ...trainees(ctx, q.text, q.perKind),
      ...hosts(ctx, q.text, q.perKind),
      ...specialists(ctx, q.text, q.perKind),
      ...requests(ctx, q.text, q.perKind),
      ...cohorts(ctx, q.text, q.perKind),
    ],
  };
}
