// Editing one dispatch: its dates (checked as when the request was dispatched: a double booking is
// refused, an unusual length confirmed) and the cost arrangements agreed (COST_SPLIT says who bears what
// by default; cost_notes records what was agreed). Version-checked, audited in the same transaction.
import type { ParsedInput } from '../../../shared/contract';
import type { Warning } from '../../../shared/result';
import type { DispatchRow } from '../../../shared/specialist-dispatch/schema';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { assertVersion } from '../write-checks';
import { assertDispatchDates } from './dispatch-facts';
import { conflict, invalid, notFound } from './failures';
import { getRequestRecord } from './request-rows';
import { dispatchRows } from './specialist-rows';

type DispatchUpdate = ParsedInput<'specialistDispatch.dispatches.update'>;

export function getDispatchRow(ctx: Context, id: number): DispatchRow {
  return dispatchRows(ctx, sql`d.id = ${id}`)[0] ?? notFound('Dispatch', id);
}

/** Once a request is dispatched, its dispatches keep their dates. */
const DATED_STATES = new Set(['dispatched', 'completed']);

export function updateDispatch(ctx: Context, input: DispatchUpdate): { dispatch: DispatchRow; warnings: Warning[] } {
  return ctx.db.tx(() => {
    const before = getDispatchRow(ctx, input.id);
    assertVersion(`The dispatch of ${before.specialistNameEn}`, before.version, input.version);
    if (before.cancelled) {
      conflict(`The dispatch of ${before.specialistNameEn} was cancelled.`, [
        { path: 'id', code: 'dispatch_cancelled' },
      ]);
    }
    const { start, end } = input;
    if ((start === null) !== (end === null)) {
      invalid('A dispatch needs both its first and last day, or neither.', [
        { path: start === null ? 'start' : 'end', code: 'required' },
      ]);
    }
    let warnings: Warning[] = [];
    // Dates already accepted are not questioned again when only the cost notes change.
    const datesChanged = start !== before.start || end !== before.end;
    if (start !== null && end !== null && datesChanged) {
      const request = getRequestRecord(ctx, before.requestId);
      const wished =
        request.wishedStart && request.wishedEnd ? { start: request.wishedStart, end: request.wishedEnd } : null;
      warnings = assertDispatchDates(
        ctx,
        { start, end, specialistIds: [before.specialistId], requestId: before.requestId },
        { wished, receivedOn: request.receivedOn, fiscalYear: request.fiscalYear },
        input.confirm,
      );
    } else if (start === null && DATED_STATES.has(before.requestState)) {
      conflict(`${before.reference} is ${before.requestState}: its dispatch keeps its dates.`, [
        { path: 'start', code: 'dispatch_dates_required', params: { state: before.requestState } },
      ]);
    }
    ctx.db.run(sql`
      UPDATE dispatches SET start_date = ${start}, end_date = ${end}, cost_notes = ${input.costNotes},
        version = version + 1, updated_at = ${ctx.now().toISOString()}
      WHERE id = ${input.id}`);
    const dispatch = getDispatchRow(ctx, input.id);
    recordAudit(ctx, { entity: 'dispatch', entityId: input.id, action: 'update', before, after: dispatch });
    return { dispatch, warnings };
  });
}
