// Restore on real files: inspection of every kind of file (never changing it), then the switch —
// including failures injected at each step, after which the current database is exactly as it was.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { RestoreSource } from '../../../shared/backup/schema';
import { makeTempDir, openTestCore, snapshot, type TestCore, traineeInput } from '../../../tests/support/test-core';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import {
  corruptedCopy,
  foreignDatabase,
  newerDatabase,
  olderDatabase,
  settledHash,
  sha,
  textFile,
  truncatedCopy,
} from './__tests__/testing';
import { listBackups } from './catalog';
import { backupsDir, incomingDir, uploadPath } from './paths';
import { applyRestore, type RestoreStep } from './restore';

let t: TestCore;
let elsewhere: string;
beforeEach(() => {
  t = openTestCore();
  elsewhere = makeTempDir('clair-desk-files-');
  for (const fullName of ['Nguyễn Thị Lan', 'Aung', 'Somchai']) {
    t.ok('trainees.create', { data: traineeInput({ fullName, passportNumber: null }), confirm: true });
  }
});
afterEach(() => {
  t.close();
  fs.rmSync(elsewhere, { recursive: true, force: true });
});

const at = (name: string) => path.join(elsewhere, name);
/** A file chosen in the desktop app's open dialog: the shell registers it, the renderer sends the handle. */
const fileSource = (file: string): RestoreSource => ({
  kind: 'file',
  handle: t.core.ctx.handles.register(file, { purpose: 'backup', mode: 'open' }).handle,
});
const traineeNames = () =>
  t
    .ok('trainees.list', { archived: 'all' })
    .rows.map((r) => r.fullName)
    .sort();

/** A backup of the data as it is now, then one more trainee, so a restore visibly changes something. */
async function backupThenChange(): Promise<string> {
  const made = await t.okAsync('backup.create', {});
  t.ok('trainees.create', {
    data: traineeInput({ fullName: 'After the backup', passportNumber: null }),
    confirm: true,
  });
  return made.id;
}

