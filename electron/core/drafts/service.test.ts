// Drafts through dispatch: saved, replaced, read back exactly, discarded; refused whole when too large or
// misnamed; never in the audit log, never a change of the data; kept across a restart.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DRAFT_MAX_BYTES, DRAFT_MAX_DEPTH } from '../../../shared/drafts/schema';
import { openTestCore, snapshot, type TestCore } from '../../../tests/support/test-core';
import { openCore } from '../app';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const auditCount = () => t.core.db.raw.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
const draftCount = () => t.core.db.raw.prepare('SELECT count(*) FROM drafts').pluck().get() as number;

/** A trainee form's values as the renderer keeps them, in several scripts. */
const traineeValues = {
  fullName: 'Somchai Srisuk',
  nativeName: 'สมชาย ศรีสุข',
  katakanaName: 'ソムチャイ・シースック',
  homeGovernment: 'ရန်ကုန်မြို့တော်စည်ပင်သာယာရေးကော်မတီ',
  notes: '日本語の研修メモ 🎌👩🏽‍💻 — “quoted”\nsecond line\ttab',
  fieldId: 3,
  japaneseLevel: 'N4',
  arrivalDate: '2026-04-10',
  confirm: false,
  passportNumber: null,
  emergency: { name: 'Aung Aung', relation: 'brother', phones: ['+95 9 123 456', '+95 1 234 567'] },
  ratings: [
    { criterionId: 1, score: 4.5, comment: 'ดีมาก' },
    { criterionId: 2, score: -1, comment: '' },
  ],
  empty: {},
  list: [],
  big: 2 ** 53 - 1,
  small: 1e-7,
};

describe('save, get and discard', () => {
  test('a saved draft reads back exactly, with when it was saved and the base version', () => {
    expect(t.ok('drafts.get', { form: 'trainee', key: '12' })).toBeNull();
    const { savedAt } = t.ok('drafts.save', { form: 'trainee', key: '12', values: traineeValues, baseVersion: 3 });
    expect(savedAt).toBe('2026-06-01T00:00:01.000Z');
    expect(new Date(savedAt).toISOString()).toBe(savedAt);
    expect(t.ok('drafts.get', { form: 'trainee', key: '12' })).toEqual({
      values: traineeValues,
      savedAt,
      baseVersion: 3,
    });
  });

  test('saving again replaces the draft of the same form and record', () => {
    t.ok('drafts.save', { form: 'trainee', key: 'new', values: { fullName: 'A' }, baseVersion: null });
    const second = t.ok('drafts.save', { form: 'trainee', key: 'new', values: { familyName: 'B' }, baseVersion: null });
    expect(t.ok('drafts.get', { form: 'trainee', key: 'new' })).toEqual({
      values: { familyName: 'B' },
      savedAt: second.savedAt,
      baseVersion: null,
    });
    // A base version set and cleared again.
    t.ok('drafts.save', { form: 'trainee', key: 'new', values: {}, baseVersion: 7 });
    expect(t.ok('drafts.get', { form: 'trainee', key: 'new' })?.baseVersion).toBe(7);
    t.ok('drafts.save', { form: 'trainee', key: 'new', values: {}, baseVersion: null });
    expect(t.ok('drafts.get', { form: 'trainee', key: 'new' })).toMatchObject({ values: {}, baseVersion: null });
    expect(draftCount()).toBe(1);
  });

  test('each form and record has its own draft', () => {
    const refs = [
      { form: 'trainee', key: 'new' },
      { form: 'trainee', key: '12' },
      { form: 'host', key: '12' },
      { form: 'progress-entry', key: '12:new' },
      { form: 'progress-entry', key: '12:5' },
    ];
    for (const [i, ref] of refs.entries()) t.ok('drafts.save', { ...ref, values: { i }, baseVersion: null });
    expect(draftCount()).toBe(refs.length);
    for (const [i, ref] of refs.entries()) expect(t.ok('drafts.get', ref)?.values).toEqual({ i });
    // Keys are compared exactly (no case folding).
    expect(t.ok('drafts.get', { form: 'trainee', key: 'NEW' })).toBeNull();

    expect(t.ok('drafts.discard', { form: 'trainee', key: '12' })).toEqual({ discarded: true });
    expect(t.ok('drafts.get', { form: 'trainee', key: '12' })).toBeNull();
    expect(t.ok('drafts.get', { form: 'host', key: '12' })?.values).toEqual({ i: 2 });
    // Discarding what is not there says so and changes nothing.
    expect(t.ok('drafts.discard', { form: 'trainee', key: '12' })).toEqual({ discarded: false });
    expect(t.ok('drafts.discard', { form: 'cohort', key: 'new' })).toEqual({ discarded: false });
    expect(draftCount()).toBe(refs.length - 1);
  });

  test('values round-trip exactly: nested data, Thai, Japanese, Myanmar, emoji and odd characters', () => {
    const values = {
      ...traineeValues,
      'キー 🔑': { ชื่อ: ['မင်္ဂလာပါ', '🇹🇭🇯🇵🇲🇲', ['deep', { deeper: [null, true, 0] }]] },
      control: '\u0000\u0007\u001f',
      lone: 'a\uD800b\uDFFF',
      bom: '\uFEFFx',
      sql: "'; DROP TABLE drafts; --",
      '': 'empty key',
    };
    t.ok('drafts.save', { form: 'trainee', key: '1', values, baseVersion: 1 });
    expect(t.ok('drafts.get', { form: 'trainee', key: '1' })?.values).toEqual(values);
  });

  test('a property left undefined is left out, as JSON does', () => {
    t.ok('drafts.save', { form: 'host', key: 'new', values: { name: 'Kobe', notes: undefined }, baseVersion: null });
    const values = t.ok('drafts.get', { form: 'host', key: 'new' })?.values;
    expect(values).toEqual({ name: 'Kobe' });
    expect(Object.keys(values ?? {})).toEqual(['name']);
  });

  test('a draft of exactly the size limit is kept', () => {
    // {"a":"…"} is 8 bytes around the text.
    const values = { a: 'x'.repeat(DRAFT_MAX_BYTES - 8) };
    expect(new TextEncoder().encode(JSON.stringify(values)).length).toBe(DRAFT_MAX_BYTES);
    t.ok('drafts.save', { form: 'trainee', key: 'new', values, baseVersion: null });
    expect(t.ok('drafts.get', { form: 'trainee', key: 'new' })?.values).toEqual(values);
  });
});

