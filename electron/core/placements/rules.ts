// The placement rules as a pure function of the facts (facts.ts): refusals, warnings that a person may
// accept with a reason, and notices. Each comes as a code (an i18n key) with its params. All periods
// are inclusive: a placement ending 2026-09-30 and another starting 2026-09-30 overlap.

import { later, overlaps } from '../../../shared/placements/dates';
import { placementDateFindings, programmeLength, programmeLimit } from '../../../shared/placements/plausibility';
import type { PlacementCheck } from '../../../shared/placements/schema';
import { issuesOf, warningsOf } from '../../../shared/plausibility';
import type { FieldIssue, Warning } from '../../../shared/result';
import type { CohortFacts, Period, PlacementFacts, TraineeFacts } from './facts';
import { firstOverCapacity } from './occupancy';

/** Where the programme starts: the cohort's introductory training, else the trainee's arrival. */
export function programmeStart(trainee: TraineeFacts, cohort: CohortFacts | null): string | null {
  return cohort?.introStart ?? trainee.arrivalDate;
}

/**
 * The programme runs from its start (see programmeStart) to the last day of the trainee's last live
 * placement; shorter than 6 whole months or longer than 10 it is `programme_too_short` or
 * `programme_too_long` (shared/placements/plausibility.ts programmeLength).
 */
export function programmeWarning(first: string, last: string): Warning | null {
  const length = programmeLength(first, last);
  if (!length) return null;
  return {
    code: length.kind === 'short' ? 'programme_too_short' : 'programme_too_long',
    params: { start: first, end: last, months: length.months, days: length.days, ...programmeLimit(length.kind) },
  };
}

export interface Paths {
  start: string;
  end: string;
  traineeId: string;
  hostId: string;
}

export const CHECK_PATHS: Paths = { start: 'start', end: 'end', traineeId: 'traineeId', hostId: 'hostId' };

export function evaluate(facts: PlacementFacts, period: Period, paths: Paths = CHECK_PATHS): PlacementCheck {
  const { trainee, host, cohort } = facts;
  const refusals: FieldIssue[] = [];
  const warnings: Warning[] = [];
  const notices: Warning[] = [];

  if (period.end < period.start) {
    refusals.push({ path: paths.end, code: 'end_before_start', params: { start: period.start, end: period.end } });
  }
  if (trainee.status === 'withdrawn' || trainee.status === 'completed') {
    refusals.push({ path: paths.traineeId, code: 'trainee_not_active', params: { status: trainee.status } });
  }
  if (trainee.archived) refusals.push({ path: paths.traineeId, code: 'trainee_archived' });
  if (!host.active) refusals.push({ path: paths.hostId, code: 'host_inactive', params: { host: host.nameEn } });
  // Dates outside 1900 … today + 20 years are refused; a start before the trainee's arrival is a warning.
  const plausibility = placementDateFindings(period, trainee, facts.today, paths);
  refusals.push(...issuesOf(plausibility));
  // The remaining rules compare dates, which mean nothing for a reversed period.
  if (period.end < period.start) return { refusals, warnings, notices };

  for (const other of facts.traineePlacements) {
    if (overlaps(other, period)) {
      refusals.push({
        path: paths.start,
        code: 'trainee_overlap',
        params: { host: other.hostNameEn, start: other.start, end: other.end },
      });
    }
  }

  const over = firstOverCapacity(facts.hostPlacements, period, host.capacity);
  if (over) {
    warnings.push({ code: 'capacity_exceeded', params: { day: over.day, count: over.count, capacity: host.capacity } });
  }
  if (cohort === null) {
    notices.push({ code: 'no_cohort', params: { fiscalYear: trainee.fiscalYear } });
  } else if (period.start <= cohort.introEnd) {
    // The introductory month still runs on its last day, so a start that day is too early.
    warnings.push({ code: 'starts_during_intro', params: { introEnd: cohort.introEnd } });
  }
  if (trainee.departureDate !== null && period.end > trainee.departureDate) {
    warnings.push({ code: 'ends_after_departure', params: { departure: trainee.departureDate } });
  }
  warnings.push(...warningsOf(plausibility));
  if (!host.offersField) {
    warnings.push({ code: 'field_not_offered', params: { field: trainee.fieldName, host: host.nameEn } });
  }
  const first = programmeStart(trainee, cohort);
  if (first !== null) {
    const last = facts.traineePlacements.reduce((max, p) => later(max, p.end), period.end);
    const programme = programmeWarning(first, last);
    if (programme) warnings.push(programme);
  }
  return { refusals, warnings, notices };
}

const REFUSAL_TEXT: Record<string, (p: Record<string, string | number>) => string> = {
  end_before_start: (p) => `The placement ends (${p.end}) before it starts (${p.start}).`,
  trainee_overlap: (p) => `The trainee is already placed at ${p.host} from ${p.start} to ${p.end}.`,
  trainee_not_active: (p) => `The trainee is ${p.status} and cannot be placed.`,
  trainee_archived: () => 'The trainee is archived and cannot be placed.',
  host_inactive: (p) => `${p.host} is not active and cannot take trainees.`,
  placement_date_before_1900: (p) => `The date ${p.value} is before ${p.earliest}.`,
  placement_date_too_far_ahead: (p) => `The date ${p.value} is more than ${p.years} years ahead (after ${p.latest}).`,
  not_found: () => 'It does not exist.',
};

const WARNING_TEXT: Record<string, (p: Record<string, string | number>) => string> = {
  capacity_exceeded: (p) => `the host would hold ${p.count} trainees on ${p.day} (capacity ${p.capacity})`,
  starts_during_intro: (p) => `it starts before the introductory training ends (${p.introEnd})`,
  ends_after_departure: (p) => `it ends after the trainee's departure (${p.departure})`,
  starts_before_arrival: (p) => `it starts (${p.start}) before the trainee's arrival (${p.arrival})`,
  field_not_offered: (p) => `${p.host} does not offer ${p.field}`,
  programme_too_short: (p) => `the programme would last ${p.months} months ${p.days} days (at least ${p.min} months)`,
  programme_too_long: (p) => `the programme would last ${p.months} months ${p.days} days (at most ${p.max} months)`,
};

export function describeRefusal(issue: FieldIssue): string {
  return REFUSAL_TEXT[issue.code]?.(issue.params ?? {}) ?? `${issue.path}: ${issue.code}.`;
}

export function describeWarnings(warnings: Warning[]): string {
  return warnings.map((w) => WARNING_TEXT[w.code]?.(w.params ?? {}) ?? w.code).join('; ');
}
