// The status a trainee was registered with opens its status history (from_status NULL), dated the day
// it was recorded. Kept apart from the lifecycle service so trainees/service.ts can call it freely.
import { todayIso } from '../../../shared/fiscal-year';
import type { TraineeStatus } from '../../../shared/trainees/schema';
import type { Context } from '../context';
import { sql } from '../db/sql';

export function recordInitialStatus(ctx: Context, traineeId: number, status: TraineeStatus): void {
  const now = ctx.now();
  ctx.db.run(sql`
    INSERT INTO status_changes (trainee_id, from_status, to_status, effective_date, reason, at, actor)
    VALUES (${traineeId}, NULL, ${status}, ${todayIso(now)}, NULL, ${now.toISOString()}, ${ctx.actor()})`);
}

/** The same for every trainee with an id above `afterId` (a bulk registration): one statement. */
export function recordInitialStatuses(ctx: Context, afterId: number): void {
  const now = ctx.now();
  ctx.db.run(sql`
    INSERT INTO status_changes (trainee_id, from_status, to_status, effective_date, reason, at, actor)
    SELECT id, NULL, status, ${todayIso(now)}, NULL, ${now.toISOString()}, ${ctx.actor()}
    FROM trainees WHERE id > ${afterId} ORDER BY id`);
}
