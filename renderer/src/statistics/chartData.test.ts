import { describe, expect, test } from 'vitest';
import { byCountry, byField, byYear, countryColor } from './chartData';
import type { Statistics } from './queries';

const STATS: Statistics = {
  countryYear: {
    years: [2025, 2026],
    rows: [
      { code: 'KH', nameEn: 'Cambodia', nameJa: 'カンボジア', counts: [0, 2], total: 2 },
      { code: 'TH', nameEn: 'Thailand', nameJa: 'タイ', counts: [1, 1], total: 2 },
    ],
    totals: [1, 3],
    grandTotal: 4,
  },
  byField: [{ fieldId: 1, nameEn: 'General administration', nameJa: '一般行政', count: 4 }],
  byHost: [],
  total: 4,
};

describe('chart data', () => {
  test('by year: one bar per fiscal year, a series per country', () => {
    const { data, series } = byYear(STATS, (fy) => `${fy}年度`, 'ja');
    expect(data).toEqual([
      { year: '2025年度', KH: 0, TH: 1 },
      { year: '2026年度', KH: 2, TH: 1 },
    ]);
    expect(series.map((s) => [s.name, s.label])).toEqual([
      ['KH', 'カンボジア'],
      ['TH', 'タイ'],
    ]);
  });

  test('by country and by field, in the language asked for', () => {
    expect(byCountry(STATS, 'en')).toEqual([
      { name: 'Cambodia', code: 'KH', count: 2 },
      { name: 'Thailand', code: 'TH', count: 2 },
    ]);
    expect(byField(STATS, 'ja')).toEqual([{ name: '一般行政', count: 4 }]);
  });

  test('every country of the list has a colour of its own; others get one of the palette', () => {
    const codes = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN', 'IN'];
    expect(new Set(codes.map(countryColor)).size).toBe(12);
    expect(countryColor('ZZ')).toMatch(/^#[0-9a-f]{6}$/);
    expect(countryColor('ZZ')).toBe(countryColor('ZZ'));
  });
});
