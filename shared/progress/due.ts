// What is due, as pure date arithmetic on ISO dates (shared/placements/dates.ts): the months of a
// placement, when each month's report is due, when the mid-term and final evaluations are due, and
// whether an expiring document needs attention. Nothing here is stored; progress.attention.list derives it.
import type { IsoDate } from '../fiscal-year';
import { addDays, addMonths, daysBetween } from '../placements/dates';
import { ATTENTION_SOON_DAYS, DOCUMENT_WARNING_DAYS, REPORT_GRACE_DAYS } from './schema';

/** A report can name month 1 … 24 of a placement (the column's check); later months are not tracked. */
export const MAX_PLACEMENT_MONTHS = 24;

export interface PlacementMonth {
  /** 1 = the first month. */
  month: number;
  start: IsoDate;
  end: IsoDate;
}

/**
 * The months of a placement: month k runs from start + (k − 1) months to the day before start + k
 * months (each counted from the start, so a placement starting on the 31st keeps its day where the
 * month has one: 31 Jan → 28 Feb → 31 Mar), the last one clipped to the placement's end. Together
 * they cover the placement day by day with no gap and no overlap (up to MAX_PLACEMENT_MONTHS).
 */
export function placementMonths(start: IsoDate, end: IsoDate): PlacementMonth[] {
  const out: PlacementMonth[] = [];
  for (let k = 1; k <= MAX_PLACEMENT_MONTHS; k++) {
    const first = addMonths(start, k - 1);
    if (first > end) break;
    const last = addDays(addMonths(start, k), -1);
    out.push({ month: k, start: first, end: last < end ? last : end });
  }
  return out;
}

/** Month `k` of a placement, or null when the placement has no such month. */
export function placementMonth(start: IsoDate, end: IsoDate, k: number): PlacementMonth | null {
  if (!Number.isInteger(k) || k < 1 || k > MAX_PLACEMENT_MONTHS) return null;
  const first = addMonths(start, k - 1);
  if (first > end) return null;
  const last = addDays(addMonths(start, k), -1);
  return { month: k, start: first, end: last < end ? last : end };
}

/**
 * How many months of a placement start on or before `until` (capped at MAX_PLACEMENT_MONTHS): the same
 * count as placementMonths(start, until).length, in integer arithmetic, for the attention list's loop.
 */
export function monthsStartedBy(start: IsoDate, until: IsoDate): number {
  if (until < start) return 0;
  const [ys, ms, ds] = [Number(start.slice(0, 4)), Number(start.slice(5, 7)), Number(start.slice(8, 10))];
  const [yu, mu, du] = [Number(until.slice(0, 4)), Number(until.slice(5, 7)), Number(until.slice(8, 10))];
  const diff = (yu - ys) * 12 + (mu - ms);
  // Month diff + 1 starts in `until`'s month, on the start's day clamped to that month's length.
  const leap = (yu % 4 === 0 && yu % 100 !== 0) || yu % 400 === 0;
  const length = mu === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(mu) ? 30 : 31;
  const count = Math.min(ds, length) <= du ? diff + 1 : diff;
  return Math.min(count, MAX_PLACEMENT_MONTHS);
}

/** A month's report is due REPORT_GRACE_DAYS after the month ends. */
export const reportDue = (monthEnd: IsoDate): IsoDate => addDays(monthEnd, REPORT_GRACE_DAYS);

/** The mid-term evaluation is due at the middle day of the placement span (rounded down). */
export const midTermDue = (first: IsoDate, last: IsoDate): IsoDate =>
  addDays(first, Math.floor(daysBetween(first, last) / 2));

/** The final evaluation is due REPORT_GRACE_DAYS after the last placement ends. */
export const finalDue = (last: IsoDate): IsoDate => addDays(last, REPORT_GRACE_DAYS);

export type DueState = 'overdue' | 'due_soon';

/** The days that decide what is listed on a given day, worked out once per list. */
export interface DueWindow {
  today: IsoDate;
  /** The last due day that counts as due soon. */
  soon: IsoDate;
  /** A document expiring on or before this day needs attention. */
  documents: IsoDate;
  /** Only a month starting on or before this day can have its report due by `soon`. */
  lastReportMonthStart: IsoDate;
}

export function dueWindow(today: IsoDate): DueWindow {
  const soon = addDays(today, ATTENTION_SOON_DAYS);
  return {
    today,
    soon,
    documents: addDays(today, DOCUMENT_WARNING_DAYS),
    lastReportMonthStart: addDays(soon, -REPORT_GRACE_DAYS),
  };
}

/** Overdue once the due day has passed; due soon within ATTENTION_SOON_DAYS; later ones are not listed. */
export function dueState(due: IsoDate, window: DueWindow): DueState | null {
  if (due < window.today) return 'overdue';
  if (due <= window.soon) return 'due_soon';
  return null;
}

/**
 * A passport or residence card: overdue once expired (the day after its expiry); due soon when it
 * expires within DOCUMENT_WARNING_DAYS of today, or before the day the trainee departs.
 */
export function documentState(expiry: IsoDate, window: DueWindow, departure: IsoDate | null): DueState | null {
  if (expiry < window.today) return 'overdue';
  if (expiry <= window.documents) return 'due_soon';
  if (departure !== null && expiry < departure) return 'due_soon';
  return null;
}
