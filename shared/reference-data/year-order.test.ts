import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { outOfOrderBlocks, yearBlocks } from './year-order';

const years = (...ys: number[]) => yearBlocks(ys).map((b) => b.year);
const flagged = (...ys: (number | null)[]) => {
  const blocks = yearBlocks(ys);
  return outOfOrderBlocks(blocks).map((i) => blocks[i]);
};

describe('yearBlocks', () => {
  test('consecutive rows of one year make a block; a row without a year splits nothing', () => {
    expect(yearBlocks([2017, 2017, 2016, null, 2016, 2017])).toEqual([
      { year: 2017, rows: [0, 1] },
      { year: 2016, rows: [2, 4] },
      { year: 2017, rows: [5] },
    ]);
    expect(yearBlocks([])).toEqual([]);
  });
});

describe('outOfOrderBlocks', () => {
  test('newest to oldest, gaps allowed: nothing out of order', () => {
    expect(flagged(2017, 2016, 2016, 2014, 2008)).toEqual([]);
    expect(flagged()).toEqual([]);
    expect(years(2011)).toEqual([2011]);
  });

  test('a year printed after an older one, as in CLAIR’s list: the later block, with its rows', () => {
    expect(flagged(2012, 2011, 2011, 2010, 2010, 2011, 2011, 2011, 2008, 2008)).toEqual([
      { year: 2011, rows: [5, 6, 7] },
    ]);
  });

  test('a block far from its place is the one flagged; a swap of neighbours flags the later of the two', () => {
    expect(flagged(2013, 2017, 2016, 2015, 2014)).toEqual([{ year: 2013, rows: [0] }]);
    expect(flagged(2017, 2016, 2014, 2013, 2015)).toEqual([{ year: 2015, rows: [4] }]);
    expect(flagged(2017, 2015, 2016, 2014)).toEqual([{ year: 2016, rows: [2] }]);
  });

  test('property: moving one block of a decreasing list two or more places flags exactly that block', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1990, max: 2030 }), { minLength: 3, maxLength: 20 }),
        fc.nat(),
        fc.nat(),
        (ys, from, to) => {
          const sorted = [...ys].sort((a, b) => b - a);
          const i = from % sorted.length;
          const j = to % sorted.length;
          fc.pre(Math.abs(i - j) >= 2);
          const moved = [...sorted];
          const [year] = moved.splice(i, 1);
          moved.splice(j, 0, year as number);
          const blocks = yearBlocks(moved);
          expect(outOfOrderBlocks(blocks).map((b) => blocks[b]?.year)).toEqual([year]);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('property: what is kept always runs strictly newest to oldest, and any disorder is flagged', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 2000, max: 2012 }), { maxLength: 30 }), (ys) => {
        const blocks = yearBlocks(ys);
        const out = new Set(outOfOrderBlocks(blocks));
        const kept = blocks.filter((_, i) => !out.has(i)).map((b) => b.year);
        expect(kept).toEqual([...kept].sort((a, b) => b - a));
        expect(new Set(kept).size).toBe(kept.length);
        const decreasing = blocks.every((b, i) => i === 0 || b.year < (blocks[i - 1]?.year as number));
        expect(out.size === 0).toBe(decreasing);
      }),
      { numRuns: 500 },
    );
  });
});
