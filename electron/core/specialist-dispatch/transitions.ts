// Moving a request along its workflow (shared/specialist-dispatch/workflow.ts). Each move writes one transition
// row (when, who, the reason as its note), the new state and its date, and what the target state
// carries: the matched specialists' dispatches, the dispatch dates (double bookings refused, unusual
// lengths confirmed), the outcome report, or the reason; a cancellation frees the specialists. One
// transaction with its audit entry.
import type { ParsedInput } from '../../../shared/contract';
import { todayIso } from '../../../shared/fiscal-year';
import type { FieldIssue, Warning } from '../../../shared/result';
import { transitionDateFindings } from '../../../shared/specialist-dispatch/plausibility';
import type { DispatchRequest, RequestDetail } from '../../../shared/specialist-dispatch/schema';
import { checkTransition } from '../../../shared/specialist-dispatch/workflow';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { describeWarnings, plausibilityWarnings } from '../plausibility';
import { assertVersion, requireConfirmation } from '../write-checks';
import { assertDispatchDates } from './dispatch-facts';
import { conflict, invalid, notFound } from './failures';
import { getRequestDetail, getRequestRecord, lastTransitionOn } from './request-rows';
import { idList } from './specialist-rows';

type TransitionInput = ParsedInput<'specialistDispatch.requests.transition'>;

/** Moves that the request's state does not allow are conflicts; missing details are bad input. */
const STATE_CODES = new Set(['request_final', 'request_transition_not_allowed']);

function assertSpecialists(ctx: Context, ids: readonly number[]): void {
  const issues: FieldIssue[] = [];
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i)
      issues.push({ path: `specialistIds.${i}`, code: 'duplicate_specialist', params: { specialistId: id } });
  });
  if (issues.length > 0) invalid('A specialist is named twice.', issues);
  const found = new Map(
    ctx.db
      .all<{ id: number; name_en: string; active: number }>(
        sql`SELECT id, name_en, active FROM specialists WHERE id IN (SELECT value FROM json_each(${idList(ids)}))`,
      )
      .map((s) => [s.id, s]),
  );
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) notFound('Specialist', missing);
  const inactive = ids.map((id, i) => ({ s: found.get(id), i })).filter(({ s }) => s?.active === 0);
  if (inactive.length > 0) {
    conflict(
      `${inactive.map(({ s }) => s?.name_en).join(', ')} is no longer active.`,
      inactive.map(({ s, i }) => ({
        path: `specialistIds.${i}`,
        code: 'specialist_inactive',
        params: { specialistId: s?.id ?? 0, specialist: s?.name_en ?? '' },
      })),
    );
  }
}

/**
 * Refuses a move the state does not allow (a conflict) or that lacks its details (bad input); returns
 * the warnings on the move's date: implausible dates are refused, one after today is confirmed
 * (shared/specialist-dispatch/plausibility.ts), except for a dispatch, whose dates are checked with its own.
 */
function assertMove(ctx: Context, before: DispatchRequest, input: TransitionInput): Warning[] {
  const issues = checkTransition(before.state, input.to, { ...input, previousOn: lastTransitionOn(ctx, input.id) });
  const stateIssues = issues.filter((i) => STATE_CODES.has(i.code));
  if (stateIssues.length > 0) {
    conflict(`${before.reference} cannot move from ${before.state} to ${input.to}.`, stateIssues);
  }
  if (issues.length > 0) invalid(`${before.reference} cannot move to ${input.to} without these details.`, issues);
  const dateWarnings = plausibilityWarnings(transitionDateFindings(input.on, todayIso(ctx.now())));
  if (input.to !== 'dispatched') {
    requireConfirmation(dateWarnings, input.confirm, `Please confirm: ${describeWarnings(dateWarnings)}.`);
  }
  return dateWarnings;
}

/** specialist_matched: one dispatch per matched specialist. */
function matchSpecialists(ctx: Context, input: TransitionInput, now: string): Record<string, unknown> {
  const ids = input.specialistIds ?? [];
  assertSpecialists(ctx, ids);
  for (const specialistId of ids) {
    ctx.db.run(sql`
      INSERT INTO dispatches (request_id, specialist_id, created_at, updated_at)
      VALUES (${input.id}, ${specialistId}, ${now}, ${now})`);
  }
  return { specialistIds: ids };
}