describe('backup.restore.inspect', () => {
  test('a good backup: restorable, with its counts, its newest change, and the current counts', async () => {
    const id = await backupThenChange();
    const folder = () => fs.readdirSync(backupsDir(t.dir)).sort();
    const before = { files: folder(), hash: sha(path.join(backupsDir(t.dir), id)) };
    const seen = await t.okAsync('backup.restore.inspect', { source: { kind: 'backup', id } });
    // Opened read-only in place: the same bytes, and no side file beside it.
    expect({ files: folder(), hash: sha(path.join(backupsDir(t.dir), id)) }).toEqual(before);
    expect(seen).toMatchObject({
      restorable: true,
      problem: null,
      schemaVersion: LATEST_SCHEMA_VERSION,
      counts: { trainees: 3, auditEntries: 3 },
      current: { trainees: 4, auditEntries: 4 },
    });
    expect(seen.lastChangeAt).toMatch(/^2026-06-01T/);
    expect(seen.size).toBeGreaterThan(0);
  });

  test.each([
    ['a text file', 'not_sqlite', (f: string) => textFile(f)],
    ['another program’s SQLite file', 'not_clair_desk', (f: string) => foreignDatabase(f)],
    ['an empty file', 'not_sqlite', (f: string) => fs.writeFileSync(f, '')],
  ])('%s is refused with %s and left exactly as it was', async (_label, code, make) => {
    const file = at('candidate.sqlite');
    make(file);
    const before = sha(file);
    const seen = await t.okAsync('backup.restore.inspect', { source: fileSource(file) });
    expect(seen).toMatchObject({ restorable: false, problem: { code }, counts: null });
    expect(sha(file)).toBe(before);
    expect(fs.readdirSync(elsewhere)).toEqual(['candidate.sqlite']);
  });

  test('a database from a newer version names both versions; the file is untouched', async () => {
    const file = at('newer.sqlite');
    newerDatabase(file);
    const before = sha(file);
    const seen = await t.okAsync('backup.restore.inspect', { source: fileSource(file) });
    expect(seen).toMatchObject({
      restorable: false,
      problem: {
        code: 'newer_version',
        params: { schemaVersion: LATEST_SCHEMA_VERSION + 1, supported: LATEST_SCHEMA_VERSION },
      },
      schemaVersion: LATEST_SCHEMA_VERSION + 1,
    });
    expect(sha(file)).toBe(before);
  });

  test('a damaged copy (bytes of a page overwritten) and a truncated one fail the integrity check', async () => {
    const made = await t.okAsync('backup.create', {});
    const good = path.join(backupsDir(t.dir), made.id);
    corruptedCopy(good, at('flipped.sqlite'));
    truncatedCopy(good, at('half.sqlite'));
    for (const name of ['flipped.sqlite', 'half.sqlite']) {
      const before = sha(at(name));
      const seen = await t.okAsync('backup.restore.inspect', { source: fileSource(at(name)) });
      expect(seen).toMatchObject({ restorable: false, problem: { code: 'integrity_failed' } });
      expect(sha(at(name))).toBe(before);
    }
    expect(fs.readdirSync(elsewhere).sort()).toEqual(['flipped.sqlite', 'half.sqlite']);
  });

  test('an older version’s database (migrations 0001–0003 only) is restorable', async () => {
    olderDatabase(at('old.sqlite'), 3);
    const seen = await t.okAsync('backup.restore.inspect', { source: fileSource(at('old.sqlite')) });
    expect(seen).toMatchObject({
      restorable: true,
      schemaVersion: 3,
      lastChangeAt: '2025-03-01T09:00:00.000Z',
      counts: { trainees: 0, progressEntries: 0, auditEntries: 1 },
    });
  });

  test('a file saved in WAL mode is inspected through a copy: no side files appear beside it', async () => {
    const file = at('live-copy.sqlite');
    t.core.db.raw.pragma('wal_checkpoint(TRUNCATE)');
    fs.copyFileSync(t.core.dbFile, file);
    expect(fs.readFileSync(file)[18]).toBe(2); // the header says WAL
    const before = sha(file);
    const seen = await t.okAsync('backup.restore.inspect', { source: fileSource(file) });
    expect(seen).toMatchObject({ restorable: true, counts: { trainees: 3 } });
    expect(sha(file)).toBe(before);
    expect(fs.readdirSync(elsewhere)).toEqual(['live-copy.sqlite']);
    expect(fs.readdirSync(t.dir).filter((f) => f.startsWith('.tmp-'))).toEqual([]);
  });

  test('missing sources, and the running database itself, are reported', async () => {
    const missing: RestoreSource[] = [
      fileSource(at('nothing-here.sqlite')),
      { kind: 'backup', id: 'clair-desk-daily-20260101T000000Z.sqlite' },
      { kind: 'upload', uploadId: '0f0e0d0c-0b0a-4908-8706-050403020100' },
    ];
    for (const source of missing) {
      expect(await t.okAsync('backup.restore.inspect', { source })).toMatchObject({
        restorable: false,
        problem: { code: 'not_found' },
      });
    }
    const current = await t.okAsync('backup.restore.inspect', { source: fileSource(t.core.dbFile) });
    expect(current).toMatchObject({ restorable: false, problem: { code: 'current_database' } });
  });

  test('a file is named by a handle the shell registered: an unknown or save handle means choosing again', async () => {
    olderDatabase(at('old.sqlite'), LATEST_SCHEMA_VERSION);
    const saveHandle = t.core.ctx.handles.register(at('old.sqlite'), { purpose: 'backup', mode: 'save' }).handle;
    for (const handle of ['0f0e0d0c-0b0a-4908-8706-050403020100', saveHandle]) {
      expect(await t.failAsync('backup.restore.inspect', { source: { kind: 'file', handle } })).toMatchObject({
        code: 'invalid_input',
        issues: [{ path: 'source.handle', code: 'choose_file_again' }],
      });
    }
    // The old shape, a path from the renderer, is refused by the contract.
    const byPath = await t.failAsync('backup.restore.inspect', { source: { kind: 'file', path: at('old.sqlite') } });
    expect(byPath.code).toBe('invalid_input');
  });
});