describe('refused, and nothing written', () => {
  test('values whose JSON text is over 256 KiB (counted in UTF-8 bytes)', () => {
    t.ok('drafts.save', { form: 'trainee', key: 'new', values: { keep: 'me' }, baseVersion: null });
    const before = snapshot(t.core);
    for (const values of [
      { a: 'x'.repeat(DRAFT_MAX_BYTES - 7) },
      // Under the limit in characters, over it in bytes (Thai is three bytes a character).
      { a: 'ก'.repeat(100_000) },
      { rows: Array.from({ length: 30_000 }, (_, i) => ({ i })) },
    ]) {
      const error = t.fail('drafts.save', { form: 'trainee', key: 'new', values, baseVersion: null });
      expect(error.code).toBe('invalid_input');
      expect(error.issues).toEqual([{ path: 'values', code: 'too_large', params: { max: DRAFT_MAX_BYTES } }]);
      expect(snapshot(t.core)).toEqual(before);
    }
    expect(t.ok('drafts.get', { form: 'trainee', key: 'new' })?.values).toEqual({ keep: 'me' });
  });

  test('a shared value reached too often over IPC is too large, without walking it all', () => {
    let node: unknown = { leaf: 1 };
    for (let i = 0; i < 40; i++) node = [node, node];
    const started = performance.now();
    const error = t.fail('drafts.save', { form: 'trainee', key: 'new', values: { node }, baseVersion: null });
    expect(error.issues?.[0]).toMatchObject({ path: 'values', code: 'too_large' });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(draftCount()).toBe(0);
  });

  test('a form or key that is empty, too long or has characters outside its pattern', () => {
    const before = snapshot(t.core);
    const values = { a: 1 };
    const cases: [unknown, unknown, string, string][] = [
      ['', 'new', 'form', 'required'],
      ['Trainee', 'new', 'form', 'invalid_value'],
      ['1trainee', 'new', 'form', 'invalid_value'],
      ['progress_entry', 'new', 'form', 'invalid_value'],
      ['trainee form', 'new', 'form', 'invalid_value'],
      ['トレーニー', 'new', 'form', 'invalid_value'],
      [`a${'b'.repeat(60)}`, 'new', 'form', 'too_long'],
      ['trainee', '', 'key', 'required'],
      ['trainee', '12/new', 'key', 'invalid_value'],
      ['trainee', '12 new', 'key', 'invalid_value'],
      ['trainee', "1' OR 1=1", 'key', 'invalid_value'],
      ['trainee', '新規', 'key', 'invalid_value'],
      ['trainee', 'k'.repeat(61), 'key', 'too_long'],
      ['trainee', 12, 'key', 'invalid_type'],
      [null, 'new', 'form', 'required'],
    ];
    for (const [form, key, path, code] of cases) {
      const error = t.fail('drafts.save', { form, key, values, baseVersion: null });
      expect(error.code).toBe('invalid_input');
      expect(error.issues?.[0]).toMatchObject({ path, code });
      expect(t.fail('drafts.get', { form, key }).issues?.[0]).toMatchObject({ path, code });
      expect(t.fail('drafts.discard', { form, key }).issues?.[0]).toMatchObject({ path, code });
    }
    // The longest names allowed are fine.
    t.ok('drafts.save', {
      form: `a${'-'.repeat(59)}`,
      key: `${'Z'.repeat(30)}:_-${'9'.repeat(27)}`,
      values,
      baseVersion: null,
    });
    expect(draftCount()).toBe(1);
    t.ok('drafts.discard', { form: `a${'-'.repeat(59)}`, key: `${'Z'.repeat(30)}:_-${'9'.repeat(27)}` });
    expect(snapshot(t.core)).toEqual(before);
  });

  test('values that JSON would change, a wrong base version, or an unknown field', () => {
    const before = snapshot(t.core);
    const ref = { form: 'trainee', key: 'new' };
    let deep: unknown = 'bottom';
    for (let i = 0; i < DRAFT_MAX_DEPTH + 1; i++) deep = { deep };
    const refused: [unknown, string, string][] = [
      [{ values: { when: new Date('2026-01-01') }, baseVersion: null }, 'values', 'invalid_value'],
      [{ values: { n: Number.NaN }, baseVersion: null }, 'values', 'invalid_value'],
      [{ values: { n: Number.POSITIVE_INFINITY }, baseVersion: null }, 'values', 'invalid_value'],
      [{ values: { n: 10n }, baseVersion: null }, 'values', 'invalid_value'],
      [{ values: { m: new Map([['a', 1]]) }, baseVersion: null }, 'values', 'invalid_value'],
      [{ values: { list: [1, undefined, 3] }, baseVersion: null }, 'values', 'invalid_value'],
      // biome-ignore lint/suspicious/noSparseArray: a sparse list is the case under test
      [{ values: { list: [1, , 3] }, baseVersion: null }, 'values', 'invalid_value'],
      [{ values: { f: () => 1 }, baseVersion: null }, 'values', 'invalid_value'],
      [{ values: deep as Record<string, unknown>, baseVersion: null }, 'values', 'too_deep'],
      [{ values: [1, 2], baseVersion: null }, 'values', 'invalid_type'],
      [{ values: 'text', baseVersion: null }, 'values', 'invalid_type'],
      [{ values: null, baseVersion: null }, 'values', 'required'],
      [{ baseVersion: null }, 'values', 'required'],
      [{ values: {}, baseVersion: 0 }, 'baseVersion', 'invalid_type'],
      [{ values: {}, baseVersion: -2 }, 'baseVersion', 'invalid_type'],
      [{ values: {}, baseVersion: 1.5 }, 'baseVersion', 'invalid_type'],
      [{ values: {}, baseVersion: '3' }, 'baseVersion', 'invalid_type'],
      [{ values: {} }, 'baseVersion', 'required'],
      [{ values: {}, baseVersion: null, savedAt: 'now' }, '', 'unknown_field'],
    ];
    for (const [rest, path, code] of refused) {
      const error = t.fail('drafts.save', { ...ref, ...(rest as object) });
      expect(
        error.code,
        JSON.stringify(rest, (_k, v) => (typeof v === 'bigint' ? String(v) : v)),
      ).toBe('invalid_input');
      expect(error.issues?.[0]).toMatchObject({ path, code });
    }
    expect(t.fail('drafts.get', { ...ref, values: {} }).issues?.[0]?.code).toBe('unknown_field');
    expect(snapshot(t.core)).toEqual(before);
  });
});

