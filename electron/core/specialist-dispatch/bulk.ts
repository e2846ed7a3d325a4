// Bulk actions on the dispatch lists: a workflow move for several requests, specialists marked active
// or inactive. Each record gets the single change (its rules, its transition row, its audit entry),
// all in one transaction, or none when one refuses (core bulk.ts). The records are the ids given or
// every record the list's filters match, refused as stale when that is not the count the person saw.
import { BULK_MAX } from '../../../shared/bulk';
import type { ParsedInput } from '../../../shared/contract';
import { AppFailure } from '../../../shared/result';
import { type BulkRecord, runBulk } from '../bulk';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { requestRows } from './request-list';
import { getRequestRecord } from './request-rows';
import { listSpecialists } from './specialist-list';
import { idList } from './specialist-rows';
import { setSpecialistActive } from './specialists';
import { transitionRequest } from './transitions';

type RequestInput = ParsedInput<'specialistDispatch.requests.bulk.transition'>;
type SpecialistInput = ParsedInput<'specialistDispatch.specialists.bulk.setActive'>;

function stale(found: number, expected: number, what: string): never {
  throw new AppFailure({
    code: 'stale',
    message: `The filters now match ${found} ${what}, not ${expected}. Reload the list and try again.`,
  });
}

/** Once each, in the order given; every id must exist. `names` maps id → how the person knows it. */
function records(ids: number[], names: Map<number, string>, what: string): BulkRecord[] {
  const missing = ids.find((id) => !names.has(id));
  if (missing !== undefined)
    throw new AppFailure({ code: 'not_found', message: `There is no ${what} with id ${missing}.` });
  return [...new Set(ids)].map((id) => ({ id, name: names.get(id) ?? String(id) }));
}

function requestRecords(ctx: Context, selection: RequestInput['selection']): BulkRecord[] {
  let ids: number[];
  if ('ids' in selection) {
    ids = selection.ids;
  } else {
    const rows = requestRows(ctx, { ...selection.query, sort: 'reference', dir: 'asc' }, BULK_MAX + 1);
    if (rows.length !== selection.expected) stale(rows.length, selection.expected, 'requests');
    ids = rows.map((r) => r.id);
  }
  const rows = ctx.db.all<{ id: number; reference: string; requesting_government: string }>(sql`
    SELECT id, reference, requesting_government FROM dispatch_requests
    WHERE id IN (SELECT value FROM json_each(${idList(ids)}))`);
  const names = new Map(rows.map((r) => [r.id, `${r.reference} (${r.requesting_government})`]));
  return records(ids, names, 'request');
}

function specialistRecords(ctx: Context, selection: SpecialistInput['selection']): BulkRecord[] {
  let ids: number[];
  if ('ids' in selection) {
    ids = selection.ids;
  } else {
    const page = listSpecialists(ctx, {
      ...selection.query,
      sort: 'name',
      dir: 'asc',
      page: 1,
      pageSize: BULK_MAX + 1,
    });
    if (page.total !== selection.expected) stale(page.total, selection.expected, 'specialists');
    ids = page.rows.map((r) => r.id);
  }
  const rows = ctx.db.all<{ id: number; name_en: string }>(sql`
    SELECT id, name_en FROM specialists WHERE id IN (SELECT value FROM json_each(${idList(ids)}))`);
  return records(ids, new Map(rows.map((r) => [r.id, r.name_en])), 'specialist');
}

export function bulkTransitionRequests(ctx: Context, input: RequestInput) {
  return ctx.db.tx(() =>
    runBulk(ctx, requestRecords(ctx, input.selection), (id) => {
      const { version } = getRequestRecord(ctx, id);
      // A date after today asks for a confirmation the dialog does not offer: it is refused instead.
      const move = { id, version, to: input.to, on: input.on, reason: input.reason };
      transitionRequest(ctx, { ...move, start: null, end: null, outcome: null, confirm: false });
    }),
  );
}

export function bulkSetSpecialistsActive(ctx: Context, input: SpecialistInput) {
  return ctx.db.tx(() =>
    runBulk(ctx, specialistRecords(ctx, input.selection), (id) => setSpecialistActive(ctx, id, input.active)),
  );
}
