import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, daysBetween } from '../../../shared/placements/dates';
import type { Period } from './facts';
import { firstOverCapacity, overCapacitySpans, peakOccupancy } from './occupancy';

const p = (start: string, end: string): Period => ({ start, end });

describe('firstOverCapacity', () => {
  test('a placement ending the day another starts shares that day', () => {
    expect(firstOverCapacity([p('2026-07-01', '2026-09-30')], p('2026-09-30', '2026-12-31'), 1)).toEqual({
      day: '2026-09-30',
      count: 2,
    });
    expect(firstOverCapacity([p('2026-07-01', '2026-09-30')], p('2026-10-01', '2026-12-31'), 1)).toBeNull();
  });

  test('reports the first crowded day, not the start of the period', () => {
    const others = [p('2026-05-01', '2026-06-30'), p('2026-08-15', '2026-08-20'), p('2026-08-10', '2026-12-31')];
    expect(firstOverCapacity(others, p('2026-07-01', '2026-09-30'), 2)).toEqual({ day: '2026-08-15', count: 3 });
    expect(firstOverCapacity(others, p('2026-07-01', '2026-09-30'), 3)).toBeNull();
  });

  test('a host with no seats is over capacity from the first day', () => {
    expect(firstOverCapacity([], p('2026-07-01', '2026-07-01'), 0)).toEqual({ day: '2026-07-01', count: 1 });
  });

  test('placements that began before the period count from its first day', () => {
    const others = [p('2025-01-01', '2027-01-01'), p('2026-01-01', '2026-07-01')];
    expect(firstOverCapacity(others, p('2026-07-01', '2026-07-31'), 2)).toEqual({ day: '2026-07-01', count: 3 });
  });
});

/** The count for every day, the slow way, to compare the sweep with. */
function dayByDay(periods: Period[], within: Period): Map<string, number> {
  const counts = new Map<string, number>();
  for (let d = within.start; d <= within.end; d = addDays(d, 1)) {
    counts.set(d, periods.filter((x) => x.start <= d && d <= x.end).length);
  }
  return counts;
}

const period = (from: string, days: number) =>
  fc.tuple(fc.integer({ min: 0, max: days }), fc.integer({ min: 0, max: 60 })).map(([a, len]) => {
    const start = addDays(from, a);
    return { start, end: addDays(start, len) };
  });

describe('the sweep agrees with counting day by day', () => {
  const periods = fc.array(period('2026-01-01', 120), { maxLength: 12 });

  test('peak, first over-capacity day and over-capacity spans', () => {
    fc.assert(
      fc.property(periods, period('2026-01-01', 120), fc.integer({ min: 0, max: 4 }), (others, mine, capacity) => {
        const counts = dayByDay(others, mine);
        expect(peakOccupancy(others, mine)).toBe(Math.max(...counts.values()));

        const first = [...counts].find(([, n]) => n + 1 > capacity);
        expect(firstOverCapacity(others, mine, capacity)).toEqual(
          first ? { day: first[0], count: first[1] + 1 } : null,
        );

        const whole = { start: '2026-01-01', end: '2026-07-01' };
        const spans = overCapacitySpans(others, capacity);
        for (const [day, n] of dayByDay(others, whole)) {
          expect(spans.some((s) => s.start <= day && day <= s.end)).toBe(n > capacity);
        }
        // Spans are in order and never share a day.
        for (let i = 1; i < spans.length; i++) {
          expect(daysBetween((spans[i - 1] as Period).end, (spans[i] as Period).start)).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
