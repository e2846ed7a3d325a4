// Test helper (not app code): real files of every kind a restore may be offered — an older CLAIR Desk
// database, one from a newer version, another program's SQLite file, a text file, damaged copies.
import crypto from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, migrations } from '../../db/migrations';

export const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A CLAIR Desk database built by only the migrations up to `version`, with one audit entry. */
export function olderDatabase(file: string, version: number): void {
  const raw = new Database(file);
  for (const m of migrations.filter((m) => m.version <= version)) {
    raw.exec(m.sql);
    raw.pragma(`user_version = ${m.version}`);
  }
  raw
    .prepare(
      "INSERT INTO audit_log (at, actor, entity, entity_id, action) VALUES ('2025-03-01T09:00:00.000Z', 'Sato', 'settings', 'x', 'update')",
    )
    .run();
  raw.close();
}

/** A CLAIR Desk database from a version that knows more migrations than this one. */
export function newerDatabase(file: string): void {
  olderDatabase(file, LATEST_SCHEMA_VERSION);
  const raw = new Database(file);
  raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
  raw.close();
}

/** Another program's SQLite database. */
export function foreignDatabase(file: string): void {
  const raw = new Database(file);
  raw.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello');");
  raw.pragma('application_id = 305419896');
  raw.close();
}

export function textFile(file: string): void {
  fs.writeFileSync(file, 'name,passport\nLan,C1234567\n'.repeat(200));
}

/** A copy with the page header of a table's first page overwritten (an invalid page type). */
export function corruptedCopy(source: string, target: string, table = 'audit_log'): void {
  const raw = new Database(source, { readonly: true });
  const page = raw.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').pluck().get(table) as number;
  const pageSize = raw.pragma('page_size', { simple: true }) as number;
  raw.close();
  const bytes = fs.readFileSync(source);
  bytes.fill(0xa5, (page - 1) * pageSize, (page - 1) * pageSize + 16);
  fs.writeFileSync(target, bytes);
}

/** The first half of a file, as a copy interrupted half-way would leave it. */
export function truncatedCopy(source: string, target: string): void {
  const bytes = fs.readFileSync(source);
  fs.writeFileSync(target, bytes.subarray(0, Math.floor(bytes.length / 2 / 4096) * 4096));
}

/** The database file's bytes once everything is in it (WAL checkpointed), for "exactly as it was". */
export function settledHash(db: { raw: Database.Database }, file: string): string {
  db.raw.pragma('wal_checkpoint(TRUNCATE)');
  return sha(file);
}
