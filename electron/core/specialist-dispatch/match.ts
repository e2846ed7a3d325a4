// Suggesting specialists for a request: every active specialist scored by rankSpecialists
// (shared/specialist-dispatch/matching.ts) on field, availability, languages and past dispatches, the best
// returned with their reasons. The pool is read with four whole-table queries (specialists, fields,
// availability, live dispatches), then the names of the ones shown: no query per specialist.

import { fiscalYearRange } from '../../../shared/fiscal-year';
import { type MatchField, rankSpecialists, type SpecialistFacts } from '../../../shared/specialist-dispatch/matching';
import type { Period } from '../../../shared/specialist-dispatch/periods';
import type { MatchResult } from '../../../shared/specialist-dispatch/schema';
import type { FieldGroup } from '../../../shared/specialist-dispatch/vocabulary';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { getRequestRecord } from './request-rows';
import { idList } from './specialist-rows';

type Facts = SpecialistFacts & {
  fieldIds: number[];
  availability: Period[];
  dispatches: SpecialistFacts['dispatches'][number][];
};

/**
 * The active pool: specialists, their fields, their availability and the live dispatches, each read
 * whole in one query as arrays of values (objects per row and correlated subqueries cost more than the
 * scoring itself at 5,000 specialists), then joined in a map. Names are read for the shown ones only.
 */
export function loadPool(ctx: Context): SpecialistFacts[] {
  // Ids are small integers: an array indexed by id joins the parts faster than a Map.
  const byId: (Facts | undefined)[] = [];
  const pool: Facts[] = [];
  for (const [id, nameKey, retired, languages] of ctx.db.rows<[number, string, number, string]>(
    sql`SELECT id, name_key, retired, languages FROM specialists WHERE active = 1`,
  )) {
    const facts: Facts = {
      id,
      nameEn: '',
      nameKey,
      retired: retired === 1,
      languages: languageList(languages),
      fieldIds: [],
      availability: [],
      dispatches: [],
    };
    byId[id] = facts;
    pool.push(facts);
  }
  for (const [s, field] of ctx.db.rows<[number, number]>(sql`SELECT specialist_id, field_id FROM specialist_fields`)) {
    byId[s]?.fieldIds.push(field);
  }
  for (const [s, start, end] of ctx.db.rows<[number, string, string]>(
    sql`SELECT specialist_id, start_date, end_date FROM specialist_availability ORDER BY specialist_id, start_date`,
  )) {
    byId[s]?.availability.push({ start, end });
  }
  // A matched specialist not yet dated is taken as away for the wished period of that request.
  for (const [s, requestId, countryCode, fieldId, start, end] of ctx.db.rows<
    [number, number, string, number, string, string]
  >(sql`
    SELECT d.specialist_id, d.request_id, r.country_code, r.field_id,
      coalesce(d.start_date, r.wished_start), coalesce(d.end_date, r.wished_end)
    FROM dispatches d JOIN dispatch_requests r ON r.id = d.request_id
    WHERE d.cancelled = 0 AND coalesce(d.start_date, r.wished_start) IS NOT NULL
      AND coalesce(d.end_date, r.wished_end) IS NOT NULL`)) {
    byId[s]?.dispatches.push({ requestId, countryCode, fieldId, start, end });
  }
  return pool;
}

const NO_LANGUAGES: string[] = [];

/**
 * The stored JSON array of language tags, read without JSON.parse (a third of the load at 5,000
 * specialists): tags are validated as letters, digits and hyphens, so they hold no quote or comma.
 */
export function languageList(json: string): string[] {
  if (json === '[]') return NO_LANGUAGES;
  return json.slice(2, -2).split('","');
}

/**
 * The pool as last read, per connection, while nothing it is read from has changed: triggers move
 * `match_pool_stamp` on every write to specialists, their fields and availability, dispatches, and a
 * request's country, field or wished period (migration 0006). Never kept from inside a transaction,
 * whose writes might yet be rolled back.
 */
const pools = new WeakMap<object, { stamp: number; pool: SpecialistFacts[] }>();

export function activePool(ctx: Context): SpecialistFacts[] {
  const stamp = ctx.db.get<{ n: number }>(sql`SELECT n FROM match_pool_stamp WHERE id = 1`)?.n ?? -1;
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
