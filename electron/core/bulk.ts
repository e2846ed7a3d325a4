// One bulk action: the single-record change applied to each record in ONE transaction. A record the
// change refuses (a move its status does not allow, a rule, a stale version) is noted and the rest
// are still tried, so the person learns every refusal at once; then, if any refused, the whole
// transaction is rolled back and the failure names each record with its own code and words.
import { BULK_RECORD_PATH } from '../../shared/bulk';
import { AppFailure, type FieldIssue } from '../../shared/result';
import type { Context } from './context';

export interface BulkRecord {
  id: number;
  /** How the person knows the record: "Name (REF)". */
  name: string;
}

/** The refusal of one record as an issue: its first issue's code and params, or the error's own code. */
function refusalOf(record: BulkRecord, failure: AppFailure): FieldIssue {
  const first = failure.error.issues?.[0];
  return {
    path: `${BULK_RECORD_PATH}${record.id}`,
    code: first?.code ?? failure.error.code,
    params: { ...(first?.params ?? {}), name: record.name },
  };
}

export function runBulk(ctx: Context, records: BulkRecord[], change: (id: number) => void): { changed: number } {
  return ctx.db.tx(() => {
    const refused: FieldIssue[] = [];
    const messages: string[] = [];
    for (const record of records) {
      try {
        change(record.id);
      } catch (error) {
        if (!(error instanceof AppFailure)) throw error;
        refused.push(refusalOf(record, error));
        messages.push(`${record.name}: ${error.message}`);
      }
    }
    if (refused.length > 0) {
      throw new AppFailure({
        code: 'conflict',
        message: `Nothing was changed: ${refused.length} of ${records.length} records refused. ${messages.slice(0, 20).join(' ')}`,
        issues: refused,
      });
    }
    return { changed: records.length };
  });
}
