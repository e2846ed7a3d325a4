// exports.documents: the register read back as other software reads it; a merged file names its template.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openTestCore, type TestCore, traineeInput } from '../../../tests/support/test-core';
import { b64, docx } from '../templates/__tests__/docx';
import { readCsvRows, readXlsxRows } from './__tests__/read-back';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
  t.ok('trainees.create', { data: traineeInput({ fullName: 'Aung', passportNumber: null }), confirm: true });
  const issue = (addressee: string, kind: 'acceptance' | 'completionCertificate') =>
    t.ok('documents.issue', { kind, record: { type: 'trainee', id: 1 }, addressee, language: 'ja' });
  const first = issue('ヤンゴン市', 'acceptance');
  issue('Mr Aung', 'completionCertificate');
  t.ok('documents.reissue', { id: first.id as number });
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

describe('exports.documents', () => {
  test('Excel, English: every row in the register’s order, reissues noted', async () => {
    const file = await t.okAsync('exports.documents', {
      format: 'xlsx',
      language: 'en',
      query: { sort: 'number', dir: 'asc' },
    });
    expect(file.fileName).toMatch(/^document-register-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = await readXlsxRows(file);
    expect(rows[0]).toEqual(['Number', 'Date issued', 'Kind', 'Addressee', 'Record', 'Language', 'Issued by', 'Note']);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[3], r[7]])).toEqual([
      ['ACC-FY2026-001', 'Letter of acceptance', 'ヤンゴン市', null],
      ['ACC-FY2026-001', 'Letter of acceptance', 'ヤンゴン市', 'Reissue 1'],
      ['CRT-FY2026-001', 'Certificate of completion', 'Mr Aung', null],
    ]);
  });

  test('CSV, Japanese, filtered by kind', async () => {
    const file = await t.okAsync('exports.documents', {
      format: 'csv',
      language: 'ja',
      query: { kind: 'acceptance', sort: 'number', dir: 'asc' },
    });
    const rows = readCsvRows(file);
    expect(rows[0]?.[0]).toBe('文書番号');
    expect(rows.slice(1).map((r) => [r[0], r[2], r[7]])).toEqual([
      ['令8受諾第1号', '受入決定通知', ''],
      ['令8受諾第1号', '受入決定通知', '再発行 1'],
    ]);
  });

  test('a file merged from a Word template is named with its template, in both languages', async () => {
    const template = t.ok('templates.add', {
      name: '受入通知書',
      fileName: 'a.docx',
      data: b64(docx(['{full_name}'])),
    });
    t.ok('templates.generate', { templateId: template.id, traineeId: 1 });
    const kindOf = async (language: 'en' | 'ja') => {
      const file = await t.okAsync('exports.documents', { format: 'csv', language, query: { kind: 'merge' } });
      return readCsvRows(file)
        .slice(1)
        .map((r) => [r[0], r[2], r[3]]);
    };
    expect(await kindOf('en')).toEqual([['DOC-FY2026-001', 'Office template: 受入通知書', 'Aung']]);
    expect(await kindOf('ja')).toEqual([['令8文書第1号', '事務所テンプレート：受入通知書', 'Aung']]);
  });
});
