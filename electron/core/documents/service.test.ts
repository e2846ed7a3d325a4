// Issuing, reissuing and the register, on real SQLite files; a restore of an older backup included.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Result } from '../../../shared/result';
import { openTestCore, type TestCore, traineeInput } from '../../../tests/support/test-core';
import { JOURNAL_FILE, readJournal } from './journal';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
  t.ok('trainees.create', { data: traineeInput({ fullName: 'Nguyễn Thị Lan', passportNumber: null }), confirm: true });
});
afterEach(() => t.close());

const issue = (addressee = 'Ms Nguyễn Thị Lan', kind: 'acceptance' | 'completionCertificate' = 'acceptance') =>
  t.ok('documents.issue', { kind, record: { type: 'trainee', id: 1 }, addressee, language: 'en' });

describe('documents.issue', () => {
  test('numbers per fiscal year and kind, in both languages, with the record named', () => {
    const first = issue();
    expect(first).toMatchObject({
      kind: 'acceptance',
      fiscalYear: 2026,
      seq: 1,
      numberEn: 'ACC-FY2026-001',
      numberJa: '令8受諾第1号',
      reissue: 0,
      issuedOn: '2026-06-01',
      record: { type: 'trainee', id: 1 },
      missing: false,
    });
    expect(first.recordLabel).toContain('Nguyễn Thị Lan');
    expect(issue().seq).toBe(2);
    // Another kind has its own sequence.
    expect(issue('Ms Lan', 'completionCertificate').numberEn).toBe('CRT-FY2026-001');
  });

  test('many issues at once through the async dispatch get unique, consecutive numbers', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        t.dispatchAsync('documents.issue', {
          kind: 'acceptance',
          record: { type: 'trainee', id: 1 },
          addressee: `Addressee ${i}`,
          language: 'ja',
        }),
      ),
    );
    const seqs = results.map((r) => {
      if (!r.ok) throw new Error(r.error.message);
      return (r as Extract<Result<{ seq: number }>, { ok: true }>).value.seq;
    });
    expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(readJournal(t.dir).map((l) => l.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(t.logged).toEqual([]);
  });

  test('a record that does not exist is refused, and no number is used up', () => {
    const error = t.fail('documents.issue', {
      kind: 'acceptance',
      record: { type: 'trainee', id: 99 },
      addressee: 'Nobody',
      language: 'en',
    });
    expect(error.code).toBe('not_found');
    expect(readJournal(t.dir)).toEqual([]);
    expect(issue().seq).toBe(1);
  });

  test('each issue and reissue is audited', () => {
    const first = issue();
    const again = t.ok('documents.reissue', { id: first.id as number });
    const log = t.ok('audit.list', { entity: 'document' });
    expect(log.map((e) => [e.action, e.entityId])).toEqual([
      ['reissue', String(again.id)],
      ['issue', String(first.id)],
    ]);
  });
});

describe('documents.reissue', () => {
  test('keeps the number, marked as a reissue with its own date; the original row stays', () => {
    const first = issue();
    const again = t.ok('documents.reissue', { id: first.id as number });
    expect(again).toMatchObject({ numberEn: first.numberEn, seq: 1, reissue: 1, addressee: first.addressee });
    expect(again.issuedOn).toBe('2026-06-01');
    const twice = t.ok('documents.reissue', { id: first.id as number });
    expect(twice.reissue).toBe(2);
    const rows = t.ok('documents.register.list', { sort: 'number', dir: 'asc' }).rows;
    expect(rows.map((r) => [r.numberEn, r.reissue])).toEqual([
      ['ACC-FY2026-001', 0],
      ['ACC-FY2026-001', 1],
      ['ACC-FY2026-001', 2],
    ]);
    // A reissue takes no new number.
    expect(issue().seq).toBe(2);
  });
});

describe('documents.register.list', () => {
  test('searches number (either spelling), addressee and record; filters by year and kind; pages', () => {
    issue('Cebu City Hall');
    issue('Ms Lan', 'completionCertificate');
    issue('Hanoi People’s Committee');
    const find = (search: string) => t.ok('documents.register.list', { search }).rows.map((r) => r.numberEn);
    expect(find('cebu')).toEqual(['ACC-FY2026-001']);
    expect(find('CRT-FY2026')).toEqual(['CRT-FY2026-001']);
    expect(find('受諾第2号')).toEqual(['ACC-FY2026-002']);
    expect(find('Nguyễn')).toHaveLength(3);
    expect(t.ok('documents.register.list', { kind: 'acceptance' }).total).toBe(2);
    expect(t.ok('documents.register.list', { fiscalYear: 2025 }).total).toBe(0);
    const page = t.ok('documents.register.list', { pageSize: 2, page: 2, sort: 'addressee', dir: 'asc' });
    expect(page).toMatchObject({ total: 3, page: 2 });
    expect(page.rows.map((r) => r.addressee)).toEqual(['Ms Lan']);
    expect(t.ok('documents.register.facets', {})).toEqual({ fiscalYears: [2026] });
  });
});

describe('after a restore of an older backup', () => {
  test('numbers issued since the backup are never given again, and the register shows them as missing', async () => {
    issue('Before the backup');
    const backup = await t.okAsync('backup.create', {});
    issue('After the backup 1');
    issue('After the backup 2');
    await t.okAsync('backup.restore.apply', { source: { kind: 'backup', id: backup.id }, confirm: true });

    const rows = () => t.ok('documents.register.list', { sort: 'number', dir: 'asc' }).rows;
    expect(rows().map((r) => [r.numberEn, r.missing, r.addressee])).toEqual([
      ['ACC-FY2026-001', false, 'Before the backup'],
      ['ACC-FY2026-002', true, 'After the backup 1'],
      ['ACC-FY2026-003', true, 'After the backup 2'],
    ]);
    expect(rows()[1]).toMatchObject({ id: null, recordLabel: expect.stringContaining('Nguyễn') });

    const next = issue('After the restore');
    expect(next.numberEn).toBe('ACC-FY2026-004');
    expect(t.ok('documents.register.list', { search: 'after the backup 2' }).rows[0]?.missing).toBe(true);
  });

  test('a line cut short by a crash is skipped, and the numbers above it still count', () => {
    issue();
    fs.appendFileSync(path.join(t.dir, JOURNAL_FILE), '{"kind":"acceptance","fiscalYe');
    expect(issue().seq).toBe(2);
    expect(readJournal(t.dir)).toHaveLength(2);
  });
});
