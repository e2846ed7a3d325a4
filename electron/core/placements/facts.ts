// What the placement rules need to know, read straight from the tables (trainee, its cohort, host,
// the trainee's other placements and the host's placements in the period), so the rules themselves
// stay pure functions of these facts. Only live placements (`cancelled = 0`) count anywhere.

import { todayIso } from '../../../shared/fiscal-year';
import { AppFailure } from '../../../shared/result';
import type { TraineeStatus } from '../../../shared/trainees/schema';
import type { Context } from '../context';
import { sql } from '../db/sql';

export interface Period {
  start: string;
  end: string;
}

export interface TraineeFacts {
  id: number;
  ref: string;
  fullName: string;
  status: TraineeStatus;
  archived: boolean;
  fieldId: number;
  fieldName: string;
  fiscalYear: number;
  arrivalDate: string | null;
  departureDate: string | null;
}

export interface CohortFacts {
  introStart: string;
  introEnd: string;
}

export interface HostFacts {
  id: number;
  nameEn: string;
  nameJa: string;
  capacity: number;
  active: boolean;
  prefecture: number;
  offersField: boolean;
}

export interface OtherPlacement extends Period {
  id: number;
  hostId: number;
  hostNameEn: string;
}

export interface PlacementFacts {
  trainee: TraineeFacts;
  cohort: CohortFacts | null;
  host: HostFacts;
  /** The trainee's other live placements (the one being edited left out). */
  traineePlacements: OtherPlacement[];
  /** Other live placements at the host that share a day with the period. */
  hostPlacements: Period[];
  /** Today (the core's clock), for the plausible range of dates. */
  today: string;
}

export function traineeFacts(ctx: Context, traineeId: number): TraineeFacts {
  const row = ctx.db.get<Omit<TraineeFacts, 'archived'> & { archived: number }>(sql`
    SELECT t.id, t.ref, t.full_name AS fullName, t.status, t.archived, t.field_id AS fieldId,
           f.name_en AS fieldName, t.fiscal_year AS fiscalYear,
           t.arrival_date AS arrivalDate, t.departure_date AS departureDate
    FROM trainees t JOIN fields f ON f.id = t.field_id WHERE t.id = ${traineeId}`);
  if (!row) {
    throw new AppFailure({
      code: 'not_found',
      message: `Trainee ${traineeId} does not exist.`,
      issues: [{ path: 'traineeId', code: 'not_found' }],
    });
  }
  return { ...row, archived: row.archived === 1 };
}

/** A trainee's cohort is the cohort of its intake fiscal year. */
export function cohortFacts(ctx: Context, fiscalYear: number): CohortFacts | null {
  return (
    ctx.db.get<CohortFacts>(sql`
      SELECT intro_start AS introStart, intro_end AS introEnd FROM cohorts WHERE fiscal_year = ${fiscalYear}`) ?? null
  );
}

export function hostFacts(ctx: Context, hostId: number, fieldId: number, path = 'hostId'): HostFacts {
  const row = ctx.db.get<Omit<HostFacts, 'active' | 'offersField'> & { active: number; offersField: number }>(sql`
    SELECT h.id, h.name_en AS nameEn, h.name_ja AS nameJa, h.capacity, h.active, h.prefecture,
           EXISTS (SELECT 1 FROM host_fields hf WHERE hf.host_id = h.id AND hf.field_id = ${fieldId}) AS offersField
    FROM hosts h WHERE h.id = ${hostId}`);
  if (!row) {
    throw new AppFailure({
      code: 'not_found',
      message: `Host institution ${hostId} does not exist.`,
      issues: [{ path, code: 'not_found' }],
    });
  }
  return { ...row, active: row.active === 1, offersField: row.offersField === 1 };
}

export function traineePlacements(ctx: Context, traineeId: number, excludeId: number | null): OtherPlacement[] {
  return ctx.db.all<OtherPlacement>(sql`
    SELECT p.id, p.host_id AS hostId, h.name_en AS hostNameEn, p.start_date AS start, p.end_date AS end
    FROM placements p JOIN hosts h ON h.id = p.host_id
    WHERE p.trainee_id = ${traineeId} AND p.cancelled = 0 AND p.id IS NOT ${excludeId}
    ORDER BY p.start_date, p.id`);
}

/** Live placements at one host sharing a day with the period (a seek on placements_host). */
export function hostPlacements(ctx: Context, hostId: number, period: Period, excludeId: number | null): Period[] {
  return ctx.db.all<Period>(sql`
    SELECT start_date AS start, end_date AS end FROM placements
    WHERE host_id = ${hostId} AND cancelled = 0 AND start_date <= ${period.end} AND end_date >= ${period.start}
      AND id IS NOT ${excludeId}`);
}

export function loadFacts(
  ctx: Context,
  input: { traineeId: number; hostId: number; excludeId: number | null } & Period,
  hostPath = 'hostId',
): PlacementFacts {
  const trainee = traineeFacts(ctx, input.traineeId);
  const host = hostFacts(ctx, input.hostId, trainee.fieldId, hostPath);
  return {
    trainee,
    cohort: cohortFacts(ctx, trainee.fiscalYear),
    host,
    traineePlacements: traineePlacements(ctx, trainee.id, input.excludeId),
    // A reversed period is refused before capacity matters.
    hostPlacements: input.start <= input.end ? hostPlacements(ctx, host.id, input, input.excludeId) : [],
    today: todayIso(ctx.now()),
  };
}
