// Failed automatic backups are recorded and shown (backup.status) until a good backup exists: the
// daily one, the one at quit (seen after the restart), the one before a migration. The backups folder
// is made unwritable for real by putting a file in its place (the tests run as root, which ignores
// permissions).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { BackupStatus } from '../../../shared/backup/schema';
import { makeTempDir, traineeInput } from '../../../tests/support/test-core';
import { type Core, openCore } from '../app';
import { openDatabase } from '../db/database';
import { olderDatabase } from './__tests__/testing';
import { FAILURE_FILE, reasonOf } from './failures';
import { backupsDir } from './paths';

let dir: string;
let now: Date;
const open: Core[] = [];

beforeEach(() => {
  dir = makeTempDir();
  now = new Date(2026, 5, 1, 9, 0);
});
afterEach(() => {
  for (const core of open.splice(0)) core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function start(): Core {
  const core = openCore({
    dataDir: dir,
    mode: 'browser',
    version: 'test',
    backupClock: () => now,
    autoBackup: { startDelayMs: 0, log: () => undefined },
  });
  open.push(core);
  return core;
}

function addTrainee(core: Core, fullName = 'Aung'): void {
  const result = core.dispatch('trainees.create', {
    data: traineeInput({ fullName, passportNumber: null }),
    confirm: true,
  });
  expect(result.ok).toBe(true);
}

function status(core: Core): BackupStatus {
  const result = core.dispatch('backup.status', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as BackupStatus;
}

const blockBackups = () => fs.writeFileSync(backupsDir(dir), 'a file where the folder should be');
const unblockBackups = () => fs.rmSync(backupsDir(dir));
const onDisk = () => JSON.parse(fs.readFileSync(path.join(dir, FAILURE_FILE), 'utf8'));

test('all is well: no failure, and the record’s space is reserved', () => {
  const core = start();
  expect(status(core)).toEqual({ failure: null });
  expect(fs.statSync(path.join(dir, FAILURE_FILE)).size).toBe(4096);
});

test('a failed daily backup is shown until a good backup exists', async () => {
  const core = start();
  addTrainee(core);
  blockBackups();
  now = new Date(2026, 5, 2, 9, 0);
  addTrainee(core, 'Next day');
  await vi.waitFor(() => expect(status(core).failure).not.toBeNull());
  expect(status(core).failure).toMatchObject({
    kind: 'daily',
    at: now.toISOString(),
    firstAt: now.toISOString(),
    count: 1,
    folder: backupsDir(dir),
  });
  expect(status(core).failure?.detail).toMatch(/could not be written in the folder/);
  // Written over its reserved space, in place: a full disk would still take it.
  expect(fs.statSync(path.join(dir, FAILURE_FILE)).size).toBe(4096);
  expect(onDisk()).toMatchObject({ kind: 'daily' });
  // A manual backup while the folder is still blocked fails too; the record stays.
  expect((await core.dispatchAsync('backup.create', {})).ok).toBe(false);
  expect(status(core).failure?.kind).toBe('daily');
  // Once the folder can be written again, a good backup clears it, on disk too.
  unblockBackups();
  expect((await core.dispatchAsync('backup.create', {})).ok).toBe(true);
  expect(status(core)).toEqual({ failure: null });
  expect(onDisk()).toEqual({});
});

test('a failed backup at quit is seen after the restart', async () => {
  const first = start();
  addTrainee(first);
  blockBackups();
  now = new Date(2026, 5, 1, 17, 30);
  await first.shutdown();
  open.length = 0;
  expect(onDisk()).toMatchObject({ kind: 'quit', at: now.toISOString(), reason: 'other' });
  // The next morning: the daily backup at start-up fails as well, and the record counts both.
  now = new Date(2026, 5, 2, 8, 0);
  const again = start();
  expect(status(again).failure?.kind).toMatch(/quit|daily/);
  await vi.waitFor(() => expect(status(again).failure).toMatchObject({ kind: 'daily', count: 2 }));
  expect(status(again).failure?.firstAt).toBe(new Date(2026, 5, 1, 17, 30).toISOString());
  unblockBackups();
  now = new Date(2026, 5, 2, 8, 5);
  expect((await again.dispatchAsync('backup.create', {})).ok).toBe(true);
  expect(status(again).failure).toBeNull();
});

test('a good backup made after the failure clears it even when the record could not be cleared', async () => {
  const core = start();
  addTrainee(core);
  blockBackups();
  now = new Date(2026, 5, 1, 17, 30);
  await core.shutdown();
  open.length = 0;
  const kept = fs.readFileSync(path.join(dir, FAILURE_FILE));
  unblockBackups();
  now = new Date(2026, 5, 2, 8, 0);
  const again = start();
  await vi.waitFor(() => expect(status(again).failure).toBeNull());
  // The record written back as it was (as if clearing it had failed): a newer good backup still wins.
  fs.writeFileSync(path.join(dir, FAILURE_FILE), kept);
  expect(status(again).failure).toBeNull();
});

test('a failed backup before a migration is recorded, and the next good one clears it', () => {
  const file = path.join(dir, 'clair-desk.sqlite');
  olderDatabase(file, 3);
  blockBackups();
  const at = new Date('2026-06-01T08:00:00.000Z');
  expect(() => openDatabase({ file, backupClock: () => at })).toThrow(/backup taken first could not be written/);
  expect(onDisk()).toMatchObject({ kind: 'pre_migration', at: at.toISOString(), folder: backupsDir(dir) });
  unblockBackups();
  openDatabase({ file, backupClock: () => new Date('2026-06-01T08:01:00.000Z') }).close();
  expect(onDisk()).toEqual({});
});

test('why, in a word the screen can say', () => {
  const code = (c: string) => Object.assign(new Error(c), { code: c });
  expect(reasonOf(code('ENOSPC'))).toBe('disk_full');
  expect(reasonOf(code('SQLITE_FULL'))).toBe('disk_full');
  expect(reasonOf(code('EACCES'))).toBe('not_writable');
  expect(reasonOf(code('EROFS'))).toBe('not_writable');
  expect(reasonOf(code('SQLITE_CANTOPEN'))).toBe('not_writable');
  expect(reasonOf(code('SQLITE_CORRUPT'))).toBe('database');
  expect(reasonOf(code('EEXIST'))).toBe('other');
});
