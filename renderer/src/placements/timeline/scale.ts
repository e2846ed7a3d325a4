// The timeline's date axis: whole months around the range the core says must be shown, positions as
// percentages of the chart's width (so the chart needs no measuring and follows the window's size).
import { fiscalYearOf } from '../../../../shared/fiscal-year';
import { addDays, addMonths, daysBetween } from '../../../../shared/placements/dates';

export interface Month {
  /** YYYY-MM-01 */
  start: string;
  year: number;
  /** 1–12 */
  month: number;
  left: number;
  width: number;
}

export interface Scale {
  start: string;
  /** The day after the last day shown. */
  end: string;
  days: number;
  /** Left edge of a day, in % of the chart's width. */
  at(date: string): number;
  /** Left and width (%) of an inclusive period, clipped to the chart. */
  span(start: string, end: string): { left: number; width: number };
  months: Month[];
  /** 1 April of each fiscal year after the first one shown. */
  fyStarts: { fy: number; left: number }[];
}

const monthStart = (date: string) => `${date.slice(0, 7)}-01`;

export function buildScale(range: { start: string; end: string }): Scale {
  const start = monthStart(range.start);
  const end = addMonths(monthStart(range.end), 1);
  const days = Math.max(1, daysBetween(start, end));
  const at = (date: string) => Math.min(100, Math.max(0, (daysBetween(start, date) / days) * 100));
  const span = (from: string, to: string) => {
    const left = at(from);
    return { left, width: Math.max(0.15, at(addDays(to, 1)) - left) };
  };
  const months: Month[] = [];
  for (let m = start; m < end; m = addMonths(m, 1)) {
    const next = addMonths(m, 1);
    months.push({
      start: m,
      year: Number(m.slice(0, 4)),
      month: Number(m.slice(5, 7)),
      left: at(m),
      width: at(next) - at(m),
    });
  }
  const fyStarts = months
    .filter((m) => m.month === 4 && m.start > start)
    .map((m) => ({ fy: fiscalYearOf(m.start), left: m.left }));
  return { start, end, days, at, span, months, fyStarts };
}
