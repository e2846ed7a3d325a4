// The trainee's lifecycle: only the next step (or withdrawn, from any state that is not final), dated
// no earlier than the previous step, each step recorded in status_changes with the trainee's new
// status and an audit entry, in one transaction.
import { canTransition } from '../../../shared/cohorts/lifecycle';
import { transitionFindings } from '../../../shared/cohorts/plausibility';
import type { StatusChange } from '../../../shared/cohorts/schema';
import { todayIso } from '../../../shared/fiscal-year';
import { isRefusal } from '../../../shared/plausibility';
import type { TraineeStatus } from '../../../shared/trainees/schema';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { refuseImplausible } from '../plausibility';
import { getTrainee } from '../trainees/service';
import { assertVersion } from '../write-checks';
import { refuse } from './checks';

interface ChangeRow {
  id: number;
  trainee_id: number;
  from_status: TraineeStatus | null;
  to_status: TraineeStatus;
  effective_date: string;
  reason: string | null;
  at: string;
  actor: string;
}

function toChange(r: ChangeRow): StatusChange {
  return {
    id: r.id,
    traineeId: r.trainee_id,
    from: r.from_status,
    to: r.to_status,
    date: r.effective_date,
    reason: r.reason,
    at: r.at,
    actor: r.actor,
  };
}

/** The status changes of a trainee, in the order they were recorded (the registration first). */
export function traineeHistory(ctx: Context, id: number): StatusChange[] {
  getTrainee(ctx, id);
  return ctx.db.all<ChangeRow>(sql`SELECT * FROM status_changes WHERE trainee_id = ${id} ORDER BY id`).map(toChange);
}

export function transitionTrainee(
  ctx: Context,
  input: { id: number; version: number; to: TraineeStatus; date: string; reason: string | null },
) {
  return ctx.db.tx(() => {
    const before = getTrainee(ctx, input.id);
    // An implausible date is a typing mistake (bad input); one before the birth contradicts the record.
    const dates = transitionFindings(input.date, before, todayIso(ctx.now()));
    refuseImplausible(
      dates.filter((f) => isRefusal(f) && f.code !== 'date_before_birth'),
      'invalid_input',
    );
    assertVersion(`${before.fullName} (${before.ref})`, before.version, input.version);
    if (before.archived) {
      refuse(
        'conflict',
        `${before.fullName} (${before.ref}) is archived: restore the record before changing its status.`,
        [{ path: 'id', code: 'trainee_archived' }],
      );
    }
    if (!canTransition(before.status, input.to)) {
      refuse('conflict', `${before.fullName} (${before.ref}) cannot go from ${before.status} to ${input.to}.`, [
        { path: 'to', code: 'transition_not_allowed', params: { from: before.status, to: input.to } },
      ]);
    }
    // The registration row does not bound the date: a trainee registered late may have started earlier.
    const previous = ctx.db.get<{ effective_date: string }>(sql`
      SELECT effective_date FROM status_changes
      WHERE trainee_id = ${input.id} AND from_status IS NOT NULL ORDER BY id DESC LIMIT 1`);
    refuseImplausible(dates, 'conflict');
    if (previous && input.date < previous.effective_date) {
      refuse('conflict', `The date cannot be before the previous change (${previous.effective_date}).`, [
        { path: 'date', code: 'date_before_previous', params: { previous: previous.effective_date } },
      ]);
    }
    const at = ctx.now().toISOString();
    const { lastInsertRowid } = ctx.db.run(sql`
      INSERT INTO status_changes (trainee_id, from_status, to_status, effective_date, reason, at, actor)
      VALUES (${input.id}, ${before.status}, ${input.to}, ${input.date}, ${input.reason}, ${at}, ${ctx.actor()})`);
    ctx.db.run(sql`
      UPDATE trainees SET status = ${input.to}, version = version + 1, updated_at = ${at} WHERE id = ${input.id}`);
    const trainee = getTrainee(ctx, input.id);
    const row = ctx.db.get<ChangeRow>(sql`SELECT * FROM status_changes WHERE id = ${Number(lastInsertRowid)}`);
    if (!row) throw new Error('status change vanished inside its own transaction');
    const change = toChange(row);
    recordAudit(ctx, {
      entity: 'trainee',
      entityId: input.id,
      action: 'transition',
      before: { status: before.status, version: before.version },
      after: { status: trainee.status, version: trainee.version, date: change.date, reason: change.reason },
    });
    return { trainee, change };
  });
}
