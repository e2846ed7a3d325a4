// Importing hosts from real CSV and XLSX files (the XLSX made by exceljs): every row is reported with
// its problems, the preview writes nothing, and the commit creates exactly what the person accepted —
// all of it or, on any refusal, nothing.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ImportPreview } from '../../../shared/hosts/import-schema';
import type { TextEncoding } from '../../../shared/text/encodings';
import { count, openTestCore, snapshot, type TestCore } from '../../../tests/support/test-core';
import { csvFile, hostData } from './__tests__/arbitraries';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
  t.ok('hosts.create', { data: hostData({ nameEn: 'Sapporo City', nameJa: '札幌市', prefecture: 1 }) });
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const HEADER = ['name_en', 'name_ja', 'kind', 'prefecture', 'capacity', 'fields', 'contact_name', 'contact_email'];
// One good row and one row for each kind of problem, with the line each lands on.
const ROWS: [line: number, cells: string[]][] = [
  [2, ['Aobakawa City', '青葉川市', 'city', 'Kagawa', '2', 'Environment; 観光', '佐藤 由紀', 'yuki@city.example']],
  [3, ['', '名無し町', 'town', '香川県', '1', '', '', '']], // missing English name
  [4, ['Nowhere Town', '何処町', 'town', 'Atlantis', '1', '', '', '']], // unknown prefecture
  [5, ['Field Town', '分野町', 'town', '37', '1', 'Astrology', '', '']], // unknown field
  [6, ['Big City', '大市', 'city', 'Kagawa', 'lots', '', '', '']], // bad capacity
  [7, ['Mail Town', '郵便町', 'town', 'Kagawa', '1', '', 'Tanaka', 'tanaka@@example']], // bad e-mail
  [8, ['Sapporo City', 'さっぽろ市', 'city', 'Hokkaido', '3', '', '', '']], // duplicate of an existing host
  [9, ['AOBAKAWA  city', '青葉川市役所', 'city', 'Kagawa-ken', '1', '', '', '']], // duplicate of line 2
  [10, ['', '', '', '', '', '', '', '']], // blank
  [11, ['County X', '郡X', 'county', 'Kagawa', '1', '', '', '']], // unknown kind
];
const EXPECTED: Record<number, string[]> = {
  2: [],
  3: ['missing_name'],
  4: ['unknown_prefecture'],
  5: ['unknown_field'],
  6: ['invalid_capacity'],
  7: ['invalid_email'],
  8: ['duplicate_host'],
  9: ['duplicate_row'],
  10: ['blank_row'],
  11: ['unknown_kind'],
};

const file = (format: 'csv' | 'xlsx', bytes: Buffer) => ({
  fileName: `hosts.${format}`,
  format,
  data: bytes.toString('base64'),
});

function previewWritesNothing(input: ReturnType<typeof file> & { encoding?: TextEncoding }): ImportPreview {
  const before = snapshot(t.core);
  const preview = t.ok('hosts.import.preview', input);
  expect(snapshot(t.core)).toEqual(before);
  return preview;
}

function expectEveryProblem(preview: ImportPreview) {
  expect(preview.rows.map((r) => r.line)).toEqual(ROWS.map(([line]) => line));
  const codes = Object.fromEntries(preview.rows.map((r) => [r.line, r.problems.map((p) => p.code)]));
  expect(codes).toEqual(EXPECTED);
  const byLine = new Map(preview.rows.map((r) => [r.line, r]));
  expect(byLine.get(2)).toMatchObject({
    action: 'create',
    host: {
      nameEn: 'Aobakawa City',
      prefecture: 37,
      capacity: 2,
      fieldIds: [2, 5],
      contacts: [{ name: '佐藤 由紀', email: 'yuki@city.example' }],
    },
  });
  expect(byLine.get(3)?.problems[0]).toMatchObject({ column: 'nameEn', severity: 'error' });
  expect(byLine.get(4)?.problems[0]).toMatchObject({ column: 'prefecture', params: { value: 'Atlantis' } });
  expect(byLine.get(5)?.problems[0]).toMatchObject({ column: 'fields', params: { value: 'Astrology' } });
  expect(byLine.get(7)?.problems[0]).toMatchObject({ column: 'contactEmail' });
  expect(byLine.get(8)).toMatchObject({
    action: 'skip',
    duplicateOf: { id: 1, nameEn: 'Sapporo City', nameJa: '札幌市' },
    problems: [{ severity: 'warning' }],
  });
  expect(byLine.get(8)?.host).not.toBeNull();
  expect(byLine.get(9)?.problems[0]).toMatchObject({ severity: 'warning', params: { line: 2 } });
  for (const line of [3, 4, 5, 6, 7, 10, 11]) expect(byLine.get(line)).toMatchObject({ host: null, action: 'skip' });
  expect(preview.counts).toEqual({ rows: 10, create: 1, skip: 9, errors: 6, duplicates: 2, blank: 1 });
}

