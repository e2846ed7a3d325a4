// exports.trainees through dispatch: the list's rows in the list's order, both languages, both formats,
// read back by exceljs and papaparse; no passport or residence-card numbers; formula-like text inert.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Input } from '../../../shared/contract';
import { openTestCore, type TestCore, traineeInput } from '../../../tests/support/test-core';
import { insertCohort, insertHost, place } from '../placements/__tests__/fixtures';
import { readCsvRows, readWorkbook, readXlsxRows } from './__tests__/read-back';

let t: TestCore;

beforeEach(() => {
  t = openTestCore();
  insertCohort(t.core.db, { fiscalYear: 2026, introStart: '2026-04-01', introEnd: '2026-04-30' });
  const add = (over: Parameters<typeof traineeInput>[0]) =>
    t.ok('trainees.create', { data: traineeInput(over), confirm: true }).trainee;
  add({ fullName: 'Somchai Srisuk', passportNumber: 'AA1111111', residenceCardNumber: 'RC1111111' });
  add({
    fullName: 'Nguyễn Thị Lan',
    familyName: 'Nguyễn',
    givenName: 'Thị Lan',
    nativeName: null,
    katakanaName: 'グエン・ティ・ラン',
    country: 'VN',
    gender: 'female',
    passportNumber: 'BB2222222',
    homeGovernment: '@SUM(A1) City',
    position: '=HYPERLINK("http://example.test","x")',
    department: '-2+3',
    status: 'applicant',
  });
  const aung = add({ fullName: 'Aung', familyName: null, givenName: null, country: 'MM', passportNumber: null });
  add({ fullName: 'Archived Person', country: 'TH', passportNumber: 'CC3333333' });
  t.ok('trainees.archive', { id: 4 });
  const host = insertHost(t.core.db, { nameEn: 'Aobakawa City', fields: [1] });
  place(t, { traineeId: aung.id, hostId: host, start: '2026-05-01', end: '2026-11-30', confirm: true, reason: 'x' });
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

type Query = Input<'exports.trainees'>['query'];
const listRefs = (query: Query) => t.ok('trainees.list', { ...query, pageSize: 500 }).rows.map((r) => r.ref);
const exported = async (format: 'csv' | 'xlsx', language: 'en' | 'ja', query: Query = {}) =>
  await t.okAsync('exports.trainees', { format, language, query });

describe('exports.trainees', () => {
  test('Excel, English: the list’s rows in its order, names in every script, coded values in words', async () => {
    const query: Query = { sort: 'name', dir: 'desc' };
    const file = await exported('xlsx', 'en', query);
    expect(file.fileName).toMatch(/^trainees-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = await readXlsxRows(file);
    expect(rows[0]).toEqual([
      'Reference',
      'Name as in passport',
      'Family name',
      'Given name',
      'Name in native script',
      'Katakana reading',
      'Preferred name',
      'Gender (as in passport)',
      'Date of birth',
      'Country',
      'Home local government',
      'Department',
      'Position',
      'Field of training',
      'Japanese level',
      'Fiscal year of intake',
      'Status',
      'Arrival in Japan',
      'Departure from Japan',
      'Host institutions',
      'Email',
      'Phone',
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(listRefs(query));
    const lan = rows.find((r) => r[1] === 'Nguyễn Thị Lan');
    expect(lan?.slice(1, 10)).toEqual([
      'Nguyễn Thị Lan',
      'Nguyễn',
      'Thị Lan',
      null,
      'グエン・ティ・ラン',
      null,
      'Female',
      '1990-05-12',
      'Vietnam',
    ]);
    expect(lan?.[14]).toBe('JLPT N4');
    expect(lan?.[15]).toBe(2026);
    expect(lan?.[16]).toBe('Applicant');
    const aung = rows.find((r) => r[1] === 'Aung');
    expect(aung?.[19]).toBe('Aobakawa City');
    expect(rows.find((r) => r[1] === 'Somchai Srisuk')?.slice(13, 19)).toEqual([
      'General administration',
      'JLPT N4',
      2026,
      'Accepted',
      '2026-04-10',
      '2026-12-20',
    ]);
  });

  test('never a passport or residence-card number, in either format', async () => {
    const everything: Query = { archived: 'all' };
    const cells = [
      ...(await readXlsxRows(await exported('xlsx', 'ja', everything))).flat(),
      ...readCsvRows(await exported('csv', 'en', everything)).flat(),
    ].map(String);
    for (const secret of ['AA1111111', 'BB2222222', 'CC3333333', 'RC1111111']) {
      expect(cells.filter((c) => c.includes(secret))).toEqual([]);
    }
  });

  test('CSV, Japanese: headings and coded values in Japanese, UTF-8 with a byte-order mark', async () => {
    const rows = readCsvRows(await exported('csv', 'ja'));
    expect(rows[0]?.slice(0, 3)).toEqual(['整理番号', '氏名（パスポート表記）', '姓']);
    expect(rows[0]).toContain('受入団体');
    const somchai = rows.find((r) => r[1] === 'Somchai Srisuk');
    expect(somchai?.[4]).toBe('สมชาย ศรีสุข');
    expect(somchai?.[7]).toBe('男性');
    expect(somchai?.[9]).toBe('タイ');
    expect(somchai?.[13]).toBe('一般行政');
    expect(somchai?.[16]).toBe('受入決定');
    // The host's Japanese name (the fixture makes it "<English name>（日本語）").
    expect(rows.find((r) => r[1] === 'Aung')?.[19]).toBe('Aobakawa City（日本語）');
  });

  test('formula-like text: an apostrophe in CSV, a plain text cell in Excel', async () => {
    const csv = readCsvRows(await exported('csv', 'en')).find((r) => r[1] === 'Nguyễn Thị Lan');
    expect(csv?.slice(10, 13)).toEqual(["'@SUM(A1) City", "'-2+3", '\'=HYPERLINK("http://example.test","x")']);
    const xlsx = (await readXlsxRows(await exported('xlsx', 'en'))).find((r) => r[1] === 'Nguyễn Thị Lan');
    // exceljs gives a formula as an object; these are strings, exactly as typed.
    expect(xlsx?.slice(10, 13)).toEqual(['@SUM(A1) City', '-2+3', '=HYPERLINK("http://example.test","x")']);
  });

  test('the list’s filters: search, country, archived; the archived column only where it can vary', async () => {
    const found = (await readXlsxRows(await exported('xlsx', 'en', { search: 'ng' }))).slice(1).map((r) => r[0]);
    expect(found).toEqual(listRefs({ search: 'ng' }));
    expect(found.length).toBeGreaterThan(0);
    const thai = readCsvRows(await exported('csv', 'en', { country: 'TH', archived: 'all' }));
    expect(thai.slice(1).map((r) => r[1])).toEqual(['Somchai Srisuk', 'Archived Person']);
    expect(thai[0]?.at(-1)).toBe('Archived');
    expect(thai.slice(1).map((r) => r.at(-1))).toEqual(['No', 'Yes']);
    expect(readCsvRows(await exported('csv', 'en'))[0]?.at(-1)).toBe('Phone');
  });

  test('no rows: the headings alone, in both formats', async () => {
    const query: Query = { search: 'nobody by this name' };
    expect(readCsvRows(await exported('csv', 'ja', query))).toHaveLength(1);
    const sheets = await readWorkbook(await exported('xlsx', 'ja', query));
    expect([...sheets.keys()]).toEqual(['研修員']);
    expect(sheets.get('研修員')).toHaveLength(1);
  });

  test('demo records are marked in a column of their own', async () => {
    t.ok('demo.load', { trainees: 3 });
    const rows = readCsvRows(await exported('csv', 'en', { archived: 'all' }));
    expect(rows[0]?.at(-1)).toBe('Demo record (fictional)');
    expect(rows.filter((r) => r.at(-1) === 'Yes')).toHaveLength(3);
  });

  test('a filter the contract refuses writes no file', async () => {
    expect((await t.failAsync('exports.trainees', { format: 'pdf', language: 'en' })).issues?.[0]).toMatchObject({
      path: 'format',
      code: 'invalid_choice',
    });
    expect((await t.failAsync('exports.trainees', { format: 'csv', language: 'en', query: { page: 2 } })).code).toBe(
      'invalid_input',
    );
  });
});
