// Reading placements with the trainee's and host's names for display.
import type { Placement } from '../../../shared/placements/schema';
import { AppFailure } from '../../../shared/result';
import type { Context } from '../context';
import { type Sql, sql } from '../db/sql';

interface PlacementRow {
  id: number;
  trainee_id: number;
  trainee_ref: string;
  trainee_name: string;
  host_id: number;
  host_name_en: string;
  host_name_ja: string;
  start_date: string;
  end_date: string;
  supervisor: string | null;
  notes: string | null;
  cancelled: number;
  cancel_reason: string | null;
  overrides: string;
  override_reason: string | null;
  is_demo: number;
  version: number;
  created_at: string;
  updated_at: string;
}

const SELECT = sql`
  SELECT p.*, t.ref AS trainee_ref, t.full_name AS trainee_name, h.name_en AS host_name_en, h.name_ja AS host_name_ja
  FROM placements p JOIN trainees t ON t.id = p.trainee_id JOIN hosts h ON h.id = p.host_id`;

function toPlacement(r: PlacementRow): Placement {
  return {
    id: r.id,
    traineeId: r.trainee_id,
    traineeRef: r.trainee_ref,
    traineeName: r.trainee_name,
    hostId: r.host_id,
    hostNameEn: r.host_name_en,
    hostNameJa: r.host_name_ja,
    start: r.start_date,
    end: r.end_date,
    supervisor: r.supervisor,
    notes: r.notes,
    cancelled: r.cancelled === 1,
    cancelReason: r.cancel_reason,
    overrides: JSON.parse(r.overrides) as string[],
    overrideReason: r.override_reason,
    isDemo: r.is_demo === 1,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function getPlacement(ctx: Context, id: number): Placement {
  const row = ctx.db.get<PlacementRow>(sql`${SELECT} WHERE p.id = ${id}`);
  if (!row) throw new AppFailure({ code: 'not_found', message: `Placement ${id} does not exist.` });
  return toPlacement(row);
}

function list(ctx: Context, where: Sql, includeCancelled: boolean): Placement[] {
  const live = includeCancelled ? sql`` : sql` AND p.cancelled = 0`;
  return ctx.db
    .all<PlacementRow>(sql`${SELECT} WHERE ${where}${live} ORDER BY p.start_date, p.end_date, p.id`)
    .map(toPlacement);
}

export function placementsForTrainee(ctx: Context, traineeId: number, includeCancelled: boolean): Placement[] {
  if (!ctx.db.get(sql`SELECT 1 FROM trainees WHERE id = ${traineeId}`)) {
    throw new AppFailure({ code: 'not_found', message: `Trainee ${traineeId} does not exist.` });
  }
  return list(ctx, sql`p.trainee_id = ${traineeId}`, includeCancelled);
}

export function placementsForHost(ctx: Context, hostId: number, includeCancelled: boolean): Placement[] {
  if (!ctx.db.get(sql`SELECT 1 FROM hosts WHERE id = ${hostId}`)) {
    throw new AppFailure({ code: 'not_found', message: `Host institution ${hostId} does not exist.` });
  }
  return list(ctx, sql`p.host_id = ${hostId}`, includeCancelled);
}
