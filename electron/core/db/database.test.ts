// Opening and migrating real database files: new, reopened, from a newer app, from another app.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { AppFailure } from '../../../shared/result';
import { makeTempDir } from '../../../tests/support/test-core';
import { APPLICATION_ID, openDatabase } from './database';
import { LATEST_SCHEMA_VERSION, type Migration, migrations } from './migrations';

let dir: string;
let file: string;
beforeEach(() => {
  dir = makeTempDir();
  file = path.join(dir, 'test.sqlite');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const hash = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
const filesIn = () => fs.readdirSync(dir).sort();

/** Writes a database with another app's identity (or a CLAIR one from the future) straight with SQLite. */
function foreignFile(pragmas: { applicationId: number; userVersion: number }): string {
  const raw = new Database(file);
  raw.exec('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT); INSERT INTO settings VALUES (1, 2);');
  raw.pragma(`application_id = ${pragmas.applicationId}`);
  raw.pragma(`user_version = ${pragmas.userVersion}`);
  raw.close();
  return hash(file);
}

function refusal(open: () => unknown): AppFailure {
  try {
    open();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('the database was opened');
}

describe('a new database', () => {
  test('is created, migrated to the latest version, marked as CLAIR Desk, in WAL mode with foreign keys', () => {
    const db = openDatabase({ file });
    expect(db.pragma('user_version')).toBe(LATEST_SCHEMA_VERSION);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(1);
    expect(db.pragma('application_id')).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode')).toBe('wal');
    expect(db.pragma('foreign_keys')).toBe(1);
    const tables = db.raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['trainees', 'audit_log', 'countries', 'fields', 'settings']));
    // STRICT tables refuse a value of the wrong type instead of storing it.
    const insert = db.raw.prepare("INSERT INTO fields (name_en, name_ja, active) VALUES ('x', 'y', 'yes')");
    expect(() => insert.run()).toThrow(/cannot store TEXT value in INTEGER column/);
    db.close();
  });

  test('reopening it is a no-op: no migration runs, the schema and the seed rows stay as they were', () => {
    const first = openDatabase({ file });
    const schemaVersion = first.pragma('schema_version');
    const countries = first.raw.prepare('SELECT count(*) FROM countries').pluck().get();
    first.close();
    const again = openDatabase({ file });
    expect(again.pragma('schema_version')).toBe(schemaVersion);
    expect(again.pragma('user_version')).toBe(LATEST_SCHEMA_VERSION);
    expect(again.raw.prepare('SELECT count(*) FROM countries').pluck().get()).toBe(countries);
    again.close();
  });
});

describe('a database the app must not touch', () => {
  test('one from a newer version is refused with both versions named, and its bytes are unchanged', () => {
    const newer = LATEST_SCHEMA_VERSION + 1;
    const before = foreignFile({ applicationId: APPLICATION_ID, userVersion: newer });
    const error = refusal(() => openDatabase({ file }));
    expect(error.error.code).toBe('unsupported');
    expect(error.message).toContain(`schema ${newer}`);
    expect(error.message).toContain(`up to ${LATEST_SCHEMA_VERSION}`);
    expect(error.message).toMatch(/newer version/);
    expect(hash(file)).toBe(before);
    expect(filesIn()).toEqual(['test.sqlite']);
  });

  test('another application’s SQLite file is refused untouched', () => {
    const before = foreignFile({ applicationId: 0x12345678, userVersion: 3 });
    expect(refusal(() => openDatabase({ file })).message).toMatch(/not a CLAIR Desk database/);
    expect(hash(file)).toBe(before);
    expect(filesIn()).toEqual(['test.sqlite']);
  });

  test('a SQLite file without an application id but with a version is refused untouched', () => {
    const before = foreignFile({ applicationId: 0, userVersion: 7 });
    expect(refusal(() => openDatabase({ file })).message).toMatch(/not a CLAIR Desk database/);
    expect(hash(file)).toBe(before);
  });

  test('a SQLite file with tables of its own but no ids at all is refused untouched (not migrated into)', () => {
    const before = foreignFile({ applicationId: 0, userVersion: 0 });
    expect(refusal(() => openDatabase({ file })).message).toMatch(/not a CLAIR Desk database/);
    expect(hash(file)).toBe(before);
    expect(filesIn()).toEqual(['test.sqlite']);
  });

  test('a file that is not SQLite at all is refused and left as it was', () => {
    fs.writeFileSync(file, 'name,passport\nLan,C1234567\n'.repeat(200));
    const before = hash(file);
    expect(() => openDatabase({ file })).toThrow(/not a database/);
    expect(hash(file)).toBe(before);
  });
});

describe('migrations', () => {
  /** Runs `fn` with extra migrations appended to the app's list (the list is the module's seam). */
  function withMigrations(extra: Migration[], fn: () => void): void {
    const length = migrations.length;
    migrations.push(...extra);
    try {
      fn();
    } finally {
      migrations.splice(length);
    }
  }

  test('are numbered in order without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  test('all pending ones run in one transaction: a failing one leaves a new file at version 0, empty', () => {
    const broken = { version: LATEST_SCHEMA_VERSION + 1, name: 'broken', sql: 'CREATE TABLE x (; nonsense' };
    withMigrations([broken], () => expect(() => openDatabase({ file })).toThrow(/syntax error/));
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(0);
    expect(raw.pragma('application_id', { simple: true })).toBe(0);
    expect(raw.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get()).toBe(0);
    raw.close();
    // The failed attempt closed its handle and left nothing behind: a normal open migrates from scratch.
    const db = openDatabase({ file });
    expect(db.pragma('user_version')).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  test('a good and a failing pending migration: neither is applied to an existing database', () => {
    openDatabase({ file }).close();
    const next = LATEST_SCHEMA_VERSION + 1;
    const good = { version: next, name: 'good', sql: 'CREATE TABLE migration_probe (id INTEGER PRIMARY KEY) STRICT;' };
    const bad = { version: next + 1, name: 'bad', sql: 'INSERT INTO no_such_table VALUES (1);' };
    withMigrations([good, bad], () => expect(() => openDatabase({ file })).toThrow(/no such table/));
    const db = openDatabase({ file });
    expect(db.pragma('user_version')).toBe(LATEST_SCHEMA_VERSION);
    expect(db.raw.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'migration_probe'").pluck().get()).toBe(0);
    db.close();
  });

  test('a later migration is applied on reopening an older database', () => {
    openDatabase({ file }).close();
    const next = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'migration_probe',
      sql: 'CREATE TABLE migration_probe (id INTEGER) STRICT;',
    };
    withMigrations([next], () => {
      const db = openDatabase({ file });
      expect(db.pragma('user_version')).toBe(next.version);
      db.close();
    });
  });
});
