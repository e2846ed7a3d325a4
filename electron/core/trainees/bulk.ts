// Archiving or restoring several trainees: the single archive for each, all in one transaction.
import type { ParsedInput } from '../../../shared/contract';
import { runBulk } from '../bulk';
import type { Context } from '../context';
import { resolveTraineeSelection } from './selection';
import { setArchived } from './service';

export function bulkArchive(ctx: Context, input: ParsedInput<'trainees.bulk.archive'>) {
  return ctx.db.tx(() =>
    runBulk(ctx, resolveTraineeSelection(ctx, input.selection), (id) => setArchived(ctx, id, input.archived)),
  );
}
