// Assigning, changing and cancelling placements. Each change reads its facts, applies the rules and
// writes with its audit entry in one transaction; a refusal throws before anything is written.
import type { Placement, PlacementCheck, PlacementCreate, PlacementUpdate } from '../../../shared/placements/schema';
import { AppFailure, type FieldIssue, type Warning } from '../../../shared/result';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { insertInto, updateSet } from '../db/sql-build';
import { assertVersion, requireConfirmation } from '../write-checks';
import { loadFacts, type Period } from './facts';
import { getPlacement } from './rows';
import { describeRefusal, describeWarnings, evaluate, type Paths } from './rules';

const CONFLICTS = new Set(['trainee_overlap', 'trainee_not_active', 'trainee_archived', 'host_inactive']);

export function checkPlacement(
  ctx: Context,
  input: { traineeId: number; hostId: number; excludeId?: number } & Period,
): PlacementCheck {
  return evaluate(loadFacts(ctx, { ...input, excludeId: input.excludeId ?? null }), input);
}

function refuse(refusals: FieldIssue[]): void {
  if (refusals.length === 0) return;
  throw new AppFailure({
    code: refusals.some((r) => CONFLICTS.has(r.code)) ? 'conflict' : 'invalid_input',
    message: refusals.map(describeRefusal).join(' '),
    issues: refusals,
  });
}

interface Accepted {
  overrides: string[];
  reason: string | null;
}

/**
 * Warnings are saved only with `confirm` and a reason. On an update that keeps the host and dates,
 * warnings already accepted on the placement stay accepted with their reason, so editing the notes
 * does not ask again; any new warning asks for all of them.
 */
function accept(
  warnings: Warning[],
  input: { confirm: boolean; reason: string | null },
  kept: Accepted | null,
): Accepted {
  const codes = warnings.map((w) => w.code);
  if (codes.length === 0) return { overrides: [], reason: null };
  const keptReason = kept?.reason;
  if (keptReason && codes.every((c) => kept.overrides.includes(c)) && !(input.confirm && input.reason)) {
    return { overrides: codes, reason: keptReason };
  }
  requireConfirmation(warnings, input.confirm, `Please confirm and give a reason: ${describeWarnings(warnings)}.`);
  if (!input.reason) {
    throw new AppFailure({
      code: 'invalid_input',
      message: 'A reason is needed to save a placement with warnings.',
      issues: [{ path: 'reason', code: 'reason_required' }],
      warnings,
    });
  }
  return { overrides: codes, reason: input.reason };
}

function audit(ctx: Context, action: string, before: Placement | undefined, after: Placement): void {
  recordAudit(ctx, { entity: 'placement', entityId: after.id, action, before, after });
}

export function createPlacement(ctx: Context, input: PlacementCreate) {
  return ctx.db.tx(() => {
    const result = checkPlacement(ctx, input);
    refuse(result.refusals);
    const accepted = accept(result.warnings, input, null);
    const at = ctx.now().toISOString();
    const { lastInsertRowid } = ctx.db.run(
      insertInto('placements', {
        trainee_id: input.traineeId,
        host_id: input.hostId,
        start_date: input.start,
        end_date: input.end,
        supervisor: input.supervisor,
        notes: input.notes,
        overrides: JSON.stringify(accepted.overrides),
        override_reason: accepted.reason,
        created_at: at,
        updated_at: at,
      }),
    );
    const placement = getPlacement(ctx, Number(lastInsertRowid));
    audit(ctx, 'create', undefined, placement);
    return { placement, warnings: result.warnings, notices: result.notices };
  });
}

/** The placement as it stands, refusing a stale version or a cancelled placement. */
function current(ctx: Context, id: number, version: number): Placement {
  const before = getPlacement(ctx, id);
  assertVersion(`The placement of ${before.traineeName} at ${before.hostNameEn}`, before.version, version);
  if (before.cancelled) {
    throw new AppFailure({
      code: 'conflict',
      message: `The placement of ${before.traineeName} at ${before.hostNameEn} is cancelled and can no longer be changed.`,
      issues: [{ path: 'id', code: 'placement_cancelled' }],
    });
  }
  return before;
}

const UPDATE_PATHS: Paths = { start: 'data.start', end: 'data.end', traineeId: 'id', hostId: 'data.hostId' };

export function updatePlacement(ctx: Context, input: PlacementUpdate) {
  return ctx.db.tx(() => {
    const before = current(ctx, input.id, input.version);
    const { data } = input;
    const facts = loadFacts(
      ctx,
      { traineeId: before.traineeId, hostId: data.hostId, start: data.start, end: data.end, excludeId: before.id },
      UPDATE_PATHS.hostId,
    );
    const result = evaluate(facts, data, UPDATE_PATHS);
    refuse(result.refusals);
    const samePeriod = data.hostId === before.hostId && data.start === before.start && data.end === before.end;
    const kept = samePeriod ? { overrides: before.overrides, reason: before.overrideReason } : null;
    const accepted = accept(result.warnings, input, kept);
    ctx.db.run(
      updateSet(
        'placements',
        {
          host_id: data.hostId,
          start_date: data.start,
          end_date: data.end,
          supervisor: data.supervisor,
          notes: data.notes,
          overrides: JSON.stringify(accepted.overrides),
          override_reason: accepted.reason,
          version: before.version + 1,
          updated_at: ctx.now().toISOString(),
        },
        sql`id = ${before.id}`,
      ),
    );
    const placement = getPlacement(ctx, before.id);
    audit(ctx, 'update', before, placement);
    return { placement, warnings: result.warnings, notices: result.notices };
  });
}

/** Cancelling keeps the row (with its reason) for the record; it no longer counts anywhere. */
export function cancelPlacement(ctx: Context, input: { id: number; version: number; reason: string }): Placement {
  return ctx.db.tx(() => {
    const before = current(ctx, input.id, input.version);
    ctx.db.run(sql`
      UPDATE placements SET cancelled = 1, cancel_reason = ${input.reason}, version = version + 1,
        updated_at = ${ctx.now().toISOString()}
      WHERE id = ${before.id}`);
    const placement = getPlacement(ctx, before.id);
    audit(ctx, 'cancel', before, placement);
    return placement;
  });
}
