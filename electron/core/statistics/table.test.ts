// The country × fiscal-year table, case by case, with totals computed by hand.
import { describe, expect, test } from 'vitest';
import { countryYearTable, yearsOf } from './table';

const COUNTRIES = [
  { code: 'KH', nameEn: 'Cambodia', nameJa: 'カンボジア' },
  { code: 'ID', nameEn: 'Indonesia', nameJa: 'インドネシア' },
  { code: 'TH', nameEn: 'Thailand', nameJa: 'タイ' },
];

describe('yearsOf', () => {
  test('the range asked for, both ends included', () => {
    expect(yearsOf({ fromYear: 2024, toYear: 2026 }, [2010])).toEqual([2024, 2025, 2026]);
  });
  test('open ends come from the data; gaps between data years are kept', () => {
    expect(yearsOf({}, [2026, 2023])).toEqual([2023, 2024, 2025, 2026]);
    expect(yearsOf({ fromYear: 2025 }, [2023, 2027])).toEqual([2025, 2026, 2027]);
    expect(yearsOf({ toYear: 2024 }, [2023, 2027])).toEqual([2023, 2024]);
  });
  test('no data and no range: no columns; one end only: that year', () => {
    expect(yearsOf({}, [])).toEqual([]);
    expect(yearsOf({ fromYear: 2030 }, [])).toEqual([2030]);
    expect(yearsOf({ toYear: 2020 }, [])).toEqual([2020]);
    expect(yearsOf({ fromYear: 2030 }, [2025])).toEqual([2030]);
  });
});

describe('countryYearTable', () => {
  test('rows in the countries’ order, only those with trainees; row, column and grand totals', () => {
    const table = countryYearTable(
      [
        { country: 'TH', fiscalYear: 2024, count: 2 },
        { country: 'TH', fiscalYear: 2026, count: 1 },
        { country: 'KH', fiscalYear: 2025, count: 3 },
        // Two groups of one cell (the service groups by field too) add up.
        { country: 'KH', fiscalYear: 2025, count: 1 },
      ],
      COUNTRIES,
      [2024, 2025, 2026],
    );
    expect(table).toEqual({
      years: [2024, 2025, 2026],
      rows: [
        { code: 'KH', nameEn: 'Cambodia', nameJa: 'カンボジア', counts: [0, 4, 0], total: 4 },
        { code: 'TH', nameEn: 'Thailand', nameJa: 'タイ', counts: [2, 0, 1], total: 3 },
      ],
      totals: [2, 4, 1],
      grandTotal: 7,
    });
  });

  test('a country not in the list comes last under its code; counts outside the years are left out', () => {
    const table = countryYearTable(
      [
        { country: 'ZZ', fiscalYear: 2025, count: 1 },
        { country: 'ID', fiscalYear: 2025, count: 2 },
        { country: 'ID', fiscalYear: 2019, count: 5 },
      ],
      COUNTRIES,
      [2025],
    );
    expect(table.rows.map((r) => [r.code, r.nameEn, r.total])).toEqual([
      ['ID', 'Indonesia', 2],
      ['ZZ', 'ZZ', 1],
    ]);
    expect(table.grandTotal).toBe(3);
  });

  test('nothing to count: no rows, zero totals', () => {
    expect(countryYearTable([], COUNTRIES, [2025, 2026])).toEqual({
      years: [2025, 2026],
      rows: [],
      totals: [0, 0],
      grandTotal: 0,
    });
  });
});
