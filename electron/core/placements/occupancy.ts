// How many trainees a host holds on each day, by a sweep over the periods' start and end days (never a
// loop over the days of a long period). Periods are inclusive, so a placement ending on a day and
// another starting that same day are both there on that day.
import { later } from '../../../shared/placements/dates';
import type { Period } from './facts';

/**
 * Walks the days on which the count can rise (the starts, clipped to `within`) in order, calling
 * `visit(day, count)` with the number of periods holding that day; stops when `visit` returns true.
 */
function sweep(periods: Period[], within: Period, visit: (day: string, count: number) => boolean): void {
  const starts: string[] = [];
  const ends: string[] = [];
  for (const p of periods) {
    if (p.start > within.end || p.end < within.start) continue;
    starts.push(later(p.start, within.start));
    ends.push(p.end);
  }
  starts.sort();
  ends.sort();
  let gone = 0;
  for (let i = 0; i < starts.length; i++) {
    const day = starts[i] as string;
    // Periods whose last day is before `day` have left.
    while (gone < ends.length && (ends[gone] as string) < day) gone++;
    // Several periods starting the same day: count them all before looking.
    if (i + 1 < starts.length && starts[i + 1] === day) continue;
    if (visit(day, i + 1 - gone)) return;
  }
}

/** The most periods holding any one day of `within`. */
export function peakOccupancy(periods: Period[], within: Period): number {
  let peak = 0;
  sweep(periods, within, (_, count) => {
    if (count > peak) peak = count;
    return false;
  });
  return peak;
}

/**
 * The first day of `period` on which the host would hold more than `capacity` trainees with this
 * placement added to `others`, and how many it would hold then; null when it never does.
 */
export function firstOverCapacity(
  others: Period[],
  period: Period,
  capacity: number,
): { day: string; count: number } | null {
  let found: { day: string; count: number } | null = null;
  sweep([...others, period], period, (day, count) => {
    if (count > capacity) found = { day, count };
    return found !== null;
  });
  return found;
}

/**
 * The stretches of days on which `periods` exceed `capacity`, in order and never sharing a day, for
 * flagging the placements that cover them (the timeline).
 */
export function overCapacitySpans(periods: Period[], capacity: number): Period[] {
  const events: [string, number][] = [];
  for (const p of periods) {
    events.push([p.start, 1]);
    events.push([p.end, -1]);
  }
  // On one day the arrivals count before the departures: an inclusive end leaves after its day.
  events.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : b[1] - a[1]));
  const spans: Period[] = [];
  let count = 0;
  let open: string | null = null;
  for (const [day, step] of events) {
    count += step;
    if (step > 0 && count > capacity && open === null) open = day;
    if (step < 0 && count === capacity && open !== null) {
      spans.push({ start: open, end: day });
      open = null;
    }
  }
  return spans;
}
