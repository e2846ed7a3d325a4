// Attachments through dispatch: stored exactly (with their SHA-256), read back, removed; refused when
// the encoding, size, count or type is wrong, or the entry cannot change; a refusal writes nothing.
import crypto from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_ENTRY } from '../../../shared/progress/schema';
import { JPEG, png, pngBomb } from '../../../tests/support/images';
import { snapshot } from '../../../tests/support/test-core';
import { writeZip } from '../files/xlsx/zip';
import { note, openProgressCore, type Setup } from './__tests__/testing';
import { decodeBase64, fileTypeProblem, zipEntryNames } from './file-type';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
const PNG = png(8, 6);
const html = Buffer.from('<html><script>alert(1)</script></html>');
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const zip = (name: string) => writeZip([{ name, data: Buffer.from('<x/>') }], new Date(2026, 0, 1));

let s: Setup;
let entryId: number;
beforeEach(() => {
  s = openProgressCore();
  entryId = s.t.ok('progress.create', { traineeId: s.traineeId, data: note() }).entry.id;
});
afterEach(() => {
  expect(s.t.logged).toEqual([]);
  s.t.close();
});

const add = (fileName: string, mime: string, bytes: Buffer, id = entryId) => ({
  entryId: id,
  fileName,
  mime,
  data: bytes.toString('base64'),
});

function refused(channel: 'progress.attachments.add' | 'progress.attachments.remove', input: unknown) {
  const before = snapshot(s.t.core);
  const error = s.t.fail(channel, input);
  expect(snapshot(s.t.core)).toEqual(before);
  return error;
}

test('add, list with the entry, get the bytes back, remove; each audited', () => {
  s.t.ok('settings.update', { staffName: 'Tanaka Hanako' });
  const info = s.t.ok('progress.attachments.add', add('Report June.pdf', 'application/pdf', PDF));
  expect(info).toMatchObject({ entryId, fileName: 'Report June.pdf', mime: 'application/pdf', size: PDF.length });
  expect(s.t.ok('progress.get', { id: entryId })).toMatchObject({ attachments: [info], version: 1 });
  expect(s.t.ok('progress.attachments.get', { id: info.id })).toEqual({
    fileName: 'Report June.pdf',
    mime: 'application/pdf',
    data: PDF.toString('base64'),
  });
  const stored = s.t.core.db.get<{ sha256: string; actor: string }>({
    text: 'SELECT sha256, actor FROM progress_attachments WHERE id = ?',
    params: [info.id],
  });
  expect(stored).toEqual({ sha256: crypto.createHash('sha256').update(PDF).digest('hex'), actor: 'Tanaka Hanako' });

  expect(s.t.ok('progress.attachments.remove', { id: info.id })).toEqual(info);
  expect(s.t.ok('progress.get', { id: entryId }).attachments).toEqual([]);
  expect(s.t.fail('progress.attachments.get', { id: info.id }).code).toBe('not_found');
  const trail = s.t.ok('audit.list', { entity: 'progress_entry', entityId: String(entryId), limit: 2 });
  expect(trail.map((a) => a.action)).toEqual(['attachment-remove', 'attachment-add']);
  expect(trail[1]?.after).toMatchObject({ fileName: 'Report June.pdf', size: PDF.length, sha256: stored?.sha256 });
});

test('every allowed type, by name, declared type and content', () => {
  const files: [string, string, Buffer][] = [
    ['a.pdf', 'application/pdf', PDF],
    ['b.PNG', 'image/png', PNG],
    ['c.jpeg', 'image/jpeg', JPEG],
    ['d.jpg', 'image/jpeg', JPEG],
    ['e.txt', 'text/plain', Buffer.from('日本語 ภาษาไทย\nline 2\n')],
    ['f.docx', DOCX_MIME, zip('word/document.xml')],
    ['g.xlsx', XLSX_MIME, zip('xl/workbook.xml')],
  ];
  for (const [name, mime, bytes] of files) {
    expect(s.t.ok('progress.attachments.add', add(name, mime, bytes)).fileName).toBe(name);
  }
});