describe('preview', () => {
  test('a CSV file: every row reported with its problems, nothing written', () => {
    const preview = previewWritesNothing(file('csv', csvFile([HEADER, ...ROWS.map(([, cells]) => cells)])));
    expectEveryProblem(preview);
    expect(preview.problems).toEqual([]);
    expect(preview.columns.map((c) => c.key)).toEqual([
      'nameEn',
      'nameJa',
      'kind',
      'prefecture',
      'capacity',
      'fields',
      'contactName',
      'contactEmail',
    ]);
  });

  test('a CSV file with a byte-order mark, semicolons, Japanese headers and a truly empty line', () => {
    const ja = [
      '名称（英語）',
      '名称（日本語）',
      '種別',
      '都道府県',
      '受入可能人数',
      '研修分野',
      '担当者氏名',
      'メールアドレス',
    ];
    const text = csvFile([ja, ...ROWS.map(([, cells]) => cells)], { delimiter: ';', bom: true })
      .toString('utf8')
      .replace('\r\n;;;;;;;\r\n', '\r\n\r\n');
    expect(text).toContain('\r\n\r\n');
    const preview = previewWritesNothing(file('csv', Buffer.from(text, 'utf8')));
    expect(preview.columns.every((c) => c.key !== null)).toBe(true);
    expectEveryProblem(preview);
  });

  test('an XLSX file made by exceljs: the same rows, the same problems', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Hosts');
    ws.addRow([
      'Name (English)',
      'Name (Japanese)',
      'Kind',
      'Prefecture',
      'Capacity',
      'Fields',
      'Contact name',
      'Contact e-mail',
    ]);
    for (const [line, cells] of ROWS) {
      if (cells.every((c) => c === '')) continue; // an empty row is simply absent in a sheet
      ws.getRow(line).values = cells.map((c, i) => (i === 4 && /^\d+$/.test(c) ? Number(c) : c));
    }
    const preview = previewWritesNothing(file('xlsx', Buffer.from(await wb.xlsx.writeBuffer())));
    expectEveryProblem(preview);
  });

  test('bytes in Shift_JIS are read as Shift_JIS, the encoding named, the Japanese name intact', () => {
    // 札幌市 in Shift_JIS.
    const sjis = Buffer.from([0x8e, 0x44, 0x96, 0x79, 0x8e, 0x73]);
    const bytes = Buffer.concat([
      Buffer.from('name_en,name_ja,kind,prefecture,capacity\r\nSapporo2,'),
      sjis,
      Buffer.from(',city,1,1\r\n'),
    ]);
    const preview = previewWritesNothing(file('csv', bytes));
    expect(preview.encoding).toBe('shift_jis');
    expect(preview.problems).toEqual([]);
    expect(preview.rows).toHaveLength(1);
    // Read intact, it is even recognised as the Sapporo already in the directory.
    expect(preview.rows[0]).toMatchObject({ line: 2, values: ['Sapporo2', '札幌市', 'city', '1', '1'] });
    expect(preview.rows[0]?.problems.map((p) => p.code)).toEqual(['duplicate_host']);
  });

  test('an encoding that does not read the file cleanly is refused with its line, and nothing is imported', () => {
    const sjis = Buffer.from([0x8e, 0x44, 0x96, 0x79, 0x8e, 0x73]);
    const bytes = Buffer.concat([
      Buffer.from('name_en,name_ja,kind,prefecture,capacity\r\nSapporo2,'),
      sjis,
      Buffer.from(',city,1,1\r\n'),
    ]);
    const preview = previewWritesNothing({ ...file('csv', bytes), encoding: 'utf-8' });
    expect(preview.encoding).toBe('utf-8');
    expect(preview.encodings[0]).toBe('shift_jis');
    expect(preview.problems).toEqual([
      { column: null, code: 'undecodable', severity: 'error', params: { encoding: 'utf-8', line: 2 } },
    ]);
    expect(preview.rows).toEqual([]);
    const before = snapshot(t.core);
    const refused = t.fail('hosts.import.commit', { ...file('csv', bytes), encoding: 'utf-8', decisions: [] });
    expect(refused.issues?.[0]).toMatchObject({ path: 'data', code: 'undecodable', params: { line: 2 } });
    expect(snapshot(t.core)).toEqual(before);
  });

  test('unknown and missing columns, extra cells and an unclosed quote are shown, not dropped', () => {
    const text =
      'name_en,name_ja,kind,prefecture,favourite colour\n' +
      'Alpha Town,アルファ町,town,1,blue\n' +
      'Beta Town,ベータ町,town,1,red,surplus\n' +
      '"Gamma Town,ガンマ町,town,1,green\n' +
      'Delta Town,デルタ町,town,1,pink\n';
    const preview = previewWritesNothing(file('csv', Buffer.from(text)));
    expect(preview.problems.map((p) => [p.code, p.severity])).toEqual([
      ['unknown_column', 'warning'],
      ['missing_column', 'error'],
    ]);
    expect(preview.problems[0]?.params).toEqual({ header: 'favourite colour', column: 5 });
    const codes = preview.rows.map((r) => [r.line, r.problems.map((p) => p.code)]);
    expect(codes).toEqual([
      [2, ['required']],
      [3, ['extra_cells', 'required']],
      // The quote is never closed, so the rest of the file is this row's first cell — still shown.
      [4, ['unclosed_quote', 'missing_name', 'required', 'required', 'required']],
    ]);
    expect(preview.rows[2]?.values[0]).toContain('Delta Town');
  });

  test('an empty file and a broken workbook say so', () => {
    expect(previewWritesNothing(file('csv', Buffer.alloc(0))).problems.map((p) => p.code)).toEqual(['empty_file']);
    const broken = previewWritesNothing(file('xlsx', Buffer.from('not a zip')));
    expect(broken.problems.map((p) => p.code)).toEqual(['unreadable_xlsx']);
    expect(broken.rows).toEqual([]);
  });

  test('a workbook with a cell beyond column 200 says so rather than reading a partial sheet', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Hosts');
    ws.addRow(['name_en', 'name_ja']);
    ws.getCell(2, 300).value = 'far away';
    const preview = previewWritesNothing(file('xlsx', Buffer.from(await wb.xlsx.writeBuffer())));
    expect(preview.problems).toEqual([
      { column: null, code: 'too_many_columns', severity: 'error', params: { max: 200 } },
    ]);
  });

  test('a file over 5 MB is refused', () => {
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 0x41);
    expect(t.fail('hosts.import.preview', file('csv', big)).code).toBe('invalid_input');
  });
});

