// The cohort timeline's data: the introductory training, the programme window, today, and one row per
// trainee of the fiscal year with their live placements and the conflicts to highlight. Three queries
// whatever the cohort's size; conflicts are found anew from the dates, not trusted from old checks.
import { fiscalYearRange, todayIso } from '../../../shared/fiscal-year';
import { later, overlaps } from '../../../shared/placements/dates';
import type { CohortTimeline } from '../../../shared/placements/schema';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { type CapacitySpan, capacitySpansByHost, capacityStanding } from './conflicts';
import { programmeWarning } from './rules';

interface TraineeRow {
  id: number;
  ref: string;
  full_name: string;
  native_name: string | null;
  status: CohortTimeline['rows'][number]['status'];
  arrival_date: string | null;
  departure_date: string | null;
}

interface PlacementRow {
  id: number;
  trainee_id: number;
  host_id: number;
  name_en: string;
  name_ja: string;
  capacity: number;
  start: string;
  end: string;
  overrides: string;
  override_reason: string | null;
  field_missing: number;
}

export function cohortTimeline(ctx: Context, fiscalYear: number): CohortTimeline {
  const cohort =
    ctx.db.get<{ introStart: string; introEnd: string; programmeStart: string; programmeEnd: string }>(sql`
      SELECT intro_start AS introStart, intro_end AS introEnd, programme_start AS programmeStart,
             programme_end AS programmeEnd
      FROM cohorts WHERE fiscal_year = ${fiscalYear}`) ?? null;
  const trainees = ctx.db.all<TraineeRow>(sql`
    SELECT id, ref, full_name, native_name, status, arrival_date, departure_date FROM trainees
    WHERE archived = 0 AND fiscal_year = ${fiscalYear} ORDER BY ref_key, id`);
  const placements = ctx.db.all<PlacementRow>(sql`
    SELECT p.id, p.trainee_id, p.host_id, h.name_en, h.name_ja, h.capacity, p.start_date AS start,
           p.end_date AS end, p.overrides, p.override_reason,
           NOT EXISTS (SELECT 1 FROM host_fields hf WHERE hf.host_id = p.host_id AND hf.field_id = t.field_id)
             AS field_missing
    FROM trainees t
    JOIN placements p ON p.trainee_id = t.id AND p.cancelled = 0
    JOIN hosts h ON h.id = p.host_id
    WHERE t.archived = 0 AND t.fiscal_year = ${fiscalYear}
    ORDER BY p.start_date, p.id`);

  const fy = fiscalYearRange(fiscalYear);
  const dates = [fy.start, fy.end];
  if (cohort) dates.push(cohort.introStart, cohort.programmeStart, cohort.programmeEnd);
  for (const p of placements) dates.push(p.start, p.end);
  dates.sort();
  const range = { start: dates[0] as string, end: dates[dates.length - 1] as string };

  const crowded = overCapacityByHost(ctx, placements);
  const byTrainee = new Map<number, PlacementRow[]>();
  for (const p of placements) {
    const list = byTrainee.get(p.trainee_id);
    if (list) list.push(p);
    else byTrainee.set(p.trainee_id, [p]);
  }

  const rows = trainees.map((t) => {
    const own = byTrainee.get(t.id) ?? [];
    // A trainee has a few placements at most, so comparing every pair is cheap.
    const shown = own.map((p) => timelineBar(p, own, t, cohort, crowded.get(p.host_id)));
    const lastEnd = own.reduce((max, p) => later(max, p.end), '');
    const first = cohort?.introStart ?? t.arrival_date;
    const programme = first && lastEnd ? programmeWarning(first, lastEnd) : null;
    return {
      traineeId: t.id,
      ref: t.ref,
      fullName: t.full_name,
      nativeName: t.native_name,
      status: t.status,
      arrivalDate: t.arrival_date,
      departureDate: t.departure_date,
      placements: shown,
      flags: programme ? [programme.code] : [],
    };
  });
  return { fiscalYear, cohort, today: todayIso(ctx.now()), range, rows };
}

type Bar = CohortTimeline['rows'][number]['placements'][number];

/** One placement's bar: the conflicts found now, and those of them accepted with a reason. */
function timelineBar(
  p: PlacementRow,
  own: PlacementRow[],
  t: TraineeRow,
  cohort: { introEnd: string } | null,
  spans: CapacitySpan[] | undefined,
): Bar {
  const flags: string[] = [];
  const overrides = JSON.parse(p.overrides) as string[];
  const accepted: Bar['accepted'] = [];
  // A trainee has a few placements at most, so comparing every pair is cheap.
  if (own.some((o) => o !== p && overlaps(o, p))) flags.push('trainee_overlap');
  const capacity = capacityStanding(spans, p);
  if (capacity) {
    flags.push('capacity_exceeded');
    // Accepted by whichever placements at the host gave a reason, so the reason may be another's.
    for (const reason of capacity.accepted ? capacity.reasons : [])
      accepted.push({ code: 'capacity_exceeded', reason });
  }
  if (cohort && p.start <= cohort.introEnd) flags.push('starts_during_intro');
  if (t.departure_date && p.end > t.departure_date) flags.push('ends_after_departure');
  if (p.field_missing) flags.push('field_not_offered');
  for (const code of flags) {
    if (code !== 'capacity_exceeded' && p.override_reason && overrides.includes(code)) {
      accepted.push({ code, reason: p.override_reason });
    }
  }
  return {
    id: p.id,
    hostId: p.host_id,
    hostNameEn: p.name_en,
    hostNameJa: p.name_ja,
    start: p.start,
    end: p.end,
    overrides,
    flags,
    accepted,
  };
}

/** The stretches over capacity at the hosts of these placements, with their acceptance. */
function overCapacityByHost(ctx: Context, placements: PlacementRow[]): Map<number, CapacitySpan[]> {
  const first = placements[0];
  if (!first) return new Map();
  const capacity = new Map(placements.map((p) => [p.host_id, p.capacity]));
  let start = first.start;
  let end = first.end;
  for (const p of placements) {
    if (p.start < start) start = p.start;
    if (p.end > end) end = p.end;
  }
  return capacitySpansByHost(ctx, capacity, start, end);
}
