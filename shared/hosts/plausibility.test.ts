// The plausibility rules of a host's numbers, case by case.
import { expect, test } from 'vitest';
import { hostFindings } from './plausibility';

test.each([
  [0, []],
  [2, []],
  [10, []],
  [11, ['capacity_unusual']],
  [99, ['capacity_unusual']],
])('a capacity of %i → %o', (capacity, codes) => {
  expect(hostFindings({ capacity }, { overCapacity: null }).map((f) => f.code)).toEqual(codes);
});

test('a capacity below what the placements already hold names the day and the count', () => {
  expect(hostFindings({ capacity: 1 }, { overCapacity: { day: '2026-07-01', holds: 3 } })).toEqual([
    { kind: 'warn', code: 'capacity_below_placements', params: { capacity: 1, day: '2026-07-01', holds: 3 } },
  ]);
  expect(hostFindings({ capacity: 12 }, { overCapacity: { day: '2026-07-01', holds: 13 } }).map((f) => f.code)).toEqual(
    ['capacity_unusual', 'capacity_below_placements'],
  );
});
