// Backups on real files: written with the online backup API, verified, named, described, listed,
// kept per month, rotated; copied out of the data folder; a damaged one kept aside.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { BackupId } from '../../../shared/backup/schema';
import { makeTempDir, openTestCore, type TestCore, traineeInput } from '../../../tests/support/test-core';
import { APPLICATION_ID } from '../db/identity';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { sha } from './__tests__/testing';
import { listBackups } from './catalog';
import { finishBackup, tempBackupFile } from './finish';
import { backupsDir, sidecarPath } from './paths';
import { createBackup } from './service';

let t: TestCore;
let outside: string;
beforeEach(() => {
  t = openTestCore();
  outside = makeTempDir('clair-desk-export-');
  for (const fullName of ['Nguyễn Thị Lan', 'Aung']) {
    t.ok('trainees.create', { data: traineeInput({ fullName, passportNumber: null }), confirm: true });
  }
});
afterEach(() => {
  t.close();
  fs.rmSync(outside, { recursive: true, force: true });
});

const files = () => fs.readdirSync(backupsDir(t.dir)).sort();

describe('backup.create', () => {
  test('writes a verified copy named by kind and UTC time, with a sidecar, and lists it', async () => {
    const made = await t.okAsync('backup.create', {});
    expect(BackupId.safeParse(made.id).success).toBe(true);
    expect(made.id).toMatch(/^clair-desk-manual-\d{8}T\d{9}Z\.sqlite$/);
    expect(made).toMatchObject({
      kind: 'manual',
      verified: true,
      problem: null,
      schemaVersion: LATEST_SCHEMA_VERSION,
      counts: { trainees: 2, auditEntries: 2, hosts: 0, placements: 0, progressEntries: 0, cohorts: 0 },
    });
    const file = path.join(backupsDir(t.dir), made.id);
    expect(made.size).toBe(fs.statSync(file).size);
    expect(JSON.parse(fs.readFileSync(sidecarPath(file), 'utf8'))).toMatchObject({
      kind: 'manual',
      createdAt: made.createdAt,
      verified: true,
      counts: made.counts,
    });

    // The copy is a whole database on its own (no WAL beside it), ours, with the same rows.
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(raw.prepare('SELECT full_name FROM trainees ORDER BY id').pluck().all()).toEqual(['Nguyễn Thị Lan', 'Aung']);
    raw.close();

    const list = t.ok('backup.list', {});
    expect(list.folder).toBe(backupsDir(t.dir));
    expect(list.keep.daily).toBe(14);
    expect(list.backups.map((b) => b.id)).toContain(made.id);
  });

  test('the first good backup of a month is also kept as the monthly one; the next is not', async () => {
    const first = await t.okAsync('backup.create', {});
    const second = await t.okAsync('backup.create', {});
    const list = t.ok('backup.list', {}).backups;
    expect(list.map((b) => b.kind).sort()).toEqual(['manual', 'manual', 'monthly']);
    const monthly = list.find((b) => b.kind === 'monthly');
    expect(monthly).toMatchObject({ verified: true, counts: first.counts, createdAt: first.createdAt });
    expect(sha(path.join(backupsDir(t.dir), monthly?.id ?? ''))).toBe(sha(path.join(backupsDir(t.dir), first.id)));
    // Newest first.
    expect(list[0]?.id).toBe(second.id);
  });

  test('two backups in the same millisecond get distinct names', async () => {
    const at = new Date('2026-06-01T08:00:00.000Z');
    const ctx = { ...t.core.ctx, backupClock: () => at };
    const a = await createBackup(ctx, 'manual');
    const b = await createBackup(ctx, 'manual');
    expect(a.id).toBe('clair-desk-manual-20260601T080000000Z.sqlite');
    expect(b.id).toBe('clair-desk-manual-20260601T080000000Z-2.sqlite');
    expect(BackupId.safeParse(b.id).success).toBe(true);
  });

  test('rotation keeps the newest of a kind and deletes the older ones with their sidecars', async () => {
    let day = 0;
    const ctx = { ...t.core.ctx, backupClock: () => new Date(Date.UTC(2026, 0, 1 + day++, 12)) };
    for (let i = 0; i < 22; i++) await createBackup(ctx, 'manual');
    const manual = listBackups(t.dir).filter((b) => b.kind === 'manual');
    expect(manual).toHaveLength(20);
    expect(manual.at(-1)?.createdAt).toBe('2026-01-03T12:00:00.000Z');
    // Every listed backup still has its sidecar, and nothing else is left in the folder.
    const expected = listBackups(t.dir).flatMap((b) => [b.id, `${b.id}.json`]);
    expect(files()).toEqual(expected.sort());
  });

  test('a copy that fails verification is kept aside, marked, and never counted as good', async () => {
    const temp = tempBackupFile(t.dir);
    fs.writeFileSync(temp, 'this is not a database'.repeat(10));
    const info = finishBackup(t.dir, temp, 'daily', new Date('2026-06-01T08:00:00Z'));
    expect(info).toMatchObject({ kind: 'daily', verified: false, problem: 'not_sqlite' });
    const listed = listBackups(t.dir);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: info.id, verified: false, problem: 'not_sqlite' });
    // Not good: no monthly was taken from it, and a backup made now still counts as the month's first.
    const good = await t.okAsync('backup.create', {});
    expect(
      listBackups(t.dir)
        .map((b) => b.kind)
        .sort(),
    ).toEqual(['daily', 'manual', 'monthly']);
    expect(good.verified).toBe(true);
  });

  test('a backup without its sidecar is listed as not verified; work files are not listed', () => {
    fs.mkdirSync(backupsDir(t.dir), { recursive: true });
    fs.copyFileSync(t.core.dbFile, path.join(backupsDir(t.dir), 'clair-desk-daily-20260101T000000000Z.sqlite'));
    fs.writeFileSync(path.join(backupsDir(t.dir), '.tmp-abc.sqlite'), 'x');
    fs.writeFileSync(path.join(backupsDir(t.dir), 'notes.txt'), 'x');
    expect(listBackups(t.dir)).toMatchObject([
      { id: 'clair-desk-daily-20260101T000000000Z.sqlite', kind: 'daily', verified: false, problem: 'not_verified' },
    ]);
  });

  test('a change made while a backup is being written is in it or after it, never half in', async () => {
    const backup = t.dispatchAsync('backup.create', {});
    t.ok('trainees.create', { data: traineeInput({ fullName: 'During', passportNumber: null }), confirm: true });
    const made = await backup;
    expect(made.ok).toBe(true);
    if (made.ok) expect([2, 3]).toContain((made.value as { counts: { trainees: number } }).counts.trainees);
  });
});