describe('commit', () => {
  const csv = () => file('csv', csvFile([HEADER, ...ROWS.map(([, cells]) => cells)]));
  const proposed = (preview: ImportPreview) => preview.rows.map((r) => ({ line: r.line, action: r.action }));

  test('creates the accepted rows in one go with one audit entry, and reports the skipped ones', () => {
    const preview = t.ok('hosts.import.preview', csv());
    const audits = count(t.core, 'audit_log');
    // The person also accepts the in-file duplicate (line 9), which is allowed: it is only a warning.
    const decisions = proposed(preview).map((d) => (d.line === 9 ? { ...d, action: 'create' as const } : d));
    const result = t.ok('hosts.import.commit', { ...csv(), decisions });
    expect(result.created).toBe(2);
    expect(result.skipped).toEqual([
      { line: 3, reason: 'missing_name' },
      { line: 4, reason: 'unknown_prefecture' },
      { line: 5, reason: 'unknown_field' },
      { line: 6, reason: 'invalid_capacity' },
      { line: 7, reason: 'invalid_email' },
      { line: 8, reason: 'duplicate_host' },
      { line: 10, reason: 'blank_row' },
      { line: 11, reason: 'unknown_kind' },
    ]);
    expect(count(t.core, 'audit_log')).toBe(audits + 1);
    const audit = t.ok('audit.list', { limit: 1 })[0];
    expect(audit).toMatchObject({
      entity: 'host',
      action: 'import',
      after: { count: 2, fileName: 'hosts.csv', format: 'csv', lines: [2, 9], skipped: 8, ids: [2, 3] },
    });
    const created = t.ok('hosts.get', { id: 2 }).host;
    expect(created).toMatchObject({ nameEn: 'Aobakawa City', fieldIds: [2, 5], contacts: [{ name: '佐藤 由紀' }] });
  });

  test('importing the same file again: every row that was created is now a duplicate', () => {
    const preview = t.ok('hosts.import.preview', csv());
    t.ok('hosts.import.commit', { ...csv(), decisions: proposed(preview) });
    const again = t.ok('hosts.import.preview', csv());
    expect(again.rows.find((r) => r.line === 2)).toMatchObject({ action: 'skip', duplicateOf: { id: 2 } });
    expect(again.counts.create).toBe(0);
  });

  test('a missing decision is refused, naming the lines; nothing is written', () => {
    const decisions = proposed(t.ok('hosts.import.preview', csv())).filter((d) => d.line !== 4 && d.line !== 10);
    const before = snapshot(t.core);
    const error = t.fail('hosts.import.commit', { ...csv(), decisions });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([{ path: 'decisions', code: 'missing_decision', params: { lines: '4, 10' } }]);
    expect(error.message).toContain('no decision for line 4, 10');
    expect(snapshot(t.core)).toEqual(before);
  });

  test('"create" for a row with errors is refused, naming the line; so are unknown and repeated lines', () => {
    const decisions = proposed(t.ok('hosts.import.preview', csv())).map((d) =>
      d.line === 6 || d.line === 10 ? { ...d, action: 'create' as const } : d,
    );
    const before = snapshot(t.core);
    const error = t.fail('hosts.import.commit', {
      ...csv(),
      decisions: [...decisions, { line: 99, action: 'skip' }, { line: 2, action: 'skip' }],
    });
    expect(error.issues).toEqual([
      { path: 'decisions', code: 'unknown_line', params: { lines: '99' } },
      { path: 'decisions', code: 'repeated_decision', params: { lines: '2' } },
      { path: 'decisions', code: 'row_has_errors', params: { line: 6, problems: 'invalid_capacity' } },
      { path: 'decisions', code: 'row_has_errors', params: { line: 10, problems: 'blank_row' } },
    ]);
    expect(snapshot(t.core)).toEqual(before);
  });

  test('a failure halfway through leaves nothing behind', () => {
    const rows = [HEADER, ['One Town', '一町', 'town', '1', '1'], ['Boom Town', '爆町', 'town', '1', '1']];
    const input = file('csv', csvFile(rows));
    t.core.db.raw.exec(`CREATE TRIGGER boom BEFORE INSERT ON hosts WHEN NEW.name_en = 'Boom Town'
      BEGIN SELECT RAISE(ABORT, 'boom'); END`);
    const before = snapshot(t.core);
    const decisions = [
      { line: 2, action: 'create' as const },
      { line: 3, action: 'create' as const },
    ];
    expect(t.fail('hosts.import.commit', { ...input, decisions }).code).toBe('conflict');
    expect(snapshot(t.core)).toEqual(before);
  });

  test('a file where the person skips everything creates nothing and writes no audit entry', () => {
    const before = snapshot(t.core);
    const decisions = proposed(t.ok('hosts.import.preview', csv())).map((d) => ({ ...d, action: 'skip' as const }));
    expect(t.ok('hosts.import.commit', { ...csv(), decisions }).created).toBe(0);
    expect(snapshot(t.core)).toEqual(before);
  });
});
