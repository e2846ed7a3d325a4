// Exporting the directory: the same columns the import reads, so an exported file re-imports cleanly
// — in both formats and both languages every row comes back as a duplicate and nothing else.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openTestCore, snapshot, type TestCore } from '../../../tests/support/test-core';
import { hostData } from './__tests__/arbitraries';

let t: TestCore;
beforeEach(() => {
  t = openTestCore({ now: () => new Date(2026, 5, 15, 12) });
  const hosts = [
    hostData(),
    hostData({
      nameEn: 'Niseko Town',
      nameJa: 'ニセコ町',
      kind: 'town',
      prefecture: 1,
      capacity: 0,
      fieldIds: [],
      contacts: [],
      active: false,
    }),
    hostData({
      nameEn: '=HYPERLINK("http://evil.example")',
      nameJa: '+81 協会',
      kind: 'related_organisation',
      prefecture: 13,
      address: "'quoted' address, with a comma",
      notes: 'two\nlines; and "quotes"',
      fieldIds: [1, 3, 6],
      contacts: Array.from({ length: 3 }, (_, i) => ({
        name: `Person ${i + 1}`,
        department: i === 1 ? null : '国際課',
        title: '-',
        email: `p${i + 1}@org.example`,
        phone: '@home',
      })),
    }),
    hostData({ nameEn: 'Setagaya City', nameJa: '世田谷区', kind: 'special_ward', prefecture: 13, capacity: 99 }),
  ];
  // A capacity of 99 (the most the column takes) is unusual: saved as confirmed.
  for (const data of hosts) t.ok('hosts.create', { data, confirm: data.capacity === 99 });
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const CASES = [
  ['csv', 'en'],
  ['csv', 'ja'],
  ['xlsx', 'en'],
  ['xlsx', 'ja'],
] as const;

describe.each(CASES)('%s in %s', (format, language) => {
  test('re-imports as every row a duplicate and nothing else, with the same data', async () => {
    const before = snapshot(t.core);
    const exported = await t.okAsync('hosts.export', { format, language });
    expect(snapshot(t.core)).toEqual(before);
    expect(exported.fileName).toBe(`hosts-${language}-2026-06-15.${format}`);
    const preview = t.ok('hosts.import.preview', { fileName: exported.fileName, format, data: exported.data });
    expect(preview.problems).toEqual([]);
    expect(preview.columns.every((c) => c.key !== null)).toBe(true);
    expect(preview.rows).toHaveLength(4);
    for (const row of preview.rows) {
      expect(row.problems.map((p) => p.code)).toEqual(['duplicate_host']);
      expect(row.action).toBe('skip');
    }
    // Every value survives the trip: what the file would create is what the directory holds.
    const hosts = t
      .ok('hosts.list', { active: 'all', pageSize: 500 })
      .rows.map((r) => t.ok('hosts.get', { id: r.id }).host);
    const stored = hosts.map(({ id: _, isDemo: _d, version: _v, createdAt: _c, updatedAt: _u, ...data }) => data);
    const sortByName = <T extends { nameEn: string }>(list: T[]) =>
      [...list].sort((a, b) => a.nameEn.localeCompare(b.nameEn));
    expect(sortByName(preview.rows.flatMap((r) => (r.host ? [r.host] : [])))).toEqual(sortByName(stored));
    expect(preview.rows.map((r) => r.duplicateOf?.id).sort()).toEqual([1, 2, 3, 4]);
  });
});

test('the CSV starts with a byte-order mark, guards formula-like cells, and numbers extra contacts', async () => {
  const { data, mime } = await t.okAsync('hosts.export', { format: 'csv', language: 'en' });
  expect(mime).toBe('text/csv');
  const bytes = Buffer.from(data, 'base64');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  expect(text).toContain(`"'+81 協会"`);
  const header = text.slice(1, text.indexOf('\r\n'));
  expect(header).toBe(
    'Name (English),Name (Japanese),Kind,Prefecture,Address,Capacity,Fields,' +
      'Contact name,Contact department,Contact title,Contact email,Contact phone,' +
      'Contact 2 name,Contact 2 department,Contact 2 title,Contact 2 email,Contact 2 phone,' +
      'Contact 3 name,Contact 3 department,Contact 3 title,Contact 3 email,Contact 3 phone,Notes,Active',
  );
  expect(text).toContain('Niseko Town,ニセコ町,Town,Hokkaido,香川県青葉川市中央1丁目2-3,0,,');
  expect(text).toContain(',Notes,Active\r\n');
});

test('the XLSX opens in exceljs with Japanese headers, labels and a number for capacity', async () => {
  const { data, mime } = await t.okAsync('hosts.export', { format: 'xlsx', language: 'ja' });
  expect(mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data, 'base64') as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  expect(ws?.name).toBe('受入団体');
  expect(ws?.getRow(1).values).toEqual(
    expect.arrayContaining([
      '名称（英語）',
      '名称（日本語）',
      '種別',
      '都道府県',
      '受入可能人数',
      '研修分野',
      '担当者3メール',
      '有効',
    ]),
  );
  const niseko = ws?.getRow(2);
  expect([
    niseko?.getCell(1).value,
    niseko?.getCell(3).value,
    niseko?.getCell(4).value,
    niseko?.getCell(6).value,
  ]).toEqual(['Niseko Town', '町', '北海道', 0]);
  expect(ws?.getRow(1).getCell(1).value).toBe('名称（英語）');
});

test('demo hosts are left out of the export', async () => {
  t.ok('demo.load', { trainees: 1 });
  const { data } = await t.okAsync('hosts.export', { format: 'csv', language: 'en' });
  const preview = t.ok('hosts.import.preview', { fileName: 'x.csv', format: 'csv', data });
  expect(preview.rows).toHaveLength(4);
});