describe('backup.copyTo', () => {
  /** A file chosen in the save dialog, by the handle the shell registered for it. */
  const saveHandle = (file: string) => t.core.ctx.handles.register(file, { purpose: 'backup', mode: 'save' }).handle;

  test('copies a listed backup byte for byte to the chosen file, and answers its name only', async () => {
    const made = await t.okAsync('backup.create', {});
    const target = path.join(outside, 'CLAIR Desk backup.sqlite');
    const copied = await t.okAsync('backup.copyTo', { id: made.id, handle: saveHandle(target) });
    expect(copied).toEqual({ name: 'CLAIR Desk backup.sqlite', backup: made });
    expect(sha(target)).toBe(sha(path.join(backupsDir(t.dir), made.id)));
    expect(fs.readdirSync(outside)).toEqual(['CLAIR Desk backup.sqlite']);
  });

  test('without an id, makes a fresh verified manual backup and copies it (the whole dataset, for a new laptop)', async () => {
    const target = path.join(outside, 'all-data.sqlite');
    fs.writeFileSync(target, 'an older export, replaced');
    const copied = await t.okAsync('backup.copyTo', { handle: saveHandle(target) });
    expect(copied.backup).toMatchObject({ kind: 'manual', verified: true, counts: { trainees: 2 } });
    expect(sha(target)).toBe(sha(path.join(backupsDir(t.dir), copied.backup.id)));
    // The copy opens as a CLAIR Desk database with the data.
    const raw = new Database(target, { readonly: true });
    expect(raw.prepare('SELECT count(*) FROM trainees').pluck().get()).toBe(2);
    raw.close();
  });

  test('refuses files inside the data folder, other names, missing folders and unknown backups', async () => {
    const dbBefore = sha(t.core.dbFile);
    const inside = [t.core.dbFile, path.join(backupsDir(t.dir), 'x.sqlite'), path.join(t.dir, 'sub', 'x.SQLITE')];
    for (const target of inside) {
      const error = await t.failAsync('backup.copyTo', { handle: saveHandle(target) });
      expect(error).toMatchObject({ code: 'conflict', issues: [{ path: 'handle', code: 'inside_data_folder' }] });
    }
    expect(sha(t.core.dbFile)).toBe(dbBefore);
    expect(await t.failAsync('backup.copyTo', { handle: saveHandle(path.join(outside, 'backup.txt')) })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'handle', code: 'not_sqlite_name' }],
    });
    fs.mkdirSync(path.join(outside, 'folder.sqlite'));
    expect(
      await t.failAsync('backup.copyTo', { handle: saveHandle(path.join(outside, 'folder.sqlite')) }),
    ).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'handle', code: 'is_folder' }],
    });
    fs.rmdirSync(path.join(outside, 'folder.sqlite'));
    expect(
      await t.failAsync('backup.copyTo', { handle: saveHandle(path.join(outside, 'nope', 'x.sqlite')) }),
    ).toMatchObject({
      code: 'not_found',
    });
    expect(
      await t.failAsync('backup.copyTo', {
        id: 'clair-desk-daily-20200101T000000Z.sqlite',
        handle: saveHandle(path.join(outside, 'x.sqlite')),
      }),
    ).toMatchObject({ code: 'not_found' });
    expect(fs.readdirSync(outside)).toEqual([]);
    expect(t.logged).toEqual([]);
  });

  test('takes no path: only a save handle the shell registered, used once', async () => {
    const target = path.join(outside, 'once.sqlite');
    expect(await t.failAsync('backup.copyTo', { path: target })).toMatchObject({ code: 'invalid_input' });
    const openHandle = t.core.ctx.handles.register(target, { purpose: 'backup', mode: 'open' }).handle;
    const handle = saveHandle(target);
    const chooseAgain = { code: 'invalid_input', issues: [{ path: 'handle', code: 'choose_file_again' }] };
    expect(await t.failAsync('backup.copyTo', { handle: openHandle })).toMatchObject(chooseAgain);
    expect(await t.failAsync('backup.copyTo', { handle: '0f0e0d0c-0b0a-4908-8706-050403020100' })).toMatchObject(
      chooseAgain,
    );
    await t.okAsync('backup.copyTo', { handle });
    expect(await t.failAsync('backup.copyTo', { handle })).toMatchObject(chooseAgain);
    expect(fs.readdirSync(outside)).toEqual(['once.sqlite']);
  });
});
