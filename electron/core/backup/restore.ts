// Restoring a backup or a chosen file: inspected first (never changed), then applied — copied into
// the data folder and checked there, a safety backup of the current data, then the atomic switch
// (rename over the database file) and the core continues on the restored data. A failure before
// the rename leaves the current database as it was; a restored file that will not open after it is
// replaced by the safety backup.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { RestoreDone, RestoreInspection, RestoreSource } from '../../../shared/backup/schema';
import { AppFailure } from '../../../shared/result';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { sql } from '../db/sql';
import { refuseInDemo } from '../demo/mode';
import { discard, writeFailure } from './finish';
import { type FileFacts, inspectCopy, inspectFile, type Problem, readCounts, readHeader } from './inspect';
import { backupsDir, TEMP_PREFIX, uploadPath } from './paths';
import { serialized } from './queue';
import { writeBackup } from './write';

/** The file a source names (the contract has checked ids and their shapes; a handle is resolved here). */
export function resolveSource(ctx: Pick<Context, 'dataDir' | 'handles'>, source: RestoreSource): string {
  if (source.kind === 'backup') return path.join(backupsDir(ctx.dataDir), source.id);
  if (source.kind === 'upload') return uploadPath(ctx.dataDir, source.uploadId);
  // The same open handle serves the inspection and then the restore; it goes once the restore is done.
  return ctx.handles.resolve(source.handle, { purpose: 'backup', mode: 'open' }, 'source.handle');
}

/** The running database's own files are not a source (they change as it runs). */
function isCurrentDatabase(ctx: Context, file: string): boolean {
  const db = path.resolve(ctx.dbFile);
  return [db, `${db}-wal`, `${db}-shm`, `${db}-journal`].includes(path.resolve(file));
}

function describe(ctx: Context, facts: FileFacts): RestoreInspection {
  return {
    restorable: facts.problem === null,
    problem: facts.problem,
    size: facts.size,
    schemaVersion: facts.schemaVersion,
    lastChangeAt: facts.lastChangeAt,
    counts: facts.counts,
    current: readCounts(ctx.db.raw),
  };
}

/** A temporary copy in the data folder: on the database's own disk, so the final rename is atomic. */
function tempInDataFolder(ctx: Context, label: string): string {
  return path.join(ctx.dataDir, `${TEMP_PREFIX}${label}-${crypto.randomUUID()}.sqlite`);
}

/**
 * What the source is and holds, without changing it: opened read-only in place; a file saved in
 * WAL mode (SQLite would create side files beside it) is inspected through a temporary copy.
 */
export function inspectSource(ctx: Context, source: RestoreSource): RestoreInspection {
  const file = resolveSource(ctx, source);
  if (isCurrentDatabase(ctx, file)) {
    return describe(ctx, {
      problem: { code: 'current_database' },
      size: 0,
      schemaVersion: null,
      counts: null,
      lastChangeAt: null,
    });
  }
  const header = readHeader(file);
  if (header.kind !== 'sqlite' || !header.wal) return describe(ctx, inspectFile(file));
  const temp = tempInDataFolder(ctx, 'inspect');
  try {
    fs.copyFileSync(file, temp);
    return describe(ctx, inspectCopy(temp));
  } catch {
    return describe(ctx, {
      problem: { code: 'unreadable' },
      size: header.size,
      schemaVersion: null,
      counts: null,
      lastChangeAt: null,
    });
  } finally {
    discard(temp);
  }
}

/** The steps of a restore, named so tests can make one fail. */
export type RestoreStep = 'copy' | 'verify' | 'safety' | 'close' | 'rename' | 'reopen';

export interface RestoreOptions {
  /** Tests only: throw at this step, as a full disk or a damaged file would. */
  failAt?: RestoreStep;
  log?: (message: string) => void;
}

/** "missing table placements; altered index x; and 2 more", from a schema_mismatch's params. */
function differencesSaid(params: Problem['params']): string {
  const named = String(params?.objects ?? '')
    .split('\n')
    .filter(Boolean);
  const more = Number(params?.count ?? named.length) - named.length;
  return more > 0 ? `${named.join('; ')}; and ${more} more` : named.join('; ');
}

function refusal(problem: NonNullable<FileFacts['problem']>): AppFailure {
  if (problem.code === 'not_found') {
    return new AppFailure({ code: 'not_found', message: 'The file to restore was not found.' });
  }
  const said: Record<string, string> = {
    not_sqlite: 'it is not a database file',
    not_clair_desk: 'it is not a CLAIR Desk database',
    newer_version: `it was saved by a newer version of CLAIR Desk (schema ${problem.params?.schemaVersion}; this version knows up to ${LATEST_SCHEMA_VERSION})`,
    integrity_failed: 'it is damaged (it failed the integrity check)',
    schema_mismatch: `its tables, indexes or triggers are not those of CLAIR Desk's schema ${problem.params?.schemaVersion} (${differencesSaid(problem.params)})`,
    unreadable: 'it could not be read',
    current_database: 'it is the database in use',
  };
  return new AppFailure({
    code: 'conflict',
    message: `This file cannot be restored: ${said[problem.code] ?? problem.code}. Your data was not changed.`,
    issues: [{ path: 'source', code: problem.code, ...(problem.params ? { params: problem.params } : {}) }],
  });
}

