// Who is (and was, and will be) at a host, and how much of its capacity is used month by month.
// Read from live placements only (cancelled = 0), which is what the placements_host index covers.
import type { HostDetail } from '../../../shared/hosts/schema';
import type { Context } from '../context';
import { sql } from '../db/sql';

type HostPlacement = HostDetail['trainees']['current'][number];
type CapacityMonth = HostDetail['capacityUse'][number];

interface PlacementRow {
  id: number;
  trainee_id: number;
  start_date: string;
  end_date: string;
  ref: string;
  full_name: string;
  country: string;
  field_id: number;
}

export function hostPlacements(ctx: Context, hostId: number, today: string): HostDetail['trainees'] {
  const rows = ctx.db.all<PlacementRow>(sql`
    SELECT p.id, p.trainee_id, p.start_date, p.end_date, t.ref, t.full_name, t.country, t.field_id
    FROM placements p JOIN trainees t ON t.id = p.trainee_id
    WHERE p.host_id = ${hostId} AND p.cancelled = 0
    ORDER BY p.start_date, p.end_date, p.id`);
  const out: HostDetail['trainees'] = { current: [], upcoming: [], past: [] };
  for (const r of rows) {
    const item: HostPlacement = {
      placementId: r.id,
      traineeId: r.trainee_id,
      ref: r.ref,
      fullName: r.full_name,
      country: r.country,
      fieldId: r.field_id,
      startDate: r.start_date,
      endDate: r.end_date,
    };
    if (r.end_date < today) out.past.push(item);
    else if (r.start_date > today) out.upcoming.push(item);
    else out.current.push(item);
  }
  // The most recent past placements first: that is what a person looks for.
  out.past.reverse();
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first and last day of the month `offset` months from the month of `today`. */
export function monthRange(today: string, offset: number): { month: string; first: string; last: string } {
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 + offset;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const ym = `${String(year).padStart(4, '0')}-${pad(month)}`;
  return { month: ym, first: `${ym}-01`, last: `${ym}-${pad(days)}` };
}

/** The most intervals (inclusive dates) that cover one same day. */
export function peakOverlap(intervals: { start: string; end: string }[]): number {
  // A start counts before an end on the same day, because both days are inclusive.
  const events = intervals.flatMap((i) => [
    { at: i.start, delta: 1 },
    { at: i.end, delta: -1 },
  ]);
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : b.delta - a.delta));
  let running = 0;
  let peak = 0;
  for (const e of events) {
    running += e.delta;
    if (running > peak) peak = running;
  }
  return peak;
}

// ISO dates order as text.
const later = (a: string, b: string) => [a, b].sort()[1] as string;
const earlier = (a: string, b: string) => [a, b].sort()[0] as string;

export const CAPACITY_MONTHS_BACK = 12;
export const CAPACITY_MONTHS_AHEAD = 12;

export function capacityUse(ctx: Context, hostId: number, capacity: number, today: string): CapacityMonth[] {
  const from = monthRange(today, -CAPACITY_MONTHS_BACK).first;
  const to = monthRange(today, CAPACITY_MONTHS_AHEAD).last;
  const placements = ctx.db.all<{ start_date: string; end_date: string }>(sql`
    SELECT start_date, end_date FROM placements
    WHERE host_id = ${hostId} AND cancelled = 0 AND start_date <= ${to} AND end_date >= ${from}`);
  const months: CapacityMonth[] = [];
  for (let offset = -CAPACITY_MONTHS_BACK; offset <= CAPACITY_MONTHS_AHEAD; offset++) {
    const { month, first, last } = monthRange(today, offset);
    const inMonth = placements
      .filter((p) => p.start_date <= last && p.end_date >= first)
      .map((p) => ({ start: later(p.start_date, first), end: earlier(p.end_date, last) }));
    months.push({ month, peak: peakOverlap(inMonth), capacity });
  }
  return months;
}