describe('not a record', () => {
  test('no draft call writes to the audit log', () => {
    const entries = auditCount();
    t.ok('drafts.save', { form: 'trainee', key: 'new', values: { a: 1 }, baseVersion: null });
    t.ok('drafts.save', { form: 'trainee', key: 'new', values: { a: 2 }, baseVersion: 4 });
    t.ok('drafts.get', { form: 'trainee', key: 'new' });
    t.ok('drafts.discard', { form: 'trainee', key: 'new' });
    expect(auditCount()).toBe(entries);
    expect(t.ok('audit.list', {})).toEqual([]);
  });

  test('a draft write is not a change of the data: the backups are not told of it', () => {
    let changes = 0;
    t.core.db.onChange = () => {
      changes += 1;
    };
    t.ok('drafts.save', { form: 'trainee', key: 'new', values: { a: 1 }, baseVersion: null });
    t.ok('drafts.save', { form: 'trainee', key: 'new', values: { a: 2 }, baseVersion: null });
    t.ok('drafts.discard', { form: 'trainee', key: 'new' });
    expect(changes).toBe(0);
    // A real change is (the same hook, so the check above means something).
    t.ok('settings.update', { staffName: 'Sato' });
    expect(changes).toBeGreaterThan(0);
  });
});

test('drafts survive the app opening the same data folder again', () => {
  const values = { fullName: 'Nguyễn Thị Lan', notes: 'ငါ 🙂 日本' };
  const { savedAt } = t.ok('drafts.save', { form: 'trainee', key: '5', values, baseVersion: 2 });
  t.core.close();
  const again = openCore({ dataDir: t.dir, mode: 'browser', version: 'test', autoBackup: false });
  try {
    expect(again.dispatch('drafts.get', { form: 'trainee', key: '5' })).toEqual({
      ok: true,
      value: { values, savedAt, baseVersion: 2 },
    });
  } finally {
    again.close();
  }
});
