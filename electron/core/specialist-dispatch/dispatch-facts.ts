// What checkDispatch (shared/specialist-dispatch/dispatches.ts) needs to know about the specialists of a dispatch:
// their names, recorded availability and their other live, dated dispatches. Three queries for any
// number of specialists. Its refusals and warnings are turned into AppFailures here too.

import { todayIso } from '../../../shared/fiscal-year';
import { warningsOf } from '../../../shared/plausibility';
import type { Warning } from '../../../shared/result';
import { checkDispatch, type DispatchSpecialist } from '../../../shared/specialist-dispatch/dispatches';
import type { Period } from '../../../shared/specialist-dispatch/periods';
import { dispatchDateFindings } from '../../../shared/specialist-dispatch/plausibility';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { describeWarnings, refuseImplausible } from '../plausibility';
import { requireConfirmation } from '../write-checks';
import { conflict, invalid } from './failures';
import { idList } from './specialist-rows';

/** The specialists' facts, leaving out their dispatches for `requestId` (the one being dated). */
export function dispatchSpecialists(ctx: Context, ids: readonly number[], requestId: number): DispatchSpecialist[] {
  const list = idList(ids);
  const names = ctx.db.all<{ id: number; name_en: string }>(
    sql`SELECT id, name_en FROM specialists WHERE id IN (SELECT value FROM json_each(${list}))`,
  );
  const free = new Map<number, Period[]>();
  for (const a of ctx.db.all<{ specialist_id: number; start_date: string; end_date: string }>(sql`
    SELECT specialist_id, start_date, end_date FROM specialist_availability
    WHERE specialist_id IN (SELECT value FROM json_each(${list}))`)) {
    free.set(a.specialist_id, [...(free.get(a.specialist_id) ?? []), { start: a.start_date, end: a.end_date }]);
  }
  const away = new Map<number, (Period & { dispatchId: number })[]>();
  for (const d of ctx.db.all<{ id: number; specialist_id: number; start_date: string; end_date: string }>(sql`
    SELECT id, specialist_id, start_date, end_date FROM dispatches
    WHERE specialist_id IN (SELECT value FROM json_each(${list})) AND cancelled = 0 AND request_id <> ${requestId}
      AND start_date IS NOT NULL AND end_date IS NOT NULL`)) {
    away.set(d.specialist_id, [
      ...(away.get(d.specialist_id) ?? []),
      { start: d.start_date, end: d.end_date, dispatchId: d.id },
    ]);
  }
  return names.map((s) => ({
    id: s.id,
    nameEn: s.name_en,
    availability: free.get(s.id) ?? [],
    dispatches: away.get(s.id) ?? [],
  }));
}

/** What a dispatch's dates are checked against: the request's wished period, received date and year. */
export interface DispatchRequestFacts {
  wished: Period | null;
  receivedOn: string;
  fiscalYear: number;
}

/**
 * Checks dates for a request's specialists: implausible dates (before 1900, over 20 years ahead) and a
 * start before the request was received are refused (shared/specialist-dispatch/plausibility.ts), so is a double
 * booking (or any other refusal); warnings (over 3 months, outside the wished period, the specialist's
 * availability or the request's fiscal year, and `earlier` ones of the same move) need `confirm`.
 * Returns the warnings accepted.
 */
export function assertDispatchDates(
  ctx: Context,
  draft: { start: string; end: string; specialistIds: number[]; requestId: number },
  request: DispatchRequestFacts,
  confirm: boolean,
  earlier: Warning[] = [],
): Warning[] {
  const plausibility = dispatchDateFindings(draft, request, todayIso(ctx.now()));
  refuseImplausible(
    plausibility.filter((f) => f.code !== 'dispatch_before_received'),
    'invalid_input',
  );
  refuseImplausible(plausibility, 'conflict');
  const specialists = dispatchSpecialists(ctx, draft.specialistIds, draft.requestId);
  const { refusals, warnings } = checkDispatch(draft, { wished: request.wished, specialists });
  const booked = refusals.filter((r) => r.code === 'specialist_double_booked');
  if (booked.length > 0) {
    conflict('A specialist is already dispatched elsewhere on some of these days.', booked);
  }
  if (refusals.length > 0) invalid('The dispatch cannot be dated this way.', refusals);
  const all = [...earlier, ...warnings, ...warningsOf(plausibility)];
  requireConfirmation(all, confirm, `Please confirm the dispatch dates: ${describeWarnings(all)}.`);
  return all;
}
