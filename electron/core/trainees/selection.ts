// The trainees a bulk action is for, as the core finds them when it acts: the ids given, or every
// trainee the list's filters match (refused as stale when that is no longer the count the person saw).
import { BULK_MAX } from '../../../shared/bulk';
import type { ParsedInput } from '../../../shared/contract';
import { AppFailure } from '../../../shared/result';
import type { BulkRecord } from '../bulk';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { listTrainees } from './list';

type TraineeSelection = ParsedInput<'trainees.bulk.archive'>['selection'];

export function resolveTraineeSelection(ctx: Context, selection: TraineeSelection): BulkRecord[] {
  const ids = 'ids' in selection ? selection.ids : idsMatching(ctx, selection);
  const rows = ctx.db.all<{ id: number; full_name: string; ref: string }>(sql`
    SELECT id, full_name, ref FROM trainees WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = ids.find((id) => !byId.has(id));
  if (missing !== undefined) {
    throw new AppFailure({ code: 'not_found', message: `There is no trainee with id ${missing}.` });
  }
  // Once each, in the order given (a list's order reads naturally in the refusals).
  return [...new Set(ids)].map((id) => {
    const r = byId.get(id) as { full_name: string; ref: string };
    return { id, name: `${r.full_name} (${r.ref})` };
  });
}

function idsMatching(ctx: Context, selection: Extract<TraineeSelection, { query: unknown }>): number[] {
  const page = listTrainees(ctx, {
    ...selection.query,
    sort: 'ref',
    dir: 'asc',
    page: 1,
    pageSize: BULK_MAX + 1,
  });
  if (page.total !== selection.expected) {
    throw new AppFailure({
      code: 'stale',
      message: `The filters now match ${page.total} trainees, not ${selection.expected}. Reload the list and try again.`,
    });
  }
  return page.rows.map((r) => r.id);
}
