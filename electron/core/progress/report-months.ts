// The months a monthly report can cover: every month of the trainee's live placements, oldest first,
// with the live report already written for it (the entry form's choices).
import { placementMonths } from '../../../shared/progress/due';
import type { ReportMonth } from '../../../shared/progress/schema';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { assertTraineeExists } from './rows';

export function reportMonths(ctx: Context, traineeId: number): ReportMonth[] {
  assertTraineeExists(ctx, traineeId);
  const placements = ctx.db.all<{ id: number; start: string; end: string; nameEn: string; nameJa: string }>(sql`
    SELECT p.id, p.start_date AS start, p.end_date AS end, h.name_en AS nameEn, h.name_ja AS nameJa
    FROM placements p JOIN hosts h ON h.id = p.host_id
    WHERE p.trainee_id = ${traineeId} AND p.cancelled = 0
    ORDER BY p.start_date, p.id`);
  const reports = new Map<string, number>();
  for (const r of ctx.db.all<{ id: number; placement_id: number; placement_month: number }>(sql`
    SELECT id, placement_id, placement_month FROM progress_entries
    WHERE trainee_id = ${traineeId} AND deleted = 0 AND kind = 'monthly_report'`)) {
    reports.set(`${r.placement_id}:${r.placement_month}`, r.id);
  }
  return placements.flatMap((p) =>
    placementMonths(p.start, p.end).map((m) => ({
      placementId: p.id,
      month: m.month,
      start: m.start,
      end: m.end,
      hostNameEn: p.nameEn,
      hostNameJa: p.nameJa,
      entryId: reports.get(`${p.id}:${m.month}`) ?? null,
    })),
  );
}