describe('refusals', () => {
  test.each([
    ['a.exe', 'application/x-msdownload', PDF, 'mime', 'attachment_type_not_allowed'],
    ['a.png', 'application/pdf', PDF, 'fileName', 'attachment_extension_mismatch'],
    ['a', 'application/pdf', PDF, 'fileName', 'attachment_extension_mismatch'],
    ['a.pdf', 'application/pdf', PNG, 'data', 'attachment_type_mismatch'],
    ['a.png', 'image/png', JPEG, 'data', 'attachment_type_mismatch'],
    ['a.jpg', 'image/jpeg', PNG, 'data', 'attachment_type_mismatch'],
    ['a.txt', 'text/plain', Buffer.from([0x61, 0, 0x62]), 'data', 'attachment_type_mismatch'],
    ['a.txt', 'text/plain', Buffer.from([0x61, 0xc3, 0x28]), 'data', 'attachment_type_mismatch'],
    ['a.docx', DOCX_MIME, zip('xl/workbook.xml'), 'data', 'attachment_type_mismatch'],
    ['a.xlsx', XLSX_MIME, zip('word/document.xml'), 'data', 'attachment_type_mismatch'],
    ['a.docx', DOCX_MIME, Buffer.from('PK\x03\x04 not really a zip'), 'data', 'attachment_type_mismatch'],
    ['a.png', 'image/png', Buffer.concat([PNG.subarray(0, 16), html]), 'data', 'attachment_image_broken'],
    ['a.png', 'image/png', Buffer.concat([PNG, html]), 'data', 'attachment_image_broken'],
    ['a.jpg', 'image/jpeg', Buffer.concat([JPEG, html]), 'data', 'attachment_image_broken'],
    ['a.jpg', 'image/jpeg', JPEG.subarray(0, 400), 'data', 'attachment_image_broken'],
    ['a.png', 'image/png', pngBomb(20_000), 'data', 'attachment_image_too_large'],
  ])('%s declared %s', (name, mime, bytes, path, code) => {
    expect(refused('progress.attachments.add', add(name, mime, bytes))).toMatchObject({
      code: 'invalid_input',
      issues: [{ path, code, params: { name } }],
    });
  });

  test('base64 that is not canonical', () => {
    for (const data of ['JVBERi0', 'JVBERi0=x', 'JVBERi1=']) {
      const error = refused('progress.attachments.add', { entryId, fileName: 'a.pdf', mime: 'application/pdf', data });
      expect(error.code).toBe('invalid_input');
    }
    expect(decodeBase64('JVBERi0x')?.toString()).toBe('%PDF-1');
    expect(decodeBase64('JVBERi1=')).toBeNull();
    expect(decodeBase64('')?.length).toBe(0);
  });

  test('larger than 5 MB', () => {
    const big = Buffer.alloc(ATTACHMENT_MAX_BYTES + 1, 0x20);
    PDF.copy(big);
    expect(refused('progress.attachments.add', add('big.pdf', 'application/pdf', big))).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'data', code: 'attachment_too_large', params: { max: ATTACHMENT_MAX_BYTES, name: 'big.pdf' } }],
    });
    const limit = big.subarray(0, ATTACHMENT_MAX_BYTES);
    expect(s.t.ok('progress.attachments.add', add('limit.pdf', 'application/pdf', limit)).size).toBe(
      ATTACHMENT_MAX_BYTES,
    );
  });

  test('more than ten on one entry', () => {
    for (let i = 0; i < ATTACHMENTS_PER_ENTRY; i++)
      s.t.ok('progress.attachments.add', add(`${i}.png`, 'image/png', PNG));
    expect(refused('progress.attachments.add', add('11.png', 'image/png', PNG))).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'entryId', code: 'too_many_attachments', params: { max: 10 } }],
    });
  });

  test('a missing or deleted entry, an archived trainee', () => {
    expect(refused('progress.attachments.add', add('a.pdf', 'application/pdf', PDF, 999)).code).toBe('not_found');
    const info = s.t.ok('progress.attachments.add', add('a.pdf', 'application/pdf', PDF));
    s.t.ok('progress.delete', { id: entryId, version: 1 });
    const deleted = { code: 'conflict', issues: [{ code: 'entry_deleted' }] };
    expect(refused('progress.attachments.add', add('b.pdf', 'application/pdf', PDF))).toMatchObject(deleted);
    expect(refused('progress.attachments.remove', { id: info.id })).toMatchObject(deleted);
    // A deleted entry's files can still be read.
    expect(s.t.ok('progress.attachments.get', { id: info.id }).fileName).toBe('a.pdf');
    s.t.ok('progress.restore', { id: entryId, version: 2 });
    s.t.ok('trainees.archive', { id: s.traineeId });
    const archived = { code: 'conflict', issues: [{ code: 'trainee_archived' }] };
    expect(refused('progress.attachments.add', add('b.pdf', 'application/pdf', PDF))).toMatchObject(archived);
    expect(refused('progress.attachments.remove', { id: info.id })).toMatchObject(archived);
    expect(refused('progress.attachments.remove', { id: 999 }).code).toBe('not_found');
  });
});

test('zipEntryNames reads the central directory, and nothing else', () => {
  expect(
    zipEntryNames(
      writeZip(
        [
          { name: '[Content_Types].xml', data: Buffer.from('x') },
          { name: 'word/document.xml', data: Buffer.from('y') },
        ],
        new Date(2026, 0, 1),
      ),
    ),
  ).toEqual(['[Content_Types].xml', 'word/document.xml']);
  expect(zipEntryNames(PDF)).toBeNull();
  const truncated = zip('word/document.xml');
  expect(zipEntryNames(truncated.subarray(0, truncated.length - 30))).toBeNull();
  expect(fileTypeProblem('x.txt', 'text/plain', Buffer.from('\uFEFFplain', 'utf8'))).toBeNull();
});
