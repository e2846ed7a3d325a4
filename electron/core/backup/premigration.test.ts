// The copy taken before a migration changes an existing database (openDatabase).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { makeTempDir } from '../../../tests/support/test-core';
import { openDatabase } from '../db/database';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { olderDatabase, sha } from './__tests__/testing';
import { listBackups } from './catalog';
import { backupsDir } from './paths';

let dir: string;
let file: string;
beforeEach(() => {
  dir = makeTempDir();
  file = path.join(dir, 'clair-desk.sqlite');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const at = new Date('2026-06-01T08:00:00.000Z');

test('an older database is backed up, verified, before it is migrated', () => {
  olderDatabase(file, 3);
  const db = openDatabase({ file, backupClock: () => at });
  expect(db.pragma('user_version')).toBe(LATEST_SCHEMA_VERSION);
  db.close();
  const [backup, ...others] = listBackups(dir).filter((b) => b.kind === 'pre_migration');
  expect(others).toEqual([]);
  expect(backup).toMatchObject({
    id: 'clair-desk-pre_migration-20260601T080000000Z.sqlite',
    verified: true,
    schemaVersion: 3,
    counts: { auditEntries: 1 },
  });
  // The backup is the database as it was: version 3, self-contained.
  const raw = new Database(path.join(backupsDir(dir), backup?.id ?? ''), { readonly: true });
  expect(raw.pragma('user_version', { simple: true })).toBe(3);
  expect(raw.pragma('journal_mode', { simple: true })).toBe('delete');
  raw.close();
});

test('a new database and an up-to-date one need no backup', () => {
  openDatabase({ file }).close();
  openDatabase({ file }).close();
  expect(fs.existsSync(backupsDir(dir))).toBe(false);
});

test('when the backup cannot be written, the migration does not run and the file is unchanged', () => {
  olderDatabase(file, 3);
  const before = sha(file);
  fs.writeFileSync(backupsDir(dir), 'a file where the folder should be');
  expect(() => openDatabase({ file })).toThrow(/backup taken first could not be written.*Nothing was changed/);
  expect(sha(file)).toBe(before);
  const raw = new Database(file, { readonly: true });
  expect(raw.pragma('user_version', { simple: true })).toBe(3);
  raw.close();
});

test('the backup goes to the data folder given, not beside a file opened elsewhere', () => {
  const other = makeTempDir();
  try {
    olderDatabase(file, 2);
    openDatabase({ file, dataDir: other }).close();
    expect(
      listBackups(other)
        .map((b) => b.kind)
        .sort(),
    ).toEqual(['monthly', 'pre_migration']);
    expect(fs.existsSync(backupsDir(dir))).toBe(false);
  } finally {
    fs.rmSync(other, { recursive: true, force: true });
  }
});
