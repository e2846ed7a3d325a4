// Requests as a list: search (reference, requesting government, what is asked), filters, sorts in the
// order people expect (references in natural order, states in workflow order), one page at a time,
// with the per-state counts under the other filters (the state tabs) and each row's specialists.

import type { ParsedInput } from '../../../shared/contract';
import type { RequestSummary } from '../../../shared/specialist-dispatch/schema';
import { REQUEST_STATES } from '../../../shared/specialist-dispatch/workflow';
import type { Context } from '../context';
import { pageOffset } from '../db/paging';
import { join, type Sql, sql } from '../db/sql';
import { REQUEST_SELECT, type RequestRow, toRequest } from './request-rows';
import { likeEscaped } from './specialist-list';
import { idList } from './specialist-rows';

type Query = ParsedInput<'specialistDispatch.requests.list'>;
type Filters = Omit<Query, 'sort' | 'dir' | 'page' | 'pageSize'>;

const raw = (text: string): Sql => ({ text, params: [] });

export const STATE_ORDER = raw(`CASE r.state ${REQUEST_STATES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`);
/** "SD-FY2027-" is 10 characters: the number after it, as a number, gives the natural order. */
const REFERENCE = [raw('r.fiscal_year'), raw('CAST(substr(r.reference, 11) AS INTEGER)')];

const SORTS: Record<Query['sort'], Sql[]> = {
  reference: REFERENCE,
  received: [raw('r.received_on'), ...REFERENCE],
  country: [raw('r.country_code'), ...REFERENCE],
  state: [STATE_ORDER, ...REFERENCE],
  government: [raw('lower(r.requesting_government)'), ...REFERENCE],
};

/** Received outside the window of its fiscal year: 1 March – 30 April of the calendar year before. */
export const OUTSIDE_WINDOW = raw(
  `(r.received_on < printf('%04d-03-01', r.fiscal_year - 1) OR r.received_on > printf('%04d-04-30', r.fiscal_year - 1))`,
);

export function requestWhere(f: Filters, withState = true): Sql {
  const where: Sql[] = [];
  if (f.fiscalYear != null) where.push(sql`r.fiscal_year = ${f.fiscalYear}`);
  if (withState && f.state != null) where.push(sql`r.state = ${f.state}`);
  if (f.countryCode != null) where.push(sql`r.country_code = ${f.countryCode}`);
  if (f.fieldId != null) where.push(sql`r.field_id = ${f.fieldId}`);
  if (f.outsideWindow) where.push(OUTSIDE_WINDOW);
  for (const word of f.search.trim().split(/\s+/).filter(Boolean)) {
    const like = likeEscaped(word);
    where.push(sql`(r.reference LIKE ${like} ESCAPE '\\' OR r.requesting_government LIKE ${like} ESCAPE '\\'
                    OR r.summary LIKE ${like} ESCAPE '\\')`);
  }
  return join(where, ' AND ', '1');
}

/** The names of each request's specialists (dispatches not cancelled), in the order they were matched. */
export function specialistNames(ctx: Context, requestIds: readonly number[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const r of ctx.db.all<{ request_id: number; name_en: string }>(sql`
    SELECT d.request_id, s.name_en FROM dispatches d JOIN specialists s ON s.id = d.specialist_id
    WHERE d.cancelled = 0 AND d.request_id IN (SELECT value FROM json_each(${idList(requestIds)}))
    ORDER BY d.request_id, d.id`)) {
    out.set(r.request_id, [...(out.get(r.request_id) ?? []), r.name_en]);
  }
  return out;
}

export function toSummaries(ctx: Context, rows: RequestRow[]): RequestSummary[] {
  const names = specialistNames(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map((row) => {
    const r = toRequest(row);
    return {
      id: r.id,
      reference: r.reference,
      fiscalYear: r.fiscalYear,
      countryCode: r.countryCode,
      requestingGovernment: r.requestingGovernment,
      fieldId: r.fieldId,
      receivedOn: r.receivedOn,
      window: r.window,
      state: r.state,
      stateChangedOn: r.stateChangedOn,
      specialists: names.get(r.id) ?? [],
    };
  });
}

/** Every request the filters keep, in the order asked (the list without paging; the export's rows). */
export function requestRows(ctx: Context, q: Omit<Query, 'page' | 'pageSize'>, limit = -1, offset = 0): RequestRow[] {
  const dir = raw(q.dir === 'desc' ? 'DESC' : 'ASC');
  const order = join(
    SORTS[q.sort].map((column) => sql`${column} ${dir}`),
    ', ',
  );
  return ctx.db.all<RequestRow>(sql`
    ${REQUEST_SELECT} WHERE ${requestWhere(q)}
    ORDER BY ${order}, r.id ${dir} LIMIT ${limit} OFFSET ${offset}`);
}

export function listRequests(ctx: Context, q: Query) {
  const offset = pageOffset(q);
  const rows = requestRows(ctx, q, q.pageSize, offset);
  const counts = ctx.db.all<{ state: string; n: number }>(sql`
    SELECT r.state, count(*) AS n FROM dispatch_requests r WHERE ${requestWhere(q, false)} GROUP BY r.state`);
  const byState: Record<string, number> = {};
  for (const c of counts) byState[c.state] = c.n;
  const total = q.state != null ? (byState[q.state] ?? 0) : counts.reduce((sum, c) => sum + c.n, 0);
  return { rows: toSummaries(ctx, rows), total, page: q.page, pageSize: q.pageSize, byState };
}
