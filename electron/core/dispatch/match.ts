// Suggesting specialists for a request: every active specialist scored by rankSpecialists
// (shared/dispatch/matching.ts) on field, availability, languages and past dispatches, the best
// returned with their reasons. The pool is read with two set-based queries (specialists with their
// fields and availability, and live dispatches), then the names of the ones shown: no query per specialist.

import { type MatchField, rankSpecialists, type SpecialistFacts } from '../../../shared/dispatch/matching';
import type { Period } from '../../../shared/dispatch/periods';
import type { MatchResult } from '../../../shared/dispatch/schema';
import type { FieldGroup } from '../../../shared/dispatch/vocabulary';
import { fiscalYearRange } from '../../../shared/fiscal-year';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { getRequestRecord } from './request-rows';
import { idList } from './specialist-rows';

const NO_PERIODS: Period[] = [];

/**
 * The active pool in one pass: each specialist with their fields ("3,7") and availability periods
 * ("2027-04-012027-05-31…", 20 characters each) folded into strings by SQLite, which is several
 * times cheaper than a row per field and period. Names are read for the shown ones only.
 */
export function loadPool(ctx: Context): SpecialistFacts[] {
  const rows = ctx.db.all<{
    id: number;
    name_key: string;
    retired: number;
    languages: string;
    fields: string | null;
    free: string | null;
  }>(sql`
    SELECT s.id, s.name_key, s.retired, s.languages,
      (SELECT group_concat(f.field_id) FROM specialist_fields f WHERE f.specialist_id = s.id) AS fields,
      (SELECT group_concat(a.start_date || a.end_date, '') FROM specialist_availability a WHERE a.specialist_id = s.id)
        AS free
    FROM specialists s WHERE s.active = 1`);
  const byId = new Map<number, SpecialistFacts & { dispatches: SpecialistFacts['dispatches'][number][] }>();
  const pool = rows.map((r) => {
    const availability: Period[] = [];
    if (r.free !== null) {
      for (let i = 0; i + 20 <= r.free.length; i += 20) {
        availability.push({ start: r.free.slice(i, i + 10), end: r.free.slice(i + 10, i + 20) });
      }
    }
    const facts = {
      id: r.id,
      nameEn: '',
      nameKey: r.name_key,
      retired: r.retired === 1,
      languages: r.languages === '[]' ? [] : (JSON.parse(r.languages) as string[]),
      fieldIds: r.fields === null ? [] : r.fields.split(',').map(Number),
      availability: availability.length > 0 ? availability : NO_PERIODS,
      dispatches: [] as SpecialistFacts['dispatches'][number][],
    };
    byId.set(r.id, facts);
    return facts;
  });
  // A matched specialist not yet dated is taken as away for the wished period of that request.
  for (const d of ctx.db.all<{
    s: number;
    request: number;
    country: string;
    field: number;
    start: string;
    end: string;
  }>(sql`
    SELECT d.specialist_id AS s, d.request_id AS request, r.country_code AS country, r.field_id AS field,
      coalesce(d.start_date, r.wished_start) AS start, coalesce(d.end_date, r.wished_end) AS "end"
    FROM dispatches d JOIN dispatch_requests r ON r.id = d.request_id
    WHERE d.cancelled = 0 AND coalesce(d.start_date, r.wished_start) IS NOT NULL
      AND coalesce(d.end_date, r.wished_end) IS NOT NULL`)) {
    byId
      .get(d.s)
      ?.dispatches.push({ requestId: d.request, countryCode: d.country, fieldId: d.field, start: d.start, end: d.end });
  }
  return pool;
}

/**
 * The pool as last read, per connection, while nothing has been written since: SQLite's
 * total_changes() counts every row this connection (the app's only writer) inserted, changed or
 * deleted, so any write at all reads the pool afresh. Never kept from inside a transaction, whose
 * writes might yet be rolled back.
 */
const pools = new WeakMap<object, { stamp: number; pool: SpecialistFacts[] }>();

export function activePool(ctx: Context): SpecialistFacts[] {
  const stamp = ctx.db.get<{ n: number }>(sql`SELECT total_changes() AS n`)?.n ?? -1;
  const cached = pools.get(ctx.db);
  if (cached && cached.stamp === stamp) return cached.pool;
  const pool = loadPool(ctx);
  if (!ctx.db.raw.inTransaction) pools.set(ctx.db, { stamp, pool });
  return pool;
}

export function matchSpecialists(ctx: Context, input: { id: number; limit: number }): MatchResult {
  const request = getRequestRecord(ctx, input.id);
  const wished =
    request.wishedStart && request.wishedEnd
      ? { start: request.wishedStart, end: request.wishedEnd }
      : fiscalYearRange(request.fiscalYear);
  const fields: MatchField[] = ctx.db
    .all<{ id: number; name_en: string; name_ja: string; field_group: FieldGroup }>(
      sql`SELECT id, name_en, name_ja, field_group FROM expertise_fields`,
    )
    .map((f) => ({ id: f.id, nameEn: f.name_en, nameJa: f.name_ja, group: f.field_group }));
  const pool = activePool(ctx);
  const ranked = rankSpecialists(
    { id: request.id, fieldId: request.fieldId, countryCode: request.countryCode, wished },
    pool,
    { fields, limit: input.limit },
  );
  const shown = new Map(
    ctx.db
      .all<{ id: number; name_en: string; name_ja: string | null; home_government: string; retired: number }>(sql`
        SELECT id, name_en, name_ja, home_government, retired FROM specialists
        WHERE id IN (SELECT value FROM json_each(${idList(ranked.map((m) => m.specialistId))}))`)
      .map((r) => [r.id, r]),
  );
  return {
    wished,
    considered: pool.length,
    matches: ranked.map((m) => {
      const s = shown.get(m.specialistId);
      return {
        ...m,
        nameEn: s?.name_en ?? '',
        nameJa: s?.name_ja ?? null,
        homeGovernment: s?.home_government ?? '',
        retired: s?.retired === 1,
      };
    }),
  };
}
