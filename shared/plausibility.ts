// Plausibility of the dates and numbers a record holds: what is impossible (a refusal on a field) and
// what is merely unusual (a warning a person may accept). Each feature keeps its rules as pure
// functions in shared/<feature>/plausibility.ts, built from the pieces here, so the core enforces them
// and the renderer can show the same findings while the person types. `today` is always passed in
// (an ISO date), so the rules never read a clock. Codes are i18n keys: validation.<code> for
// refusals, warning.<code> for warnings. Rules are listed in docs/plausibility.md.
import { fiscalYearOf, type IsoDate } from './fiscal-year';
import { addMonths } from './placements/dates';
import type { FieldIssue, Warning } from './result';

export type FindingParams = Record<string, string | number>;

export type Finding =
  | { kind: 'refuse'; path: string; code: string; params: FindingParams }
  | { kind: 'warn'; code: string; params: FindingParams };

export type Refusal = Extract<Finding, { kind: 'refuse' }>;

/** No date a record here holds can be this old (births included). */
export const EARLIEST_DATE = '1900-01-01';
/** Nor further ahead of today than this many years (passports run ten years, plans a few). */
export const YEARS_AHEAD = 20;

export const refuse = (path: string, code: string, params: FindingParams = {}): Finding => ({
  kind: 'refuse',
  path,
  code,
  params,
});

export const warn = (code: string, params: FindingParams = {}): Finding => ({ kind: 'warn', code, params });

/** The last plausible day: today + 20 years (29 Feb → 28 Feb when the year has none). */
export function latestDate(today: IsoDate): IsoDate {
  return addMonths(today, 12 * YEARS_AHEAD);
}

/**
 * A date outside 1900-01-01 … today + 20 years: `date_before_1900` or `date_too_far_ahead` (codes may
 * be renamed for a feature whose screens say it in their own words). Null for a plausible date or none.
 */
export function dateInRange(
  path: string,
  value: IsoDate | null | undefined,
  today: IsoDate,
  codes = { early: 'date_before_1900', late: 'date_too_far_ahead' },
): Finding | null {
  if (!value) return null;
  if (value < EARLIEST_DATE) return refuse(path, codes.early, { value, earliest: EARLIEST_DATE });
  const latest = latestDate(today);
  if (value > latest) return refuse(path, codes.late, { value, latest, years: YEARS_AHEAD });
  return null;
}

/** dateInRange for several fields at once: [path, value] pairs. */
export function datesInRange(fields: [string, IsoDate | null | undefined][], today: IsoDate): Finding[] {
  return fields.map(([path, value]) => dateInRange(path, value, today)).filter((f): f is Finding => f !== null);
}

/** A fiscal year (an intake, a request's year) more than 20 years after the current one. */
export function fiscalYearInRange(path: string, fiscalYear: number, today: IsoDate): Finding | null {
  const latest = fiscalYearOf(today) + YEARS_AHEAD;
  if (fiscalYear <= latest) return null;
  return refuse(path, 'fiscal_year_too_far_ahead', { value: fiscalYear, latest, years: YEARS_AHEAD });
}

/** Whole years of age on `on` for someone born on `birth` (a birthday on 29 Feb counts from 1 Mar). */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

export const isRefusal = (f: Finding): f is Refusal => f.kind === 'refuse';

/** The refusals as the field issues an `invalid_input` or `conflict` answer carries. */
export function issuesOf(findings: readonly Finding[]): FieldIssue[] {
  return findings.filter(isRefusal).map(({ path, code, params }) => ({ path, code, params }));
}

/** The warnings as a `needs_confirmation` answer (or a saved record) carries them. */
export function warningsOf(findings: readonly Finding[]): Warning[] {
  return findings.flatMap((f) => (f.kind === 'warn' ? [{ code: f.code, params: f.params }] : []));
}

const sameWarning = (a: Warning, b: Warning) =>
  a.code === b.code && JSON.stringify(a.params) === JSON.stringify(b.params);

/**
 * The warnings of `after` that `before` did not already raise: on an edit, only what the change
 * causes asks for a confirmation, not what the person confirmed when the record was saved.
 */
export function newWarnings(after: readonly Warning[], before: readonly Warning[]): Warning[] {
  return after.filter((w) => !before.some((b) => sameWarning(w, b)));
}
