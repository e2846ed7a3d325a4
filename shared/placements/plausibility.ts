// Plausibility of a placement's dates (see shared/plausibility.ts), and the programme-length rule the
// trainee record and the cohort window share with it. The placement's other rules (end before start,
// overlaps, capacity, the introductory month, departure, the host's fields) are in
// electron/core/placements/rules.ts, which calls these.
import type { IsoDate } from '../fiscal-year';
import { dateInRange, type Finding, warn } from '../plausibility';
import { durationOf } from './dates';
import { PROGRAMME_MAX_MONTHS, PROGRAMME_MIN_MONTHS } from './schema';

export interface ProgrammeLength {
  kind: 'short' | 'long';
  months: number;
  days: number;
}

/**
 * The inclusive period `first`…`last` against the programme's 6–10 months: too short under 6 whole
 * months (1 Apr – 29 Sep), too long over 10 months by even a day (1 Apr – 31 Jan is 10 months exactly,
 * 1 Apr – 1 Feb is too long); null when it fits. Month arithmetic as in ./dates.ts.
 */
export function programmeLength(first: IsoDate, last: IsoDate): ProgrammeLength | null {
  const { months, days } = durationOf(first, last);
  if (months < PROGRAMME_MIN_MONTHS) return { kind: 'short', months, days };
  if (months > PROGRAMME_MAX_MONTHS || (months === PROGRAMME_MAX_MONTHS && days > 0)) {
    return { kind: 'long', months, days };
  }
  return null;
}

/** The limits a programme-length warning names, by kind. */
export const programmeLimit = (kind: ProgrammeLength['kind']): Record<string, number> =>
  kind === 'short' ? { min: PROGRAMME_MIN_MONTHS } : { max: PROGRAMME_MAX_MONTHS };

export interface PlacementDatePaths {
  start: string;
  end: string;
}

/**
 * A placement's own dates: each within 1900 … today + 20 years (refused: `placement_date_before_1900`,
 * `placement_date_too_far_ahead`, worded for the placement screens), and a start before the trainee's
 * arrival in Japan (`starts_before_arrival`, a warning to accept with a reason like the others).
 */
export function placementDateFindings(
  period: { start: IsoDate; end: IsoDate },
  trainee: { arrivalDate: IsoDate | null },
  today: IsoDate,
  paths: PlacementDatePaths = { start: 'start', end: 'end' },
): Finding[] {
  const codes = { early: 'placement_date_before_1900', late: 'placement_date_too_far_ahead' };
  const findings = [
    dateInRange(paths.start, period.start, today, codes),
    dateInRange(paths.end, period.end, today, codes),
  ].filter((f): f is Finding => f !== null);
  if (trainee.arrivalDate !== null && period.start < trainee.arrivalDate && period.start <= period.end) {
    findings.push(warn('starts_before_arrival', { start: period.start, arrival: trainee.arrivalDate }));
  }
  return findings;
}
