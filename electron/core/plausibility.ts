// The core's side of the plausibility rules (shared/plausibility.ts and shared/<feature>/plausibility.ts):
// refusals become an AppFailure (nothing is written, the transaction rolls back), warnings go to the
// service's own confirmation step. The English sentences are for logs and API users; the renderer says
// each code in the person's language (validation.<code>, warning.<code>).
import {
  type Finding,
  type FindingParams,
  isRefusal,
  issuesOf,
  type Refusal,
  warningsOf,
} from '../../shared/plausibility';
import { AppFailure, type ErrorCode, type Warning } from '../../shared/result';

type Text = (p: FindingParams) => string;

const TEXT: Record<string, Text> = {
  date_before_1900: (p) => `${p.value} is before ${p.earliest}`,
  date_too_far_ahead: (p) => `${p.value} is more than ${p.years} years after today (${p.latest} at the latest)`,
  fiscal_year_too_far_ahead: (p) => `FY${p.value} is more than ${p.years} years ahead (FY${p.latest} at the latest)`,
  birth_in_future: (p) => `the date of birth ${p.value} is after today (${p.today})`,
  passport_expired_before_arrival: (p) => `the passport expires on ${p.expiry}, before the arrival on ${p.arrival}`,
  residence_card_expired_before_arrival: (p) =>
    `the residence card expires on ${p.expiry}, before the arrival on ${p.arrival}`,
  arrival_far_from_fiscal_year: (p) =>
    `the arrival ${p.arrival} is more than a fiscal year away from FY${p.fiscalYear}`,
  intro_far_from_fiscal_year: (p) =>
    `the introductory training of FY${p.fiscalYear} cannot start that far from its year`,
  date_before_birth: (p) => `${p.date} is before the trainee's date of birth (${p.birth})`,
  evaluation_before_arrival: (p) => `the evaluation is dated ${p.date}, before the trainee arrived (${p.arrival})`,
  attendance_in_future: (p) => `the session on ${p.date} has not been held yet (today is ${p.today})`,
  received_in_future: (p) => `the request is received on ${p.value}, after today (${p.today})`,
  dispatch_before_received: (p) => `the dispatch starts on ${p.start}, before the request was received (${p.received})`,
  age_unusual: (p) => `the trainee would be ${p.age} on ${p.on}, outside the usual ${p.min}–${p.max}`,
  arrival_outside_fiscal_year: (p) => `the arrival ${p.arrival} is outside FY${p.fiscalYear} (${p.start} to ${p.end})`,
  stay_too_short: (p) => `the stay ${p.arrival} to ${p.departure} is shorter than ${p.min} months`,
  stay_too_long: (p) => `the stay ${p.arrival} to ${p.departure} is longer than ${p.max} months`,
  passport_expires_before_departure: () => 'the passport expires before the departure date',
  residence_card_expires_before_departure: () => 'the residence card expires before the departure date',
  intro_length_unusual: (p) => `the introductory training lasts ${p.days} days (usually ${p.min}–${p.max})`,
  programme_window_too_short: (p) => `the programme window ${p.start} to ${p.end} is shorter than ${p.min} months`,
  programme_window_too_long: (p) => `the programme window ${p.start} to ${p.end} is longer than ${p.max} months`,
  capacity_unusual: (p) => `a capacity of ${p.capacity} is unusual (most hosts take up to ${p.usual})`,
  capacity_below_placements: (p) => `the host holds ${p.holds} trainees on ${p.day}, more than ${p.capacity}`,
  transition_in_future: (p) => `the change is dated ${p.on}, after today (${p.today})`,
  dispatch_outside_fiscal_year: (p) => `the dispatch ${p.start} to ${p.end} falls outside FY${p.fiscalYear}`,
  wished_before_received: (p) => `the wished period starts on ${p.wishedStart}, before the request was received`,
  wished_outside_fiscal_year: (p) => `the wished period falls outside FY${p.fiscalYear}`,
};

/** One finding (or warning) in plain English, for messages and logs. */
export function describeFinding(f: { code: string; params?: FindingParams }): string {
  const text = TEXT[f.code]?.(f.params ?? {}) ?? f.code.replaceAll('_', ' ');
  return 'path' in f && typeof f.path === 'string' && f.path ? `${f.path}: ${text}` : text;
}

/** The warnings in one English sentence (a needs_confirmation message). */
export function describeWarnings(warnings: readonly Warning[]): string {
  return warnings.map(describeFinding).join('; ');
}

/**
 * Throws when any finding is a refusal: `invalid_input` by default, `conflict` when the refusal comes
 * from the data as it stands (the trainee's arrival, the session's date …) rather than what was typed.
 */
export function refuseImplausible(findings: readonly Finding[], code: ErrorCode = 'invalid_input'): void {
  const refusals: Refusal[] = findings.filter(isRefusal);
  if (refusals.length === 0) return;
  throw new AppFailure({
    code,
    message: `Nothing was saved: ${refusals.map(describeFinding).join('; ')}.`,
    issues: issuesOf(refusals),
  });
}

/** Refuses on any refusal, else returns the warnings for the service's confirmation step. */
export function plausibilityWarnings(findings: readonly Finding[], code: ErrorCode = 'invalid_input'): Warning[] {
  refuseImplausible(findings, code);
  return warningsOf(findings);
}
