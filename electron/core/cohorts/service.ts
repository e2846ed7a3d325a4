// Cohorts: one per fiscal year, holding the dates of the introductory month and the programme window.
// A trainee belongs to the cohort of its intake fiscal year (trainees.fiscal_year): derived, never stored.
import type { CohortDates } from '../../../shared/cohorts/dates';
import { cohortFindings } from '../../../shared/cohorts/plausibility';
import type { Cohort } from '../../../shared/cohorts/schema';
import { todayIso } from '../../../shared/fiscal-year';
import { newWarnings, warningsOf } from '../../../shared/plausibility';
import type { Warning } from '../../../shared/result';
import { TRAINEE_STATUSES, type TraineeStatus } from '../../../shared/trainees/schema';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { insertInto, updateSet } from '../db/sql-build';
import { plausibilityWarnings } from '../plausibility';
import { assertVersion, requireConfirmation } from '../write-checks';
import { confirmMessage, refuse } from './checks';

interface CohortRow {
  id: number;
  fiscal_year: number;
  intro_start: string;
  intro_end: string;
  programme_start: string;
  programme_end: string;
  notes: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

function toCohort(r: CohortRow): Cohort {
  return {
    id: r.id,
    fiscalYear: r.fiscal_year,
    introStart: r.intro_start,
    introEnd: r.intro_end,
    programmeStart: r.programme_start,
    programmeEnd: r.programme_end,
    notes: r.notes,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/**
 * The cohort of a fiscal year, or null when none has been created. A trainee's cohort is
 * `cohortOf(ctx, trainee.fiscalYear)`.
 */
export function cohortOf(ctx: Context, fiscalYear: number): Cohort | null {
  const row = ctx.db.get<CohortRow>(sql`SELECT * FROM cohorts WHERE fiscal_year = ${fiscalYear}`);
  return row ? toCohort(row) : null;
}

/**
 * The last day (ISO date, inclusive) of the introductory month of the trainee's cohort; null when the
 * trainee does not exist or its fiscal year has no cohort yet.
 */
export function introEndFor(ctx: Context, traineeId: number): string | null {
  const row = ctx.db.get<{ intro_end: string }>(sql`
    SELECT c.intro_end FROM trainees t JOIN cohorts c ON c.fiscal_year = t.fiscal_year WHERE t.id = ${traineeId}`);
  return row?.intro_end ?? null;
}

export function requireCohort(ctx: Context, fiscalYear: number): Cohort {
  const cohort = cohortOf(ctx, fiscalYear);
  if (!cohort) refuse('not_found', `There is no cohort for FY${fiscalYear}.`);
  return cohort;
}

type StatusCounts = Record<TraineeStatus, number>;
const noStatuses = (): StatusCounts =>
  Object.fromEntries(TRAINEE_STATUSES.map((s) => [s, 0])) as unknown as StatusCounts;

export function listCohorts(ctx: Context) {
  const counts = new Map<number, StatusCounts>();
  // One pass down the (archived, fiscal_year, …, status) index, however many trainees there are.
  for (const r of ctx.db.all<{ fiscal_year: number; status: TraineeStatus; n: number }>(sql`
    SELECT fiscal_year, status, count(*) AS n FROM trainees WHERE archived = 0 GROUP BY fiscal_year, status`)) {
    const byStatus = counts.get(r.fiscal_year) ?? noStatuses();
    byStatus[r.status] = r.n;
    counts.set(r.fiscal_year, byStatus);
  }
  const sessions = new Map(
    ctx.db
      .all<{ cohort_id: number; n: number }>(
        sql`SELECT cohort_id, count(*) AS n FROM intro_sessions GROUP BY cohort_id`,
      )
      .map((r) => [r.cohort_id, r.n]),
  );
  const total = (s: StatusCounts | undefined) => (s ? Object.values(s).reduce((a, b) => a + b, 0) : 0);
  const cohorts = ctx.db.all<CohortRow>(sql`SELECT * FROM cohorts ORDER BY fiscal_year DESC`).map((r) => {
    const byStatus = counts.get(r.fiscal_year);
    counts.delete(r.fiscal_year);
    return {
      ...toCohort(r),
      trainees: total(byStatus),
      byStatus: byStatus ?? noStatuses(),
      sessions: sessions.get(r.id) ?? 0,
    };
  });
  const yearsWithoutCohort = [...counts.entries()]
    .map(([fiscalYear, byStatus]) => ({ fiscalYear, trainees: total(byStatus), byStatus }))
    .sort((a, b) => b.fiscalYear - a.fiscalYear);
  return { cohorts, yearsWithoutCohort };
}

/**
 * The plausibility of a cohort's dates (shared/cohorts/plausibility.ts): implausible dates and an intro
 * more than a fiscal year away are refused; an intro in the next fiscal year, an unusual intro length or
 * programme window are returned as warnings to confirm.
 */
function checkDates(ctx: Context, fiscalYear: number, dates: CohortDates, prefix: string): Warning[] {
  return plausibilityWarnings(cohortFindings(fiscalYear, dates, todayIso(ctx.now()), prefix));
}

function columns(data: CohortDates & { notes: string | null }) {
  return {
    intro_start: data.introStart,
    intro_end: data.introEnd,
    programme_start: data.programmeStart,
    programme_end: data.programmeEnd,
    notes: data.notes,
  };
}

export function createCohort(
  ctx: Context,
  input: CohortDates & { fiscalYear: number; notes: string | null; confirm: boolean },
): { cohort: Cohort; warnings: Warning[] } {
  return ctx.db.tx(() => {
    const warnings = checkDates(ctx, input.fiscalYear, input, '');
    if (cohortOf(ctx, input.fiscalYear)) {
      refuse('conflict', `FY${input.fiscalYear} already has a cohort.`, [
        { path: 'fiscalYear', code: 'cohort_exists', params: { fiscalYear: input.fiscalYear } },
      ]);
    }
    requireConfirmation(warnings, input.confirm, confirmMessage(warnings));
    const at = ctx.now().toISOString();
    ctx.db.run(
      insertInto('cohorts', { fiscal_year: input.fiscalYear, ...columns(input), created_at: at, updated_at: at }),
    );
    const cohort = requireCohort(ctx, input.fiscalYear);
    recordAudit(ctx, { entity: 'cohort', entityId: cohort.fiscalYear, action: 'create', after: cohort });
    return { cohort, warnings };
  });
}

export function updateCohort(
  ctx: Context,
  input: {
    fiscalYear: number;
    version: number;
    data: CohortDates & { notes: string | null };
    confirm: boolean;
  },
): { cohort: Cohort; warnings: Warning[] } {
  return ctx.db.tx(() => {
    const before = requireCohort(ctx, input.fiscalYear);
    assertVersion(`The cohort of FY${input.fiscalYear}`, before.version, input.version);
    const { data } = input;
    // Only what this change causes asks for a confirmation, not what was confirmed before.
    const warnings = newWarnings(
      checkDates(ctx, input.fiscalYear, data, 'data.'),
      warningsOf(cohortFindings(input.fiscalYear, before, todayIso(ctx.now()))),
    );
    const outside = ctx.db.get<{ n: number }>(sql`
      SELECT count(*) AS n FROM intro_sessions
      WHERE cohort_id = ${before.id} AND date BETWEEN ${before.introStart} AND ${before.introEnd}
        AND (date < ${data.introStart} OR date > ${data.introEnd})`)?.n;
    if (outside) warnings.push({ code: 'sessions_outside_intro', params: { count: outside } });
    requireConfirmation(warnings, input.confirm, confirmMessage(warnings));
    ctx.db.run(
      updateSet(
        'cohorts',
        { ...columns(data), version: before.version + 1, updated_at: ctx.now().toISOString() },
        sql`id = ${before.id}`,
      ),
    );
    const cohort = requireCohort(ctx, input.fiscalYear);
    recordAudit(ctx, { entity: 'cohort', entityId: cohort.fiscalYear, action: 'update', before, after: cohort });
    return { cohort, warnings };
  });
}
