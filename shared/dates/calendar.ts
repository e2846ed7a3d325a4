// Calendar arithmetic on plain numbers and ISO strings (YYYY-MM-DD, no time zone), shared by the
// reader, the era table and the formatter. UTC is used only as a zone-free day counter.
import { isIsoDate } from '../fiscal-year';

export type DateProblemCode =
  | 'empty'
  | 'unreadable'
  | 'impossible_date'
  | 'outside_era'
  | 'incomplete_date'
  | 'weekday_mismatch';

/** A refusal: a stable code for the UI to translate, with the values its message needs. */
export interface DateProblem {
  ok: false;
  code: DateProblemCode;
  params?: Record<string, string | number>;
}

export type IsoResult = { ok: true; iso: string } | DateProblem;

export function problem(code: DateProblemCode, params?: Record<string, string | number>): DateProblem {
  return params ? { ok: false, code, params } : { ok: false, code };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The ISO date for a year, month and day, or `impossible_date` (31 April, 29 Feb 2027, month 13...). */
export function isoFrom(year: number, month: number, day: number): IsoResult {
  const iso = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  // Years below 1000 are refused too: isIsoDate cannot check them (Date maps 0–99 to 1900–1999),
  // and nobody here means the first millennium; it is a typo.
  if (year < 1000 || year > 9999 || !isIsoDate(iso)) return problem('impossible_date', { day, month, year });
  return { ok: true, iso };
}

export function isoParts(iso: string): { year: number; month: number; day: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** Day of the week, 0 = Sunday. */
export function weekdayOf(iso: string): number {
  const { year, month, day } = isoParts(iso);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Two-digit years: 00–69 are 2000–2069, 70–99 are 1970–1999 (the POSIX/strptime pivot). */
export function fullYear(digits: string): number {
  const n = Number(digits);
  if (digits.length !== 2) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}
