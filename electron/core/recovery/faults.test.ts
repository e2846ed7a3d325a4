// A full disk and a read-only database on real files: the write fails with a clear message, nothing
// half-written remains (the database is exactly as before, and whole), and the app goes on working.
// SQLite reports a full disk when the file may not grow (PRAGMA max_page_count) just as when the disk
// has no room left; the tests run as root, which ignores file permissions, so "read-only" is SQLite's
// own (a read-only connection, or query_only).
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { photoInput, png } from '../../../tests/support/images';
import { openTestCore, snapshot, type TestCore, traineeInput } from '../../../tests/support/test-core';
import { createAsyncDispatch } from '../boundary';
import type { Context } from '../context';
import { Db } from '../db/database';
import { createHandlers } from '../handlers';

/** A real photo of about 300 KB that does not compress. */
const PHOTO = photoInput(1, png(320, 312, { noisy: true }));
let t: TestCore;
beforeEach(() => {
  t = openTestCore();
  t.ok('trainees.create', { data: traineeInput({ passportNumber: null }), confirm: true });
});
afterEach(() => t.close());

const integrity = () => t.core.db.raw.pragma('integrity_check', { simple: true });
const pageCount = () => t.core.db.raw.pragma('page_count', { simple: true }) as number;

describe('a full disk', () => {
  function fillTheDisk(): void {
    // The file may not grow by even one page: the next write that needs room fails.
    t.core.db.raw.pragma(`max_page_count = ${pageCount()}`);
  }

  test.each([
    ['a large photo', () => t.dispatch('trainees.photo.set', PHOTO)],
    ['thirty demo trainees in one transaction', () => t.dispatch('demo.load', { trainees: 30 })],
    [
      'new trainees, one after another, until one does not fit',
      () => {
        for (let i = 0; i < 500; i++) {
          const result = t.dispatch('trainees.create', {
            data: traineeInput({ fullName: `Trainee ${i} ${'x'.repeat(150)}`, passportNumber: null }),
            confirm: true,
          });
          if (!result.ok) return result;
        }
        throw new Error('the disk never filled');
      },
    ],
  ])('%s: refused with a clear message, nothing half-written, the app goes on', (_, write) => {
    fillTheDisk();
    // The last successful state: for the loop, what was saved before the write that did not fit.
    let before = snapshot(t.core);
    const original = t.core.db.tx.bind(t.core.db);
    t.core.db.tx = <T>(fn: () => T): T => {
      before = snapshot(t.core);
      return original(fn);
    };
    const result = write();
    t.core.db.tx = original;
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'internal', message: 'The disk is full, so nothing was saved. Free some space and try again.' },
    });
    expect(snapshot(t.core)).toEqual(before);
    expect(integrity()).toBe('ok');
    expect(t.logged).toEqual([]);
    // Reads go on; once there is room again, so do writes.
    expect(t.ok('trainees.get', { id: 1 }).fullName).toBe('Somchai Srisuk');
    t.core.db.raw.pragma('max_page_count = 1073741823');
    expect(t.call('trainees.photo.set', PHOTO).ok).toBe(true);
    expect(t.call('demo.load', { trainees: 5 }).ok).toBe(true);
    expect(integrity()).toBe('ok');
  });
});

describe('a read-only database', () => {
  test('query_only: every write is refused plainly and nothing changes; lifting it, writes work again', () => {
    const before = snapshot(t.core);
    t.core.db.raw.pragma('query_only = 1');
    const attempts = [
      t.dispatch('trainees.create', { data: traineeInput({ passportNumber: null }), confirm: true }),
      t.dispatch('settings.update', { staffName: 'Sato' }),
      t.dispatch('trainees.archive', { id: 1 }),
      t.dispatch('demo.load', { trainees: 3 }),
    ];
    for (const result of attempts) {
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: 'internal',
          message: 'The data folder is read-only, so nothing was saved. Check its permissions.',
        },
      });
    }
    expect(snapshot(t.core)).toEqual(before);
    expect(t.ok('trainees.list', {}).total).toBe(1);
    t.core.db.raw.pragma('query_only = 0');
    t.ok('trainees.archive', { id: 1 });
  });

  test('a connection SQLite opened read-only: the same clear refusal, the file unchanged', async () => {
    const before = snapshot(t.core);
    const raw = new Database(t.core.dbFile, { readonly: true });
    const db = new Db(raw, false);
    const ctx: Context = { ...t.core.ctx, db };
    const dispatch = createAsyncDispatch(
      createHandlers(ctx, { mode: 'browser', dataDir: t.dir, version: 'test' }),
      (error) => t.logged.push(error),
    );
    try {
      const result = await dispatch('trainees.create', { data: traineeInput({ passportNumber: null }), confirm: true });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'internal', message: /read-only, so nothing was saved/ },
      });
      expect(await dispatch('trainees.get', { id: 1 })).toMatchObject({ ok: true });
    } finally {
      db.close();
    }
    expect(snapshot(t.core)).toEqual(before);
    expect(t.logged).toEqual([]);
  });
});