/** The old file's side files must go before another file takes its name (SQLite would apply an old WAL to it). */
function removeSideFiles(dbFile: string): void {
  for (const side of [`${dbFile}-wal`, `${dbFile}-shm`, `${dbFile}-journal`]) {
    let size: number;
    try {
      size = fs.statSync(side).size;
    } catch {
      continue;
    }
    // After a truncating checkpoint and close, a WAL with content means another connection still has it.
    if (side.endsWith('-wal') && size > 0) throw new Error('the database is still in use by another program');
    fs.rmSync(side, { force: true });
  }
}

/** Closes the current connection with everything written into the database file itself. */
export function closeCurrent(ctx: Context): void {
  const result = ctx.db.raw.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  if (result[0]?.busy) {
    throw new AppFailure({
      code: 'conflict',
      message: 'The database is busy with another task, so nothing was restored. Try again in a moment.',
    });
  }
  ctx.db.close();
}

/** Puts `file` in the database's place (the old file's side files removed first). */
function switchTo(ctx: Context, file: string): void {
  removeSideFiles(ctx.dbFile);
  fs.renameSync(file, ctx.dbFile);
}

export function applyRestore(ctx: Context, source: RestoreSource, options: RestoreOptions = {}): Promise<RestoreDone> {
  const fault = (step: RestoreStep) => {
    if (options.failAt === step) throw new Error(`injected fault at ${step}`);
  };
  return serialized(ctx, async () => {
    // Checked in turn, not when asked: a switch to the demo may be queued before this restore.
    refuseInDemo(ctx, 'Nothing is restored');
    const file = resolveSource(ctx, source);
    if (isCurrentDatabase(ctx, file)) throw refusal({ code: 'current_database' });
    const header = readHeader(file);
    if (header.kind === 'missing') throw refusal({ code: 'not_found' });
    if (header.kind === 'unreadable') throw refusal({ code: 'unreadable' });
    const temp = tempInDataFolder(ctx, 'restore');
    try {
      // 1. A copy of our own, checked again: what is checked is exactly what is put in place.
      try {
        fault('copy');
        fs.copyFileSync(file, temp);
      } catch (error) {
        throw writeFailure(ctx.dataDir, error, 'The file to restore');
      }
      const facts = inspectCopy(temp);
      fault('verify');
      if (facts.problem) throw refusal(facts.problem);

      // 2. The current data, kept before anything changes.
      const safety = await writeBackup(ctx, 'pre_restore', { log: options.log });
      if (!safety.verified) {
        throw new AppFailure({
          code: 'internal',
          message: `The safety backup of the current data did not pass its check (${safety.problem}), so nothing was restored.`,
        });
      }
      fault('safety');

      // 3. The switch, synchronous from here on (see write.ts).
      const staffName = readStaffName(ctx);
      closeCurrent(ctx);
      try {
        fault('close');
        removeSideFiles(ctx.dbFile);
        fault('rename');
        fs.renameSync(temp, ctx.dbFile);
      } catch (error) {
        // Nothing was replaced: the current database goes on as it was.
        ctx.db = ctx.reopen();
        throw writeFailure(ctx.dataDir, error, 'The restored data');
      }
      try {
        fault('reopen');
        ctx.db = ctx.reopen();
      } catch (error) {
        putBack(ctx, path.join(backupsDir(ctx.dataDir), safety.id));
        throw new AppFailure({
          code: 'internal',
          message: `The restored file could not be opened (${(error as Error).message}); your data was put back as it was just before the restore.`,
        });
      }
      if (source.kind === 'upload') fs.rmSync(file, { force: true });
      if (source.kind === 'file') ctx.handles.release(source.handle);
      // What the file holds, counted before the restore's own history entry is added.
      const counts = readCounts(ctx.db.raw);
      recordRestore(ctx, source, file, safety.id, staffName);
      return {
        safetyBackup: safety,
        counts,
        migratedFrom:
          facts.schemaVersion !== null && facts.schemaVersion < LATEST_SCHEMA_VERSION ? facts.schemaVersion : null,
      };
    } finally {
      discard(temp);
    }
  });
}

const readStaffName = (ctx: Context) =>
  ctx.db.get<{ value: string }>(sql`SELECT value FROM settings WHERE key = 'staffName'`)?.value ?? null;

/**
 * In the restored data: the person at this computer stays its staff name (the file carries whoever
 * used it last, and every change would otherwise be recorded under their name), and the history says
 * that a restore happened, from what, and where the data before it was kept.
 */
function recordRestore(
  ctx: Context,
  source: RestoreSource,
  file: string,
  safetyId: string,
  staffName: string | null,
): void {
  ctx.db.tx(() => {
    const restoredName = readStaffName(ctx);
    if (staffName !== null && staffName !== restoredName) {
      ctx.db.run(sql`INSERT INTO settings (key, value) VALUES ('staffName', ${staffName})
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
      recordAudit(ctx, {
        entity: 'settings',
        entityId: 'app',
        action: 'update',
        before: { staffName: restoredName },
        after: { staffName },
      });
    }
    const from = source.kind === 'backup' ? source.id : source.kind === 'file' ? path.basename(file) : null;
    recordAudit(ctx, {
      entity: 'database',
      entityId: 'app',
      action: 'restore',
      after: { from, safetyBackup: safetyId },
    });
  });
}

/** After a failed switch: the safety backup goes back in the database's place, and is opened. */
function putBack(ctx: Context, safetyFile: string): void {
  const temp = tempInDataFolder(ctx, 'putback');
  try {
    fs.copyFileSync(safetyFile, temp);
    switchTo(ctx, temp);
  } finally {
    discard(temp);
  }
  ctx.db = ctx.reopen();
}
