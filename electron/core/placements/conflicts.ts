// Over-capacity at a host, and whether a person accepted it. A placement saved over capacity records
// the warning and a reason on itself only, yet the excess is shared by every placement at the host on
// those days: a stretch over capacity counts as accepted, on every bar it touches, when at least as
// many placements covering it accepted `capacity_exceeded` as there are trainees too many there.
// Found anew from the dates each time, so a capacity lowered later shows as a conflict again.
import { overlaps } from '../../../shared/placements/dates';
import type { Context } from '../context';
import { sql } from '../db/sql';
import type { Period } from './facts';
import { overCapacitySpans, peakOccupancy } from './occupancy';

export interface HostPlacement extends Period {
  id: number;
  hostId: number;
  overrides: string;
  reason: string | null;
}

export interface CapacitySpan extends Period {
  /** The reasons given by the placements that accepted this stretch; empty when it is not accepted. */
  reasons: string[];
}

const acceptsCapacity = (p: HostPlacement) => p.reason !== null && p.overrides.includes('"capacity_exceeded"');

/** The stretches over capacity of one host's live placements, each with its acceptance. */
export function capacitySpans(periods: HostPlacement[], capacity: number): CapacitySpan[] {
  return overCapacitySpans(periods, capacity).map((span) => {
    const excess = peakOccupancy(periods, span) - capacity;
    const accepting = periods.filter((p) => overlaps(p, span) && acceptsCapacity(p));
    return {
      ...span,
      reasons: accepting.length >= excess ? [...new Set(accepting.map((p) => p.reason as string))] : [],
    };
  });
}

/**
 * The stretches over capacity of these hosts between `start` and `end`, counting every live placement
 * at each host (other cohorts too): one query.
 */
export function capacitySpansByHost(
  ctx: Context,
  capacities: Map<number, number>,
  start: string,
  end: string,
): Map<number, CapacitySpan[]> {
  const spans = new Map<number, CapacitySpan[]>();
  if (capacities.size === 0) return spans;
  const all = ctx.db.all<HostPlacement>(sql`
    SELECT id, host_id AS hostId, start_date AS start, end_date AS end, overrides, override_reason AS reason
    FROM placements
    WHERE cancelled = 0 AND start_date <= ${end} AND end_date >= ${start}
      AND host_id IN (SELECT value FROM json_each(${JSON.stringify([...capacities.keys()])}))`);
  const byHost = new Map<number, HostPlacement[]>();
  for (const p of all) {
    const list = byHost.get(p.hostId);
    if (list) list.push(p);
    else byHost.set(p.hostId, [p]);
  }
  for (const [hostId, periods] of byHost) {
    const found = capacitySpans(periods, capacities.get(hostId) ?? 0);
    if (found.length > 0) spans.set(hostId, found);
  }
  return spans;
}

/**
 * A placement's over-capacity: null when its host is never over capacity during it, else whether
 * every stretch it touches was accepted, and the reasons given.
 */
export function capacityStanding(spans: CapacitySpan[] | undefined, p: Period) {
  const touched = spans?.filter((s) => overlaps(s, p)) ?? [];
  if (touched.length === 0) return null;
  return {
    accepted: touched.every((s) => s.reasons.length > 0),
    reasons: [...new Set(touched.flatMap((s) => s.reasons))],
  };
}

interface LivePlacement extends Period {
  id: number;
  hostId: number;
}

/**
 * Of these live placements (grouped by trainee), the ids of those not over by `today` that overlap
 * another of the trainee's or touch a stretch over capacity nobody accepted (Needs attention).
 */
export function unacceptedConflicts(
  ctx: Context,
  placements: LivePlacement[],
  byTrainee: Map<number, LivePlacement[]>,
  today: string,
): Set<number> {
  const current = placements.filter((p) => p.end >= today);
  const found = new Set<number>();
  const first = current[0];
  if (!first) return found;
  const hostIds = JSON.stringify([...new Set(current.map((p) => p.hostId))]);
  const capacities = new Map(
    ctx.db
      .all<{ id: number; capacity: number }>(sql`
        SELECT id, capacity FROM hosts WHERE id IN (SELECT value FROM json_each(${hostIds}))`)
      .map((h) => [h.id, h.capacity]),
  );
  let end = first.end;
  for (const p of current) if (p.end > end) end = p.end;
  const spans = capacitySpansByHost(ctx, capacities, today, end);
  for (const own of byTrainee.values()) {
    for (const p of own) {
      if (p.end < today) continue;
      const overlap = own.some((o) => o !== p && overlaps(o, p));
      const capacity = capacityStanding(spans.get(p.hostId), p);
      if (overlap || (capacity && !capacity.accepted)) found.add(p.id);
    }
  }
  return found;
}
