// The host directory: search in English or Japanese (hiragana finds katakana), filters, sorting, one
// page at a time, with how many trainees each host has today.
import type { ParsedInput } from '../../../shared/contract';
import { todayIso } from '../../../shared/fiscal-year';
import { HOST_KINDS, type HostSummary } from '../../../shared/hosts/schema';
import { searchKey } from '../../../shared/text/normalize';
import type { Context } from '../context';
import { pageOffset, pageTotal } from '../db/paging';
import { join, type Sql, sql } from '../db/sql';
import { fieldIdsOf, type HostRow } from './rows';

type Query = ParsedInput<'hosts.list'>;

const raw = (text: string): Sql => ({ text, params: [] });

// Kinds sort in the order people think of them (prefecture, city, … related organisation), not A–Z.
const KIND_ORDER = raw(`CASE h.kind ${HOST_KINDS.map((k, i) => `WHEN '${k}' THEN ${i}`).join(' ')} END`);

const SORTS: Record<Query['sort'], Sql[]> = {
  name: [raw('h.name_key')],
  prefecture: [raw('h.prefecture'), raw('h.name_key')],
  capacity: [raw('h.capacity'), raw('h.name_key')],
  kind: [KIND_ORDER, raw('h.name_key')],
};

/** Each word must appear in the English or Japanese name or the address (also the palette's). */
export function searchConditions(text: string): Sql[] {
  return searchKey(text)
    .split(' ')
    .filter(Boolean)
    .map((word) => sql`h.search_key LIKE ${`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} ESCAPE '\\'`);
}

export function listHosts(
  ctx: Context,
  q: Query,
): { rows: HostSummary[]; total: number; page: number; pageSize: number } {
  const where: Sql[] = [];
  if (q.active !== 'all') where.push(sql`h.active = ${q.active === 'active' ? 1 : 0}`);
  if (q.prefecture != null) where.push(sql`h.prefecture = ${q.prefecture}`);
  if (q.kind != null) where.push(sql`h.kind = ${q.kind}`);
  if (q.fieldId != null) where.push(sql`h.id IN (SELECT host_id FROM host_fields WHERE field_id = ${q.fieldId})`);
  where.push(...searchConditions(q.search));
  const whereSql = join(where, ' AND ', '1');

  const dir = raw(q.dir === 'desc' ? 'DESC' : 'ASC');
  const order = join(
    SORTS[q.sort].map((column) => sql`${column} ${dir}`),
    ', ',
  );
  const today = todayIso(ctx.now());
  const offset = pageOffset(q);
  const rows = ctx.db.all<HostRow & { current_trainees: number }>(sql`
    SELECT h.id, h.name_en, h.name_ja, h.kind, h.prefecture, h.address, h.capacity, h.active, h.is_demo,
      (SELECT count(*) FROM placements p
       WHERE p.host_id = h.id AND p.cancelled = 0 AND p.start_date <= ${today} AND p.end_date >= ${today})
        AS current_trainees
    FROM hosts h WHERE ${whereSql}
    ORDER BY ${order}, h.id ${dir}
    LIMIT ${q.pageSize} OFFSET ${offset}`);
  const total = pageTotal(ctx.db, q, rows.length, sql`SELECT count(*) AS n FROM hosts h WHERE ${whereSql}`);
  const fields = fieldIdsOf(
    ctx,
    rows.map((r) => r.id),
  );
  return {
    rows: rows.map((r) => ({
      id: r.id,
      nameEn: r.name_en,
      nameJa: r.name_ja,
      kind: r.kind,
      prefecture: r.prefecture,
      address: r.address,
      capacity: r.capacity,
      fieldIds: fields.get(r.id) ?? [],
      active: r.active === 1,
      isDemo: r.is_demo === 1,
      currentTrainees: r.current_trainees,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
