import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, daysBetween } from '../placements/dates';
import { coveredDays } from './periods';

describe('available days', () => {
  const wished = { start: '2026-08-01', end: '2026-08-31' };
  test.each([
    [[], 0],
    [[{ start: '2026-07-01', end: '2026-09-30' }], 31],
    [[{ start: '2026-08-01', end: '2026-08-01' }], 1],
    [[{ start: '2026-07-01', end: '2026-07-31' }], 0],
    [[{ start: '2026-08-25', end: '2026-09-10' }], 7],
    // Overlapping and touching periods are counted once.
    [
      [
        { start: '2026-08-01', end: '2026-08-10' },
        { start: '2026-08-05', end: '2026-08-12' },
        { start: '2026-08-13', end: '2026-08-13' },
      ],
      13,
    ],
    [
      [
        { start: '2026-08-20', end: '2026-08-21' },
        { start: '2026-08-01', end: '2026-08-02' },
      ],
      4,
    ],
  ])('%j covers %i days of August', (periods, days) => {
    expect(coveredDays(periods, wished)).toBe(days);
  });

  test('leap February', () => {
    expect(coveredDays([{ start: '2028-02-01', end: '2028-03-31' }], { start: '2028-02-01', end: '2028-02-29' })).toBe(
      29,
    );
  });
});

describe('coveredDays against a day-by-day count', () => {
  test('any periods', () => {
    const day = fc.integer({ min: 0, max: 90 }).map((n) => addDays('2028-01-15', n));
    const period = fc
      .tuple(day, fc.integer({ min: 0, max: 30 }))
      .map(([start, n]) => ({ start, end: addDays(start, n) }));
    fc.assert(
      fc.property(fc.array(period, { maxLength: 5 }), period, (periods, wished) => {
        let count = 0;
        for (let d = wished.start; d <= wished.end; d = addDays(d, 1)) {
          if (periods.some((p) => p.start <= d && d <= p.end)) count++;
        }
        expect(coveredDays(periods, wished)).toBe(count);
        expect(count).toBeLessThanOrEqual(daysBetween(wished.start, wished.end) + 1);
      }),
    );
  });
});
