// The application window of the Specialist Dispatch Project: requests for fiscal year N are taken in
// March–April of calendar year N−1 (the source: "the application for fiscal year 2015 will be opened
// between March to April 2014"). A request received outside its window is flagged, never refused.
// Dates are ISO strings (YYYY-MM-DD); days are counted in UTC, like shared/placements/dates.ts.
import { fiscalYearOf, type IsoDate } from '../fiscal-year';
import { daysBetween } from '../placements/dates';
import type { Warning } from '../result';

/** The Japanese fiscal year (1 April – 31 March) of any date. */
export { fiscalYearOf };

export interface ApplicationWindow {
  fiscalYear: number;
  /** 1 March of the calendar year before the fiscal year. */
  first: IsoDate;
  /** 30 April of that year (inclusive). */
  last: IsoDate;
}

const year4 = (y: number) => String(y).padStart(4, '0');

export function applicationWindow(fiscalYear: number): ApplicationWindow {
  const y = year4(fiscalYear - 1);
  return { fiscalYear, first: `${y}-03-01`, last: `${y}-04-30` };
}

/** True when `date` lies in the window for `fiscalYear` (both ends included). */
export function isInWindow(date: IsoDate, fiscalYear: number): boolean {
  const w = applicationWindow(fiscalYear);
  return date >= w.first && date <= w.last;
}

/** The fiscal year whose window holds `date` (a date in March or April of Y → Y+1), else null. */
export function windowFiscalYearOf(date: IsoDate): number | null {
  const month = date.slice(5, 7);
  return month === '03' || month === '04' ? Number(date.slice(0, 4)) + 1 : null;
}

/** The window open on `date`, else the next one to open. Handy as the default target of a new request. */
export function upcomingWindow(date: IsoDate): ApplicationWindow {
  const year = Number(date.slice(0, 4));
  return applicationWindow(date.slice(5, 7) <= '04' ? year + 1 : year + 2);
}

export type WindowPosition = { position: 'inside'; days: 0 } | { position: 'early' | 'late'; days: number };

/** Where a received date falls against the window for `fiscalYear`: inside, or how many days early/late. */
export function windowPosition(received: IsoDate, fiscalYear: number): WindowPosition {
  const w = applicationWindow(fiscalYear);
  if (received < w.first) return { position: 'early', days: daysBetween(received, w.first) };
  if (received > w.last) return { position: 'late', days: daysBetween(w.last, received) };
  return { position: 'inside', days: 0 };
}

/**
 * The flag for a request received outside its window (null inside it): `received_before_window` or
 * `received_after_window`, with the window's dates and the days early/late.
 */
export function windowWarning(received: IsoDate, fiscalYear: number): Warning | null {
  const at = windowPosition(received, fiscalYear);
  if (at.position === 'inside') return null;
  const w = applicationWindow(fiscalYear);
  return {
    code: at.position === 'early' ? 'received_before_window' : 'received_after_window',
    params: { fiscalYear, first: w.first, last: w.last, received, days: at.days },
  };
}