/** dispatched: the dates on every live dispatch, double bookings refused, unusual lengths confirmed. */
function setDispatchDates(
  ctx: Context,
  before: DispatchRequest,
  input: TransitionInput,
  dateWarnings: Warning[],
  now: string,
): Record<string, unknown> {
  const start = input.start as string;
  const end = input.end as string;
  const specialistIds = ctx.db
    .all<{ specialist_id: number }>(sql`
      SELECT specialist_id FROM dispatches WHERE request_id = ${input.id} AND cancelled = 0 ORDER BY id`)
    .map((d) => d.specialist_id);
  const wished = before.wishedStart && before.wishedEnd ? { start: before.wishedStart, end: before.wishedEnd } : null;
  const warnings = assertDispatchDates(
    ctx,
    { start, end, specialistIds, requestId: input.id },
    { wished, receivedOn: before.receivedOn, fiscalYear: before.fiscalYear },
    input.confirm,
    dateWarnings,
  );
  ctx.db.run(sql`
    UPDATE dispatches SET start_date = ${start}, end_date = ${end}, version = version + 1, updated_at = ${now}
    WHERE request_id = ${input.id} AND cancelled = 0`);
  return { start, end, ...(warnings.length > 0 ? { accepted: warnings.map((w) => w.code) } : {}) };
}

/** cancelled: the specialists are freed. */
function cancelDispatches(ctx: Context, requestId: number, now: string): void {
  ctx.db.run(sql`
    UPDATE dispatches SET cancelled = 1, version = version + 1, updated_at = ${now}
    WHERE request_id = ${requestId} AND cancelled = 0`);
}

/** Writes what the target state carries on the dispatches; returns it for the audit entry. */
function applyTarget(
  ctx: Context,
  before: DispatchRequest,
  input: TransitionInput,
  dateWarnings: Warning[],
  now: string,
): Record<string, unknown> {
  if (input.to === 'specialist_matched') return matchSpecialists(ctx, input, now);
  if (input.to === 'dispatched') return setDispatchDates(ctx, before, input, dateWarnings, now);
  if (input.to === 'cancelled') cancelDispatches(ctx, input.id, now);
  return {};
}

/** The transition row and the request's new state, with the reason or outcome it carries. */
function writeTransition(ctx: Context, before: DispatchRequest, input: TransitionInput, now: string) {
  const reason = input.to === 'declined' || input.to === 'cancelled' ? input.reason : null;
  const outcome = input.to === 'completed' ? input.outcome : null;
  ctx.db.run(sql`
    INSERT INTO request_transitions (request_id, from_state, to_state, on_date, note, actor, at)
    VALUES (${input.id}, ${before.state}, ${input.to}, ${input.on}, ${reason}, ${ctx.actor()}, ${now})`);
  ctx.db.run(sql`
    UPDATE dispatch_requests SET state = ${input.to}, state_changed_on = ${input.on},
      reason = coalesce(${reason}, reason), outcome = coalesce(${outcome}, outcome),
      version = version + 1, updated_at = ${now}
    WHERE id = ${input.id}`);
  return { reason, outcome };
}

/** `audit: false` is for the demo data, which records one entry for the whole set. */
export function transitionRequest(ctx: Context, input: TransitionInput, options = { audit: true }): RequestDetail {
  return ctx.db.tx(() => {
    const before = getRequestRecord(ctx, input.id);
    assertVersion(before.reference, before.version, input.version);
    const dateWarnings = assertMove(ctx, before, input);
    const now = ctx.now().toISOString();
    const detail = applyTarget(ctx, before, input, dateWarnings, now);
    const { reason, outcome } = writeTransition(ctx, before, input, now);
    if (!options.audit) return getRequestDetail(ctx, input.id);
    recordAudit(ctx, {
      entity: 'dispatch_request',
      entityId: input.id,
      action: 'transition',
      before: { state: before.state, stateChangedOn: before.stateChangedOn },
      after: {
        state: input.to,
        stateChangedOn: input.on,
        ...(reason ? { reason } : {}),
        ...(outcome ? { outcome } : {}),
        ...detail,
      },
    });
    return getRequestDetail(ctx, input.id);
  });
}
