// referenceData.statistics.combined case by case: the printed table as stored beside the trainees recorded in the
// app; a printed figure only where the table lets one know it.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { CombinedCountryYear } from '../../../shared/reference-data/import-schema';
import { openTestCore, type TestCore, traineeInput } from '../../../tests/support/test-core';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.close());

const importTable = () => t.ok('referenceData.import', { files: ['accepted_trainees'] });
const row = (table: CombinedCountryYear, code: string) => table.rows.find((r) => r.code === code);
const refs = (cells: { reference: number | null; uncertain: boolean }[]) =>
  cells.map((c) => (c.uncertain ? '?' : c.reference));
const addTrainee = (country: string, fiscalYear: number, status: 'accepted' | 'applicant' = 'accepted') =>
  t.ok('trainees.create', {
    data: traineeInput({ country, fiscalYear, status, passportNumber: null }),
    confirm: true,
  });

describe('before the table is imported', () => {
  test('the app alone: every printed figure null, nothing uncertain', () => {
    addTrainee('MY', 2015);
    const table = t.ok('referenceData.statistics.combined', {});
    expect(table).toMatchObject({ referenceImported: false, referenceRowTotalsSum: null, contradictions: [] });
    expect(table.columns).toEqual([{ label: '2015', from: 2015, to: 2015 }]);
    expect(table.rows).toEqual([
      expect.objectContaining({ code: 'MY', cells: [{ reference: null, app: 1, uncertain: false }] }),
    ]);
  });
});

describe('the printed table', () => {
  test('the range column, then each year; the Total row per year is certain; 234 beside 233', () => {
    importTable();
    const table = t.ok('referenceData.statistics.combined', {});
    expect(table.referenceImported).toBe(true);
    expect(table.columns.map((c) => c.label)).toEqual([
      '1996-2010',
      '2011',
      '2012',
      '2013',
      '2014',
      '2015',
      '2016',
      '2017',
    ]);
    expect(table.columns[0]).toEqual({ label: '1996-2010', from: 1996, to: 2010 });
    expect(refs(table.totals)).toEqual([193, 3, 7, 6, 8, 2, 8, 6]);
    expect(table.grandTotal).toEqual({ reference: 233, app: 0, uncertain: false });
    expect(table.referenceRowTotalsSum).toBe(234);
    expect(table.contradictions.map((f) => f.code)).toEqual([
      'trainee_row_sum_mismatch',
      'trainee_grand_total_mismatch',
    ]);
    expect(table.unplaced).toHaveLength(25);
  });

  test('Malaysia "22 22": 0 in every year; Thailand "45 1 1 47": its years uncertain, its total printed', () => {
    importTable();
    const table = t.ok('referenceData.statistics.combined', {});
    const malaysia = row(table, 'MY');
    expect(refs(malaysia?.cells ?? [])).toEqual([22, 0, 0, 0, 0, 0, 0, 0]);
    expect(malaysia?.total).toEqual({ reference: 22, app: 0, uncertain: false });
    expect(malaysia?.unplacedSum).toBe(0);
    const thailand = row(table, 'TH');
    expect(refs(thailand?.cells ?? [])).toEqual([45, '?', '?', '?', '?', '?', '?', '?']);
    expect(thailand?.cells[1]).toEqual({ reference: null, app: 0, uncertain: true });
    expect(thailand?.total).toEqual({ reference: 47, app: 0, uncertain: false });
    expect(thailand?.unplacedSum).toBe(2);
    // Cambodia "7 8": nothing between, yet one more in the total: its years are uncertain, and it says why.
    const cambodia = row(table, 'KH');
    expect(refs(cambodia?.cells ?? [])).toEqual([7, '?', '?', '?', '?', '?', '?', '?']);
    expect(cambodia?.contradictions.map((f) => f.code)).toEqual(['trainee_row_sum_mismatch']);
    expect(thailand?.contradictions).toEqual([]);
    // Countries in the printed order of the app's country list; those the table lacks are left out.
    expect(table.rows.map((r) => r.code)).toEqual(['KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'TH', 'VN']);
  });

  test('trainees recorded in the app are counted beside the printed figure, never added into it', () => {
    importTable();
    addTrainee('MY', 2015);
    addTrainee('MY', 2015);
    addTrainee('MY', 2005);
    addTrainee('TH', 2015);
    addTrainee('MY', 2016, 'applicant');
    const table = t.ok('referenceData.statistics.combined', {});
    const malaysia = row(table, 'MY');
    expect(malaysia?.cells[5]).toEqual({ reference: 0, app: 2, uncertain: false });
    expect(malaysia?.cells[0]).toEqual({ reference: 22, app: 1, uncertain: false });
    expect(malaysia?.cells[6]).toEqual({ reference: 0, app: 0, uncertain: false });
    expect(malaysia?.total).toEqual({ reference: 22, app: 3, uncertain: false });
    expect(row(table, 'TH')?.cells[5]).toEqual({ reference: null, app: 1, uncertain: true });
    expect(table.totals[5]).toEqual({ reference: 2, app: 3, uncertain: false });
    expect(table.grandTotal).toEqual({ reference: 233, app: 4, uncertain: false });
  });

  test('years without the range: the country totals are sums where certain, the column totals stay certain', () => {
    importTable();
    const table = t.ok('referenceData.statistics.combined', { fromYear: 2011, toYear: 2017 });
    expect(table.columns.map((c) => c.label)).toEqual(['2011', '2012', '2013', '2014', '2015', '2016', '2017']);
    expect(row(table, 'MY')?.total).toEqual({ reference: 0, app: 0, uncertain: false });
    expect(row(table, 'TH')?.total).toEqual({ reference: null, app: 0, uncertain: true });
    expect(table.grandTotal).toEqual({ reference: 40, app: 0, uncertain: false });
    expect(table.referenceRowTotalsSum).toBeNull();
  });

  test('part of the range asked for: its years are uncertain where the range figure is not 0', () => {
    importTable();
    const table = t.ok('referenceData.statistics.combined', { fromYear: 2009, toYear: 2011 });
    expect(table.columns.map((c) => c.label)).toEqual(['2009', '2010', '2011']);
    expect(refs(row(table, 'MY')?.cells ?? [])).toEqual(['?', '?', 0]);
    expect(refs(table.totals)).toEqual(['?', '?', 3]);
    expect(table.grandTotal).toEqual({ reference: null, app: 0, uncertain: true });
  });

  test('years the table does not cover: no printed figure, nothing uncertain', () => {
    importTable();
    addTrainee('VN', 2024);
    const table = t.ok('referenceData.statistics.combined', { fromYear: 2020, toYear: 2025 });
    expect(table.rows.map((r) => r.code)).toEqual(['VN']);
    expect(row(table, 'VN')?.cells.every((c) => c.reference === null && !c.uncertain)).toBe(true);
    expect(row(table, 'VN')?.total).toEqual({ reference: null, app: 1, uncertain: false });
  });
});
