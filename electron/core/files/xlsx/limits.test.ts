// Every limit of the XLSX reader at ten times its value: refused with its own code, and the refusal
// comes before (or while, for a zip bomb that lies about its sizes) the file is unpacked.
import { describe, expect, test } from 'vitest';
import { declaredHuge, longCell, lyingBomb, manyColumns, manyEntries, manyRows } from '../__tests__/big-files';
import { MAX_CELL_CHARS, MAX_COLUMNS, READ_LIMITS, readXlsx, XlsxError } from './read';
import { ZIP_LIMITS } from './zip';

const MB = 1024 * 1024;
const IMPORT_ROWS = 10_001;

function refusal(bytes: Uint8Array, limits = READ_LIMITS): XlsxError {
  try {
    readXlsx(bytes, limits);
  } catch (error) {
    if (error instanceof XlsxError) return error;
    throw error;
  }
  throw new Error('the file was read');
}

describe('ten times each limit', () => {
  test('entries: 10,000 where 1,000 are allowed', () => {
    const error = refusal(manyEntries(ZIP_LIMITS.maxEntries * 10));
    expect(error).toMatchObject({ code: 'too_many_entries', params: { max: 1000 } });
  });

  test('declared size: a sheet that says it unpacks to 640 MB is refused without inflating', () => {
    const bytes = declaredHuge(ZIP_LIMITS.maxExpandedBytes * 10);
    const started = performance.now();
    expect(refusal(bytes)).toMatchObject({ code: 'expanded_too_large', params: { max: 64 * MB } });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test('real size: a sheet that says it is small but inflates to 640 MB is stopped where its size was passed', () => {
    const bomb = lyingBomb((ZIP_LIMITS.maxExpandedBytes / MB) * 10);
    expect(bomb.length).toBeLessThan(3 * MB);
    const before = process.resourceUsage().maxRSS * 1024;
    const started = performance.now();
    const error = refusal(bomb);
    expect(error.code).toBe('unreadable_xlsx');
    expect(error.message).toMatch(/inflates to more than the \d+ bytes it declares/);
    expect(performance.now() - started).toBeLessThan(2000);
    // The peak grows by a piece or two of inflated bytes, not by the 640 MB the entry holds.
    expect(process.resourceUsage().maxRSS * 1024 - before).toBeLessThan(128 * MB);
  });

  test('rows: a value in row 100,010 of a sheet that may hold 10,001', () => {
    const error = refusal(manyRows(IMPORT_ROWS * 10 - 1), { ...READ_LIMITS, maxRows: IMPORT_ROWS });
    expect(error).toMatchObject({ code: 'too_many_rows', params: { max: IMPORT_ROWS } });
  });

  test('columns: 2,000 cells in a row where 200 columns are allowed', () => {
    expect(refusal(manyColumns(MAX_COLUMNS * 10))).toMatchObject({ code: 'too_many_columns', params: { max: 200 } });
  });

  test('cell length: 327,670 characters where Excel allows 32,767', () => {
    expect(refusal(longCell(MAX_CELL_CHARS * 10))).toMatchObject({ code: 'cell_too_long', params: { max: 32_767 } });
  });
});

describe('just within the limits', () => {
  test('10,001 rows, 200 columns and a cell of 32,767 characters are read', () => {
    expect(readXlsx(manyRows(IMPORT_ROWS - 1), { ...READ_LIMITS, maxRows: IMPORT_ROWS }).rows.size).toBe(IMPORT_ROWS);
    expect(readXlsx(manyColumns(MAX_COLUMNS)).rows.get(1)).toHaveLength(MAX_COLUMNS);
    expect(readXlsx(longCell(MAX_CELL_CHARS)).rows.get(2)?.[0]).toHaveLength(MAX_CELL_CHARS);
    expect(readXlsx(manyEntries(ZIP_LIMITS.maxEntries - 5)).rows.get(2)).toEqual(['A']);
  });

  test('blank rows below the last allowed one are not a reason to refuse', () => {
    const rows = readXlsx(manyColumns(3), { ...READ_LIMITS, maxRows: 1 }).rows;
    expect(rows.get(1)).toEqual(['c0', 'c1', 'c2']);
  });
});
