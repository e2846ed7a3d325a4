// Inclusive periods of ISO dates (a shared day is an overlap), as everywhere in the app.
import type { IsoDate } from '../fiscal-year';
import { daysBetween, earlier, later } from '../placements/dates';

export interface Period {
  start: IsoDate;
  end: IsoDate;
}

/** Days of `wished` covered by the union of `periods` (inclusive periods; overlaps counted once). */
export function coveredDays(periods: readonly Period[], wished: Period): number {
  const clipped: Period[] = [];
  for (const p of periods) {
    const start = later(p.start, wished.start);
    const end = earlier(p.end, wished.end);
    if (start <= end) clipped.push({ start, end });
  }
  if (clipped.length > 1) clipped.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  let days = 0;
  let reached: IsoDate | null = null; // the last day counted so far
  for (const p of clipped) {
    if (reached === null || p.start > reached) {
      days += daysBetween(p.start, p.end) + 1;
      reached = p.end;
    } else if (p.end > reached) {
      days += daysBetween(reached, p.end);
      reached = p.end;
    }
  }
  return days;
}
