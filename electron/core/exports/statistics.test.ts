// exports.statistics: Excel with one sheet per table (totals in bold), CSV of the table asked for,
// headings in either language, read back by exceljs and papaparse.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openTestCore, type TestCore } from '../../../tests/support/test-core';
import { addTrainee, insertCohort, insertHost, place } from '../placements/__tests__/fixtures';
import { readCsvRows, readWorkbook } from './__tests__/read-back';

let t: TestCore;

beforeEach(() => {
  t = openTestCore();
  insertCohort(t.core.db, { fiscalYear: 2026, introStart: '2026-04-01', introEnd: '2026-04-30' });
  addTrainee(t, { country: 'TH', fiscalYear: 2025, fieldId: 2, arrivalDate: '2025-04-10', departureDate: null });
  const th = addTrainee(t, { country: 'TH', fiscalYear: 2026, fieldId: 1 });
  addTrainee(t, { country: 'KH', fiscalYear: 2026, fieldId: 1 });
  addTrainee(t, { country: 'KH', fiscalYear: 2026, status: 'applicant' });
  const host = insertHost(t.core.db, { nameEn: 'Aobakawa City', prefecture: 37 });
  place(t, { traineeId: th, hostId: host, start: '2026-05-01', end: '2026-11-30', confirm: true, reason: 'x' });
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

describe('exports.statistics', () => {
  test('Excel, English: three sheets, the country × year table with its totals', async () => {
    const file = await t.okAsync('exports.statistics', { format: 'xlsx', language: 'en' });
    expect(file.fileName).toMatch(/^statistics-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheets = await readWorkbook(file);
    expect([...sheets.keys()]).toEqual(['By country and year', 'By field', 'By host']);
    expect(sheets.get('By country and year')).toEqual([
      ['Country', 'FY2025', 'FY2026', 'Total'],
      ['Cambodia', 0, 1, 1],
      ['Thailand', 1, 1, 2],
      ['Total', 1, 2, 3],
    ]);
    expect(sheets.get('By field')).toEqual([
      ['Field of training', 'Trainees'],
      ['General administration', 2],
      ['Environment', 1],
      ['Total', 3],
    ]);
    expect(sheets.get('By host')).toEqual([
      ['Name (English)', 'Name (Japanese)', 'Prefecture', 'Trainees'],
      ['Aobakawa City', 'Aobakawa City（日本語）', 'Kagawa', 1],
    ]);
  });

  test('the totals row is bold, like the headings', async () => {
    const file = await t.okAsync('exports.statistics', { format: 'xlsx', language: 'en' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.data, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.getCell('A1').font?.bold).toBe(true);
    expect(ws?.getCell('A4').font?.bold).toBe(true);
    expect(ws?.getCell('D4').font?.bold).toBe(true);
    expect(ws?.getCell('A3').font?.bold).toBeFalsy();
  });

  test('Japanese: sheet names, headings, fiscal years and names in Japanese', async () => {
    const sheets = await readWorkbook(await t.okAsync('exports.statistics', { format: 'xlsx', language: 'ja' }));
    expect([...sheets.keys()]).toEqual(['国別・年度別', '分野別', '受入団体別']);
    expect(sheets.get('国別・年度別')?.[0]).toEqual(['国', '2025年度', '2026年度', '合計']);
    expect(sheets.get('国別・年度別')?.[1]?.[0]).toBe('カンボジア');
    expect(sheets.get('分野別')?.[1]).toEqual(['一般行政', 2]);
    expect(sheets.get('受入団体別')?.[1]?.[2]).toBe('香川県');
  });

  test('CSV: the one table asked for, with the year range', async () => {
    const csv = await t.okAsync('exports.statistics', {
      format: 'csv',
      language: 'ja',
      table: 'byField',
      query: { fromYear: 2026 },
    });
    expect(csv.fileName).toMatch(/^statistics-field-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(readCsvRows(csv)).toEqual([
      ['研修分野', '研修員数'],
      ['一般行政', '2'],
      ['合計', '2'],
    ]);
    const table = readCsvRows(await t.okAsync('exports.statistics', { format: 'csv', language: 'en' }));
    expect(table[0]).toEqual(['Country', 'FY2025', 'FY2026', 'Total']);
    expect(table.at(-1)).toEqual(['Total', '1', '2', '3']);
  });

  test('nothing in the range: headings and a zero total', async () => {
    const query = { fromYear: 2030, toYear: 2030 };
    const sheets = await readWorkbook(await t.okAsync('exports.statistics', { format: 'xlsx', language: 'en', query }));
    expect(sheets.get('By country and year')).toEqual([
      ['Country', 'FY2030', 'Total'],
      ['Total', 0, 0],
    ]);
    expect(sheets.get('By host')).toEqual([['Name (English)', 'Name (Japanese)', 'Prefecture', 'Trainees']]);
    expect(
      readCsvRows(await t.okAsync('exports.statistics', { format: 'csv', language: 'en', table: 'byHost', query })),
    ).toEqual([['Name (English)', 'Name (Japanese)', 'Prefecture', 'Trainees']]);
  });
});
