// Marking several hosts active or inactive: the single change for each (its audit entry), all in one
// transaction. The hosts are the ids given or every host the directory's filters match.
import { BULK_MAX } from '../../../shared/bulk';
import type { ParsedInput } from '../../../shared/contract';
import { AppFailure } from '../../../shared/result';
import { type BulkRecord, runBulk } from '../bulk';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { listHosts } from './list';
import { setHostActive } from './service';

type Input = ParsedInput<'hosts.bulk.setActive'>;

function resolve(ctx: Context, selection: Input['selection']): BulkRecord[] {
  let ids: number[];
  if ('ids' in selection) {
    ids = [...new Set(selection.ids)];
  } else {
    const page = listHosts(ctx, { ...selection.query, sort: 'name', dir: 'asc', page: 1, pageSize: BULK_MAX + 1 });
    if (page.total !== selection.expected) {
      throw new AppFailure({
        code: 'stale',
        message: `The filters now match ${page.total} hosts, not ${selection.expected}. Reload the list and try again.`,
      });
    }
    ids = page.rows.map((r) => r.id);
  }
  const rows = ctx.db.all<{ id: number; name_en: string }>(sql`
    SELECT id, name_en FROM hosts WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`);
  const names = new Map(rows.map((r) => [r.id, r.name_en]));
  const missing = ids.find((id) => !names.has(id));
  if (missing !== undefined)
    throw new AppFailure({ code: 'not_found', message: `There is no host with id ${missing}.` });
  return ids.map((id) => ({ id, name: names.get(id) ?? String(id) }));
}

export function bulkSetActive(ctx: Context, input: Input) {
  return ctx.db.tx(() => runBulk(ctx, resolve(ctx, input.selection), (id) => setHostActive(ctx, id, input.active)));
}
