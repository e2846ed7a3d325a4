// What start-up checks before the database is used: that it is a SQLite file at all, whose it is and
// from which version (page 1), and PRAGMA quick_check over every page (b-tree structure, free list,
// well-formed records; it skips comparing each index with its table, which PRAGMA integrity_check adds
// at about twice the cost), after the schema is compared with the one its version's migrations make. Nothing is written: the file is opened read-only, so a damaged one stays
// exactly as it was found. (On a read-only connection SQLite does not parse CHECK constraints, so the
// check does not re-verify them; the tables' types and every write's constraints are SQLite's.)
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import type { RecoveryReason } from '../../../shared/recovery/schema';
import { connect } from '../db/driver';
import { APPLICATION_ID } from '../db/identity';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { differenceParams, differencesText, schemaDifferences } from '../db/schema-check';
import { NewerDatabase, savedByVersion } from './version';

export type Finding =
  | { kind: 'missing' }
  | { kind: 'ok'; checkMs: number; schemaMs: number }
  | { kind: 'damaged'; reason: RecoveryReason; detail: string; params?: Record<string, string | number> };

export interface CheckOptions {
  /** This app's version, named in the refusal of a newer database. */
  version: string;
}

const MAX_FINDINGS = 5;

/** SQLite's error codes that mean the file itself is damaged (not busy, not a permission problem). */
export function damageOf(error: unknown): { reason: RecoveryReason; detail: string } | null {
  const code = String((error as { code?: unknown })?.code ?? '');
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB') return { reason: 'not_a_database', detail: `${code}: ${message}` };
  if (code.startsWith('SQLITE_CORRUPT')) return { reason: 'corrupt', detail: `${code}: ${message}` };
  return null;
}

/**
 * A file that says it is ours must be exactly the schema of its version: one whose tables were
 * dropped, altered or are another program's would answer most screens with SQLITE_ERROR. (It takes
 * about 10 ms, most of it deriving the expected schema once, so it runs at every start: no memo of
 * files already compared is worth its staleness.) Another application's file is openDatabase's refusal.
 */
function schemaMismatch(raw: Database.Database, schemaVersion: number): Finding | null {
  const differences = schemaDifferences(raw, schemaVersion);
  if (differences.length === 0) return null;
  return {
    kind: 'damaged',
    reason: 'schema_mismatch',
    detail: `The schema differs from CLAIR Desk's schema ${schemaVersion}: ${differencesText(differences)}`,
    params: { schemaVersion, ...differenceParams(differences) },
  };
}

/**
 * Classifies the database file before the app opens it for writing. Throws NewerDatabase for a file
 * from a newer version (left untouched); other refusals (another application's file) are
 * openDatabase's. Errors that are not damage (a permission problem, a busy file) are thrown as they are.
 */
export function checkDatabase(file: string, options: CheckOptions): Finding {
  if (!fs.existsSync(file)) return { kind: 'missing' };
  let raw: Database.Database | null = null;
  try {
    raw = connect(file, { readonly: true, fileMustExist: true });
    const appId = raw.pragma('application_id', { simple: true }) as number;
    const schemaVersion = raw.pragma('user_version', { simple: true }) as number;
    if (appId === APPLICATION_ID && schemaVersion > LATEST_SCHEMA_VERSION) {
      throw new NewerDatabase({
        schemaVersion,
        knownSchema: LATEST_SCHEMA_VERSION,
        savedBy: savedByVersion(raw),
        ourVersion: options.version,
      });
    }
    // The schema first: a missing or altered table of the search index fails quick_check itself.
    const schemaStart = performance.now();
    const mismatch = appId === APPLICATION_ID ? schemaMismatch(raw, schemaVersion) : null;
    if (mismatch) return mismatch;
    const schemaMs = performance.now() - schemaStart;
    const start = performance.now();
    const findings = raw.pragma(`quick_check(${MAX_FINDINGS})`, { simple: false }) as { quick_check: string }[];
    const checkMs = performance.now() - start;
    const problems = findings.map((row) => row.quick_check).filter((line) => line !== 'ok');
    if (problems.length > 0) return { kind: 'damaged', reason: 'check_failed', detail: problems.join('\n') };
    return { kind: 'ok', checkMs, schemaMs };
  } catch (error) {
    const damage = damageOf(error);
    if (damage) return { kind: 'damaged', ...damage };
    throw error;
  } finally {
    raw?.close();
  }
}
