// Host suggestions for a trainee and a period: active hosts ranked by fit, each with its reasons.
// Occupancy comes from ONE query for the live placements sharing a day with the period, grouped per
// host here, so 2,000 hosts cost one pass rather than 2,000 queries.
import type { z } from 'zod';
import type { HostSuggestion, SuggestInput } from '../../../shared/placements/schema';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { type Period, traineeFacts } from './facts';
import { peakOccupancy } from './occupancy';

/** What each reason adds to the score. A full host sinks below every host with a free seat. */
export const POINTS = {
  field_offered: 100,
  field_not_offered: 0,
  free_seat: 10,
  free_seats_counted: 3,
  full: -1000,
  preferred_prefecture: 20,
  previous_prefecture: 5,
} as const;

type Suggestion = z.infer<typeof HostSuggestion>;
type Reason = Suggestion['reasons'][number];

interface HostRow {
  id: number;
  name_key: string;
  prefecture: number;
  capacity: number;
  offered: number;
}

/** The sum of the points of the host's reasons (reasonsFor), without building them. */
function scoreOf(h: HostRow, free: number, preferred: number | undefined, previous: number | undefined): number {
  return (
    (h.offered ? POINTS.field_offered : POINTS.field_not_offered) +
    (free > 0 ? POINTS.free_seat * Math.min(free, POINTS.free_seats_counted) : POINTS.full) +
    (preferred === h.prefecture ? POINTS.preferred_prefecture : 0) +
    (previous === h.prefecture ? POINTS.previous_prefecture : 0)
  );
}

function reasonsFor(
  h: HostRow,
  at: { peak: number; free: number; field: string; preferred: number | undefined; previous: number | undefined },
): Reason[] {
  const { peak, free, field } = at;
  const reasons: Reason[] = [
    h.offered
      ? { code: 'field_offered', params: { field }, points: POINTS.field_offered }
      : { code: 'field_not_offered', params: { field }, points: POINTS.field_not_offered },
    free > 0
      ? {
          code: 'free_capacity',
          params: { free, capacity: h.capacity },
          points: POINTS.free_seat * Math.min(free, POINTS.free_seats_counted),
        }
      : { code: 'full', params: { peak, capacity: h.capacity }, points: POINTS.full },
  ];
  const prefecture = { prefecture: h.prefecture };
  if (at.preferred === h.prefecture) {
    reasons.push({ code: 'preferred_prefecture', params: prefecture, points: POINTS.preferred_prefecture });
  }
  if (at.previous === h.prefecture) {
    reasons.push({ code: 'previous_prefecture', params: prefecture, points: POINTS.previous_prefecture });
  }
  // Most weighty first (the sort is stable, so equal weights keep the order above).
  return reasons.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
}

export function suggestHosts(ctx: Context, input: z.infer<typeof SuggestInput>): { hosts: Suggestion[] } {
  const trainee = traineeFacts(ctx, input.traineeId);
  const excludeId = input.excludeId ?? null;
  const hosts = ctx.db.all<HostRow>(sql`
    SELECT h.id, h.name_key, h.prefecture, h.capacity, hf.field_id IS NOT NULL AS offered
    FROM hosts h LEFT JOIN host_fields hf ON hf.host_id = h.id AND hf.field_id = ${trainee.fieldId}
    WHERE h.active = 1`);
  const busy = new Map<number, Period[]>();
  if (input.start <= input.end) {
    const rows = ctx.db.all<{ host_id: number; start: string; end: string }>(sql`
      SELECT host_id, start_date AS start, end_date AS end FROM placements
      WHERE cancelled = 0 AND start_date <= ${input.end} AND end_date >= ${input.start} AND id IS NOT ${excludeId}`);
    for (const r of rows) {
      const list = busy.get(r.host_id);
      if (list) list.push(r);
      else busy.set(r.host_id, [r]);
    }
  }
  // The prefecture of the trainee's latest placement that started before this one.
  const previous = ctx.db.get<{ prefecture: number }>(sql`
    SELECT h.prefecture FROM placements p JOIN hosts h ON h.id = p.host_id
    WHERE p.trainee_id = ${trainee.id} AND p.cancelled = 0 AND p.start_date < ${input.start} AND p.id IS NOT ${excludeId}
    ORDER BY p.start_date DESC LIMIT 1`)?.prefecture;

  // Score every host with plain numbers; the reasons (objects) are built for the hosts shown only.
  const ranked = hosts.map((h) => {
    const periods = busy.get(h.id);
    const peak = periods ? peakOccupancy(periods, input) : 0;
    const free = h.capacity - peak;
    return { h, peak, free, score: scoreOf(h, free, input.prefecture, previous) };
  });
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      b.free - a.free ||
      (a.h.name_key < b.h.name_key ? -1 : a.h.name_key > b.h.name_key ? 1 : a.h.id - b.h.id),
  );
  const shown = ranked.slice(0, input.limit);
  // Names only for the hosts shown: reading them for all 2,000 is much of the query's time.
  const ids = JSON.stringify(shown.map((r) => r.h.id));
  const names = new Map(
    ctx.db
      .all<{ id: number; name_en: string; name_ja: string }>(sql`
        SELECT id, name_en, name_ja FROM hosts WHERE id IN (SELECT value FROM json_each(${ids}))`)
      .map((n) => [n.id, n]),
  );
  return {
    hosts: shown.map(({ h, peak, free, score }) => ({
      hostId: h.id,
      nameEn: names.get(h.id)?.name_en ?? '',
      nameJa: names.get(h.id)?.name_ja ?? '',
      prefecture: h.prefecture,
      capacity: h.capacity,
      peak,
      free,
      score,
      reasons: reasonsFor(h, { peak, free, field: trainee.fieldName, preferred: input.prefecture, previous }),
    })),
  };
}
