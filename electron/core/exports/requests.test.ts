// exports.requests and exports.dispatchHistory read back as other software reads them.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openTestCore, type TestCore } from '../../../tests/support/test-core';
import { requestData, seedDispatchData } from '../specialist-dispatch/__tests__/arbitraries';
import { readCsvRows, readWorkbook, readXlsxRows } from './__tests__/read-back';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
  seedDispatchData(t);
  t.ok('specialistDispatch.requests.create', {
    data: requestData({ countryCode: 'ID', requestingGovernment: 'Surabaya City', receivedOn: '2026-05-12' }),
  });
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

describe('exports.requests', () => {
  test('Excel, English: every request the filters keep, in the list’s order, states and window in words', async () => {
    const file = await t.okAsync('exports.requests', {
      format: 'xlsx',
      language: 'en',
      query: { sort: 'reference', dir: 'asc' },
    });
    expect(file.fileName).toMatch(/^dispatch-requests-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = await readXlsxRows(file);
    expect(rows[0]?.slice(0, 4)).toEqual(['Reference', 'Fiscal year', 'Country', 'Counterpart']);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[10], r[11], r[13]])).toEqual([
      ['SD-FY2026-001', 'Philippines', 'Inside', 'Dispatched', 'Suzuki Hiroshi'],
      ['SD-FY2027-001', 'Thailand', 'Inside', 'Received', null],
      ['SD-FY2027-002', 'Vietnam', 'Inside', 'Agreement signed', 'Sato Ken'],
      ['SD-FY2027-003', 'Indonesia', '12 days late', 'Received', null],
    ]);
    expect(rows[2]?.[3]).toBe('Department of Local Administration');
  });

  test('CSV, Japanese, filtered', async () => {
    const rows = readCsvRows(
      await t.okAsync('exports.requests', { format: 'csv', language: 'ja', query: { outsideWindow: true } }),
    );
    expect(rows[0]?.slice(0, 3)).toEqual(['受付番号', '年度', '国']);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[10], r[11]])).toEqual([
      ['SD-FY2027-003', 'インドネシア', '12日遅れ', '受付'],
    ]);
  });
});

describe('exports.dispatchHistory', () => {
  test('Excel: by country × year split by source, by field, and the projects', async () => {
    const sheets = await readWorkbook(await t.okAsync('exports.dispatchHistory', { format: 'xlsx', language: 'en' }));
    expect([...sheets.keys()]).toEqual(['By country and year', 'By field', 'Projects']);
    expect(sheets.get('By country and year')).toEqual([
      ['Country', 'Source', 'FY2026', 'Total'],
      ['Philippines', 'CLAIR reference file', 0, 0],
      ['Philippines', 'Recorded in the app', 1, 1],
      ['Total', 'CLAIR reference file', 0, 0],
      ['Total', 'Recorded in the app', 1, 1],
    ]);
    expect(sheets.get('Projects')?.[1]).toEqual([
      'Recorded in the app',
      2026,
      'Philippines',
      'Iloilo City',
      'Fire and Disaster Prevention',
      'Dispatched',
      'Suzuki Hiroshi',
    ]);
  });

  test('CSV in Japanese: the table asked for', async () => {
    const rows = readCsvRows(
      await t.okAsync('exports.dispatchHistory', { format: 'csv', language: 'ja', table: 'byField' }),
    );
    expect(rows).toEqual([
      ['専門分野', 'CLAIR参考資料', 'アプリの記録', '合計'],
      ['消防・防災', '0', '1', '1'],
      ['合計', '0', '1', '1'],
    ]);
  });
});
