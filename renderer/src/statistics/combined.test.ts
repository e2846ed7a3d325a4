// The combined table's cells and words: where a figure comes from, "?" for a lost year, the unplaced
// figures by country, the printed grand total against its rows, column groups for print.
import { describe, expect, test } from 'vitest';
import type { CombinedCountryYear } from '../../../shared/reference-data/import-schema';
import { cellParts, columnGroups, columnLabel, grandTotalMismatch, unplacedByCountry } from './combined';

describe('cellParts', () => {
  test('the printed figure, then the app figure, then "?"; a cell with nothing reads 0', () => {
    expect(cellParts({ reference: 45, app: 0, uncertain: false })).toEqual([{ kind: 'reference', value: 45 }]);
    expect(cellParts({ reference: null, app: 2, uncertain: true })).toEqual([
      { kind: 'app', value: 2 },
      { kind: 'uncertain' },
    ]);
    expect(cellParts({ reference: 3, app: 1, uncertain: false })).toEqual([
      { kind: 'reference', value: 3 },
      { kind: 'app', value: 1 },
    ]);
    expect(cellParts({ reference: null, app: 0, uncertain: false })).toEqual([{ kind: 'zero' }]);
    // A printed 0 is a figure, not an empty cell.
    expect(cellParts({ reference: 0, app: 0, uncertain: false })).toEqual([{ kind: 'reference', value: 0 }]);
  });
});

test('column labels: the printed range as a range, years as fiscal years', () => {
  expect(columnLabel({ label: '1996-2010', from: 1996, to: 2010 }, 'en')).toBe('1996–2010');
  expect(columnLabel({ label: '2011', from: 2011, to: 2011 }, 'en')).toBe('FY2011');
  expect(columnLabel({ label: '2011', from: 2011, to: 2011 }, 'ja')).toBe('2011年度');
});

test('unplaced figures by country, in order', () => {
  const u = (country: string, index: number) => ({ country, line: 1, index, value: 1, candidates: ['2011'] });
  expect(
    unplacedByCountry([u('Thailand', 0), u('Laos', 0), u('Thailand', 1)]).map((g) => [g.country, g.figures.length]),
  ).toEqual([
    ['Thailand', 2],
    ['Laos', 1],
  ]);
});

test('the grand total: 233 printed against rows adding up to 234; none when they agree or nothing is printed', () => {
  const data = (reference: number | null, sum: number | null) =>
    ({ grandTotal: { reference, app: 0, uncertain: false }, referenceRowTotalsSum: sum }) as CombinedCountryYear;
  expect(grandTotalMismatch(data(233, 234))).toEqual({ printed: 233, sum: 234 });
  expect(grandTotalMismatch(data(234, 234))).toBeNull();
  expect(grandTotalMismatch(data(null, null))).toBeNull();
});

test('column groups for print', () => {
  expect(columnGroups(14, 11)).toEqual([
    { start: 0, end: 11 },
    { start: 11, end: 14 },
  ]);
  expect(columnGroups(0, 11)).toEqual([{ start: 0, end: 0 }]);
});
