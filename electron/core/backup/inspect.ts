// What a database file is and holds, read without changing it: used to verify every backup after
// writing and to inspect a file before it is restored. Problems are i18n keys (restore.problem.*).
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import type { RecordCounts } from '../../../shared/backup/schema';
import { connect } from '../db/driver';
import { APPLICATION_ID } from '../db/identity';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { differenceParams, schemaDifferences } from '../db/schema-check';

export interface Problem {
  code: string;
  params?: Record<string, string | number>;
}

export interface FileFacts {
  problem: Problem | null;
  size: number;
  schemaVersion: number | null;
  counts: RecordCounts | null;
  /** The newest entry of its audit log. */
  lastChangeAt: string | null;
}

/** The table behind each figure a person sees; older schemas lack some (counted as 0). */
const COUNTED: Record<keyof RecordCounts, string> = {
  trainees: 'trainees',
  hosts: 'hosts',
  placements: 'placements',
  progressEntries: 'progress_entries',
  cohorts: 'cohorts',
  auditEntries: 'audit_log',
};

function tableExists(raw: Database.Database, table: string): boolean {
  return raw.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
}

export function readCounts(raw: Database.Database): RecordCounts {
  const counts = {} as RecordCounts;
  for (const [key, table] of Object.entries(COUNTED) as [keyof RecordCounts, string][]) {
    // Table names come from the constant above, never from input.
    counts[key] = tableExists(raw, table) ? (raw.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number) : 0;
  }
  return counts;
}

function lastChange(raw: Database.Database): string | null {
  if (!tableExists(raw, 'audit_log')) return null;
  return (raw.prepare('SELECT max(at) FROM audit_log').pluck().get() as string | null) ?? null;
}

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export interface Header {
  kind: 'missing' | 'unreadable' | 'not_sqlite' | 'sqlite';
  size: number;
  /** In WAL mode (only ever true for kind 'sqlite'). */
  wal: boolean;
}

/** The first 100 bytes say whether this is SQLite at all, and whether it is in WAL mode. */
export function readHeader(file: string): Header {
  let fd: number | undefined;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { kind: 'missing', size: 0, wal: false };
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(100);
    const read = fs.readSync(fd, head, 0, 100, 0);
    if (read < 100 || !head.subarray(0, 16).equals(MAGIC)) return { kind: 'not_sqlite', size: stat.size, wal: false };
    // Bytes 18 and 19 (file format write/read versions) are 2 in WAL mode.
    return { kind: 'sqlite', size: stat.size, wal: head[18] === 2 || head[19] === 2 };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { kind: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable', size: 0, wal: false };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

const none = (size: number, problem: Problem): FileFacts => ({
  problem,
  size,
  schemaVersion: null,
  counts: null,
  lastChangeAt: null,
});

/** SQLite's reasons for not reading a file, as a person's problem. */
function problemOf(error: unknown): Problem {
  const code = String((error as { code?: unknown })?.code ?? '');
  if (code === 'SQLITE_NOTADB') return { code: 'not_sqlite' };
  if (code.startsWith('SQLITE_CORRUPT')) return { code: 'integrity_failed' };
  return { code: 'unreadable' };
}

/** The header says whose and which version; the tables, indexes, triggers and views must agree with it. */
export function schemaProblem(raw: Database.Database, schemaVersion: number): Problem | null {
  const differences = schemaDifferences(raw, schemaVersion);
  if (differences.length === 0) return null;
  return { code: 'schema_mismatch', params: { schemaVersion, ...differenceParams(differences) } };
}

/**
 * Opens `file` read-only and checks it the way a backup is verified: SQLite, ours (application_id),
 * not from a newer version, exactly the schema of its version (by the migrations, not by its
 * header), the full integrity check, then its counts and newest change.
 * A file in WAL mode is not opened in place (SQLite would create side files beside it): callers
 * copy such a file first (see `selfContained`).
 */
export function inspectFile(file: string): FileFacts {
  const header = readHeader(file);
  if (header.kind === 'missing') return none(0, { code: 'not_found' });
  if (header.kind === 'unreadable') return none(0, { code: 'unreadable' });
  if (header.kind === 'not_sqlite') return none(header.size, { code: 'not_sqlite' });
  if (header.wal) return none(header.size, { code: 'unreadable' });
  let raw: Database.Database | undefined;
  try {
    raw = connect(file, { readonly: true, fileMustExist: true });
    const appId = raw.pragma('application_id', { simple: true }) as number;
    if (appId !== APPLICATION_ID) return none(header.size, { code: 'not_clair_desk' });
    const schemaVersion = raw.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > LATEST_SCHEMA_VERSION) {
      return {
        ...none(header.size, {
          code: 'newer_version',
          params: { schemaVersion, supported: LATEST_SCHEMA_VERSION },
        }),
        schemaVersion,
      };
    }
    // The schema first: a missing or altered table of the search index fails the integrity check itself.
    const mismatch = schemaProblem(raw, schemaVersion);
    if (mismatch) return { ...none(header.size, mismatch), schemaVersion };
    const integrity = raw.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return { ...none(header.size, { code: 'integrity_failed' }), schemaVersion };
    return {
      problem: null,
      size: header.size,
      schemaVersion,
      counts: readCounts(raw),
      lastChangeAt: lastChange(raw),
    };
  } catch (error) {
    return none(header.size, problemOf(error));
  } finally {
    raw?.close();
  }
}

/**
 * Only the schema of a file already verified otherwise (a backup whose sidecar predates the schema
 * check): read-only, in place; a file in WAL mode is not opened (SQLite would create side files).
 */
export function inspectSchema(file: string): Problem | null {
  const header = readHeader(file);
  if (header.kind !== 'sqlite') return { code: header.kind === 'missing' ? 'not_found' : header.kind };
  if (header.wal) return { code: 'unreadable' };
  let raw: Database.Database | undefined;
  try {
    raw = connect(file, { readonly: true, fileMustExist: true });
    const schemaVersion = raw.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > LATEST_SCHEMA_VERSION) return { code: 'newer_version' };
    return schemaProblem(raw, schemaVersion);
  } catch (error) {
    return problemOf(error);
  } finally {
    raw?.close();
  }
}

/**
 * Makes a copy we own readable on its own: a file saved in WAL mode is switched to a rollback
 * journal (its content is the same; only the header's mode bytes change). Only ever run on our copies.
 */
export function selfContained(file: string): Problem | null {
  const header = readHeader(file);
  if (header.kind !== 'sqlite' || !header.wal) return null;
  let raw: Database.Database | undefined;
  try {
    raw = connect(file, { fileMustExist: true });
    raw.pragma('journal_mode = DELETE');
    return null;
  } catch (error) {
    return problemOf(error);
  } finally {
    raw?.close();
  }
}

/** inspectFile for a copy we own (one in WAL mode is made readable on its own first). */
export function inspectCopy(file: string): FileFacts {
  const problem = selfContained(file);
  return problem ? none(readHeader(file).size, problem) : inspectFile(file);
}