describe('backup.restore.apply', () => {
  test('replaces every record with the backup’s, after a verified safety backup; the app goes on', async () => {
    const id = await backupThenChange();
    expect(traineeNames()).toHaveLength(4);
    const done = await t.okAsync('backup.restore.apply', { source: { kind: 'backup', id }, confirm: true });
    expect(done).toMatchObject({
      counts: { trainees: 3 },
      migratedFrom: null,
      safetyBackup: { kind: 'pre_restore', verified: true, counts: { trainees: 4 } },
    });
    expect(traineeNames()).toEqual(['Aung', 'Nguyễn Thị Lan', 'Somchai']);
    // Every service uses the restored database, and writing goes on.
    t.ok('trainees.create', { data: traineeInput({ fullName: 'Next', passportNumber: null }), confirm: true });
    expect(traineeNames()).toHaveLength(4);
    expect(t.core.db.pragma('journal_mode')).toBe('wal');
    // The safety backup is in the list; no work file is left in the data folder.
    expect(listBackups(t.dir).map((b) => b.id)).toContain(done.safetyBackup.id);
    expect(fs.readdirSync(t.dir).filter((f) => f.startsWith('.tmp-'))).toEqual([]);
    expect(t.logged).toEqual([]);
  });

  test('the person at this computer keeps their staff name, and the history records the restore', async () => {
    t.ok('settings.update', { staffName: 'Colleague' });
    const id = await backupThenChange();
    t.ok('settings.update', { staffName: 'Lim Wei Ling' });
    const done = await t.okAsync('backup.restore.apply', { source: { kind: 'backup', id }, confirm: true });
    expect(t.ok('settings.get', {}).staffName).toBe('Lim Wei Ling');
    const history = t.ok('audit.list', {});
    expect(history[0]).toMatchObject({
      entity: 'database',
      action: 'restore',
      actor: 'Lim Wei Ling',
      after: { from: id, safetyBackup: done.safetyBackup.id },
    });
    expect(history[1]).toMatchObject({
      entity: 'settings',
      before: { staffName: 'Colleague' },
      after: { staffName: 'Lim Wei Ling' },
    });
  });

  test('the safety backup brings the data back exactly as it was before the restore', async () => {
    const id = await backupThenChange();
    // Every table but the history's is compared row by row; the history gains the restores themselves.
    const HISTORY = ['audit_'];
    const before = snapshot(t.core, HISTORY);
    const entries = t.ok('audit.list', { limit: 500 }).length;
    const done = await t.okAsync('backup.restore.apply', { source: { kind: 'backup', id }, confirm: true });
    expect(snapshot(t.core, HISTORY)).not.toEqual(before);
    await t.okAsync('backup.restore.apply', { source: { kind: 'backup', id: done.safetyBackup.id }, confirm: true });
    expect(snapshot(t.core, HISTORY)).toEqual(before);
    expect(t.ok('audit.list', { limit: 500 })).toHaveLength(entries + 1);
    expect(t.ok('audit.list', { limit: 1 })[0]).toMatchObject({
      action: 'restore',
      after: { from: done.safetyBackup.id },
    });
  });

  test('an older version’s database is restored and brought up to date, with a backup before the migration', async () => {
    olderDatabase(at('old.sqlite'), 3);
    const source = sha(at('old.sqlite'));
    const done = await t.okAsync('backup.restore.apply', { source: fileSource(at('old.sqlite')), confirm: true });
    expect(done).toMatchObject({ migratedFrom: 3, counts: { trainees: 0, auditEntries: 1 } });
    expect(t.core.db.pragma('user_version')).toBe(LATEST_SCHEMA_VERSION);
    expect(listBackups(t.dir).find((b) => b.kind === 'pre_migration')).toMatchObject({
      schemaVersion: 3,
      verified: true,
    });
    expect(sha(at('old.sqlite'))).toBe(source);
    expect(traineeNames()).toEqual([]);
  });

  test('a chosen file keeps its handle from the inspection through a refused restore, until one succeeds', async () => {
    textFile(at('chosen.sqlite'));
    const source = fileSource(at('chosen.sqlite'));
    expect(await t.okAsync('backup.restore.inspect', { source })).toMatchObject({ restorable: false });
    expect(await t.failAsync('backup.restore.apply', { source, confirm: true })).toMatchObject({ code: 'conflict' });
    // The person puts the right file there and tries again with the same choice.
    fs.rmSync(at('chosen.sqlite'));
    olderDatabase(at('chosen.sqlite'), LATEST_SCHEMA_VERSION);
    await t.okAsync('backup.restore.apply', { source, confirm: true });
    expect(await t.failAsync('backup.restore.apply', { source, confirm: true })).toMatchObject({
      issues: [{ path: 'source.handle', code: 'choose_file_again' }],
    });
    expect(t.ok('audit.list', { limit: 1 })[0]).toMatchObject({ action: 'restore', after: { from: 'chosen.sqlite' } });
  });

  test('an uploaded file is deleted once restored, and kept when refused', async () => {
    const made = await t.okAsync('backup.create', {});
    fs.mkdirSync(incomingDir(t.dir), { recursive: true });
    const good = '11111111-2222-4333-8444-555555555555';
    const bad = '11111111-2222-4333-8444-666666666666';
    fs.copyFileSync(path.join(backupsDir(t.dir), made.id), uploadPath(t.dir, good));
    textFile(uploadPath(t.dir, bad));
    expect(
      await t.failAsync('backup.restore.apply', { source: { kind: 'upload', uploadId: bad }, confirm: true }),
    ).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'source', code: 'not_sqlite' }],
    });
    expect(fs.existsSync(uploadPath(t.dir, bad))).toBe(true);
    await t.okAsync('backup.restore.apply', { source: { kind: 'upload', uploadId: good }, confirm: true });
    expect(fs.existsSync(uploadPath(t.dir, good))).toBe(false);
  });

  test('refused sources change nothing: same bytes, no safety backup taken', async () => {
    const files: [string, (f: string) => void][] = [
      ['text.sqlite', textFile],
      ['foreign.sqlite', foreignDatabase],
      ['newer.sqlite', newerDatabase],
    ];
    for (const [name, make] of files) make(at(name));
    const made = await t.okAsync('backup.create', {});
    corruptedCopy(path.join(backupsDir(t.dir), made.id), at('damaged.sqlite'));
    const backupsBefore = listBackups(t.dir).length;
    const before = { hash: settledHash(t.core.db, t.core.dbFile), rows: snapshot(t.core) };
    const expected: Record<string, string> = {
      'text.sqlite': 'not_sqlite',
      'foreign.sqlite': 'not_clair_desk',
      'newer.sqlite': 'newer_version',
      'damaged.sqlite': 'integrity_failed',
    };
    for (const [name, code] of Object.entries(expected)) {
      const error = await t.failAsync('backup.restore.apply', { source: fileSource(at(name)), confirm: true });
      expect(error).toMatchObject({ code: 'conflict', issues: [{ path: 'source', code }] });
      expect(error.message).toMatch(/Your data was not changed/);
    }
    expect(
      await t.failAsync('backup.restore.apply', { source: fileSource(at('gone.sqlite')), confirm: true }),
    ).toMatchObject({
      code: 'not_found',
    });
    expect(
      await t.failAsync('backup.restore.apply', { source: fileSource(t.core.dbFile), confirm: true }),
    ).toMatchObject({
      code: 'conflict',
    });
    expect(await t.failAsync('backup.restore.apply', { source: fileSource(at('text.sqlite')) })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'confirm', code: 'required' }],
    });
    expect(settledHash(t.core.db, t.core.dbFile)).toBe(before.hash);
    expect(snapshot(t.core)).toEqual(before.rows);
    expect(listBackups(t.dir)).toHaveLength(backupsBefore);
    expect(t.logged).toEqual([]);
  });

  test.each<RestoreStep>(['copy', 'verify', 'safety', 'close', 'rename'])(
    'a failure at "%s" (before the switch) leaves the current database byte for byte as it was',
    async (step) => {
      const id = await backupThenChange();
      const before = { hash: settledHash(t.core.db, t.core.dbFile), rows: snapshot(t.core) };
      await expect(applyRestore(t.core.ctx, { kind: 'backup', id }, { failAt: step })).rejects.toThrow();
      expect(settledHash(t.core.db, t.core.dbFile)).toBe(before.hash);
      expect(snapshot(t.core)).toEqual(before.rows);
      expect(fs.readdirSync(t.dir).filter((f) => f.startsWith('.tmp-'))).toEqual([]);
      // The app goes on working on it.
      t.ok('trainees.create', { data: traineeInput({ fullName: 'Still here', passportNumber: null }), confirm: true });
      expect(traineeNames()).toHaveLength(5);
    },
  );

  test('a restored file that will not open is replaced by the safety backup: the data is as before', async () => {
    const id = await backupThenChange();
    const before = snapshot(t.core);
    const error = await applyRestore(t.core.ctx, { kind: 'backup', id }, { failAt: 'reopen' }).catch((e: unknown) => e);
    expect(String(error)).toMatch(/put back as it was just before the restore/);
    expect(snapshot(t.core)).toEqual(before);
    expect(traineeNames()).toHaveLength(4);
    t.ok('trainees.create', { data: traineeInput({ fullName: 'Still here', passportNumber: null }), confirm: true });
    expect(fs.readdirSync(t.dir).filter((f) => f.startsWith('.tmp-'))).toEqual([]);
  });

  test('a stale WAL of the old file is never applied to the restored one', async () => {
    const id = await backupThenChange();
    // Changes still in the WAL (not checkpointed) when the restore starts.
    for (let i = 0; i < 5; i++) {
      t.ok('trainees.create', {
        data: traineeInput({ fullName: `Pending ${i}`, passportNumber: null }),
        confirm: true,
      });
    }
    const done = await t.okAsync('backup.restore.apply', { source: { kind: 'backup', id }, confirm: true });
    expect(done.safetyBackup.counts.trainees).toBe(9);
    expect(traineeNames()).toEqual(['Aung', 'Nguyễn Thị Lan', 'Somchai']);
    const raw = new Database(t.core.dbFile, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
  });
});
