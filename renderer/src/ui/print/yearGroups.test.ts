import { expect, test } from 'vitest';
import { yearGroups } from './yearGroups';

test('year groups for print: at most the size asked for, as even as can be', () => {
  expect(yearGroups([2020, 2021, 2022], 2)).toEqual([
    { start: 0, years: [2020, 2021] },
    { start: 2, years: [2022] },
  ]);
  const nineteen = Array.from({ length: 19 }, (_, i) => 2008 + i);
  expect(yearGroups(nineteen, 12).map((g) => [g.start, g.years.length])).toEqual([
    [0, 10],
    [10, 9],
  ]);
  expect(yearGroups(nineteen.slice(0, 12), 12)).toHaveLength(1);
  expect(yearGroups([], 12)).toEqual([{ start: 0, years: [] }]);
});
