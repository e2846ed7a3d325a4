// Plausibility of a cohort's dates, its sessions' dates and the attendance marked on them (see
// shared/plausibility.ts). The schema already refuses an intro or programme that ends before it starts
// and an intro outside the programme (intro_end_before_start, programme_end_before_start,
// intro_outside_programme); the core warns when sessions would fall outside a changed intro
// (sessions_outside_intro) and when a session is dated outside it (session_outside_intro).
import { fiscalYearOf, fiscalYearRange, type IsoDate } from '../fiscal-year';
import { daysBetween } from '../placements/dates';
import { datesInRange, type Finding, refuse, warn } from '../plausibility';
import { periodEnd } from './dates';
import type { AttendanceMark } from './schema';

/** The introductory training lasts a month; shorter than two weeks or longer than two months is unusual. */
export const INTRO_USUAL_MIN_DAYS = 14;
export const INTRO_USUAL_MAX_DAYS = 62;
/**
 * The programme window holds the whole cohort's programmes (6–10 months each, ten by default), so
 * under 6 months or over 12 months, counted like the defaults (./dates.ts periodEnd), is unusual.
 */
export const WINDOW_USUAL_MIN_MONTHS = 6;
export const WINDOW_USUAL_MAX_MONTHS = 12;

export interface CohortDatesInput {
  introStart: IsoDate;
  introEnd: IsoDate;
  programmeStart: IsoDate;
  programmeEnd: IsoDate;
}

/**
 * An intro that starts in the fiscal year next to the cohort's needs a confirmation
 * (`intro_outside_fiscal_year`, a late intake or a March start); one more than a fiscal year away is a
 * typing mistake (`intro_far_from_fiscal_year`, refused). Null inside the year.
 */
export function introFiscalYearFinding(fiscalYear: number, introStart: IsoDate, path: string): Finding | null {
  const startYear = fiscalYearOf(introStart);
  if (Math.abs(startYear - fiscalYear) > 1) return refuse(path, 'intro_far_from_fiscal_year', { fiscalYear });
  if (startYear === fiscalYear) return null;
  const { start, end } = fiscalYearRange(fiscalYear);
  return warn('intro_outside_fiscal_year', { fiscalYear, start, end });
}

/**
 * A cohort's dates (defaults already filled in), refusals first:
 * - refused: any date before 1900 or more than 20 years ahead (`date_before_1900`, `date_too_far_ahead`),
 *   an intro more than a fiscal year away (`intro_far_from_fiscal_year`);
 * - warned: an intro in the next fiscal year (`intro_outside_fiscal_year`), an intro shorter than 14
 *   days or longer than 62 (`intro_length_unusual`), a programme window under 6 or over 12 months
 *   (`programme_window_too_short`, `programme_window_too_long`).
 * Paths are `<prefix><field>`: "introStart" on cohorts.create, "data.introStart" on cohorts.update.
 */
export function cohortFindings(fiscalYear: number, d: CohortDatesInput, today: IsoDate, prefix = ''): Finding[] {
  const path = (field: string) => `${prefix}${field}`;
  // The dates left empty default from the intro's start: an implausible start is said once, on it.
  const start = datesInRange([[path('introStart'), d.introStart]], today);
  if (start.length > 0) return start;
  const range = datesInRange(
    [
      [path('introEnd'), d.introEnd],
      [path('programmeStart'), d.programmeStart],
      [path('programmeEnd'), d.programmeEnd],
    ],
    today,
  );
  // Lengths of a period whose ends are implausible (or reversed, which the schema refuses) mean nothing.
  if (range.length > 0) return range;
  const findings: Finding[] = [];
  const year = introFiscalYearFinding(fiscalYear, d.introStart, path('introStart'));
  if (year) findings.push(year);
  if (d.introEnd >= d.introStart) {
    const days = daysBetween(d.introStart, d.introEnd) + 1;
    if (days < INTRO_USUAL_MIN_DAYS || days > INTRO_USUAL_MAX_DAYS) {
      findings.push(
        // `count` (the days again) picks the sentence's singular or plural form.
        warn('intro_length_unusual', {
          start: d.introStart,
          end: d.introEnd,
          days,
          count: days,
          min: INTRO_USUAL_MIN_DAYS,
          max: INTRO_USUAL_MAX_DAYS,
        }),
      );
    }
  }
  if (d.programmeEnd >= d.programmeStart) {
    const window = { start: d.programmeStart, end: d.programmeEnd };
    if (d.programmeEnd < periodEnd(d.programmeStart, WINDOW_USUAL_MIN_MONTHS)) {
      findings.push(warn('programme_window_too_short', { ...window, min: WINDOW_USUAL_MIN_MONTHS }));
    } else if (d.programmeEnd > periodEnd(d.programmeStart, WINDOW_USUAL_MAX_MONTHS)) {
      findings.push(warn('programme_window_too_long', { ...window, max: WINDOW_USUAL_MAX_MONTHS }));
    }
  }
  return [...findings.filter((f) => f.kind === 'refuse'), ...findings.filter((f) => f.kind === 'warn')];
}

/** A session's date: within 1900 … today + 20 years (the intro period's warning is the core's). */
export function sessionFindings(date: IsoDate, today: IsoDate, path: string): Finding[] {
  return datesInRange([[path, date]], today);
}

/**
 * Marking a trainee present, late or absent at a session that has not been held yet (dated after
 * today) is impossible (`attendance_in_future`); "excused" may be marked ahead, and a mark removed.
 */
export function attendanceFinding(
  session: { date: IsoDate },
  mark: AttendanceMark | null,
  today: IsoDate,
  path: string,
): Finding | null {
  if (mark === null || mark === 'excused' || session.date <= today) return null;
  return refuse(path, 'attendance_in_future', { date: session.date, today });
}

/**
 * The effective date of a status change: within 1900 … today + 20 years (`date_before_1900`,
 * `date_too_far_ahead`), and not before the trainee was born (`date_before_birth`).
 */
export function transitionFindings(date: IsoDate, trainee: { dateOfBirth: IsoDate }, today: IsoDate): Finding[] {
  const range = datesInRange([['date', date]], today);
  if (range.length > 0) return range;
  return date < trainee.dateOfBirth ? [refuse('date', 'date_before_birth', { date, birth: trainee.dateOfBirth })] : [];
}
