// The second half of every backup, however its pages were copied (the online backup API, write.ts;
// VACUUM INTO before a migration): the file verified, named, described in its sidecar, the first good
// one of a month kept as the monthly, and the rotation applied. Synchronous (see write.ts for why).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupKind } from '../../../shared/backup/schema';
import { AppFailure } from '../../../shared/result';
import { listBackups, readBackup, rotate, writeSidecar } from './catalog';
import { BackupWriteFailure, clearFailure, reasonOf, recordError, recordFailure } from './failures';
import { inspectCopy } from './inspect';
import { backupName, backupsDir, sidecarPath, TEMP_PREFIX } from './paths';
import { monthlyDue } from './rules';

/** A new work file in the backups folder (created if missing); its name starts with TEMP_PREFIX. */
export function tempBackupFile(dataDir: string): string {
  const dir = backupsDir(dataDir);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw writeFailure(dir, error);
  }
  return path.join(dir, `${TEMP_PREFIX}${crypto.randomUUID()}.sqlite`);
}

/** Removes a work file and the journal SQLite may have left beside it. */
export function discard(file: string): void {
  for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
}

/** Why a file could not be written, in a person's words, naming the folder. */
export function writeFailure(dir: string, error: unknown, what = 'The backup'): AppFailure {
  if (error instanceof AppFailure) return error;
  const reason = reasonOf(error);
  const words =
    reason === 'disk_full'
      ? 'the disk is full'
      : reason === 'not_writable'
        ? 'the folder cannot be written to (check its permissions, or whether the disk is read-only)'
        : `the system reported: ${(error as Error)?.message ?? String(error)}`;
  return new BackupWriteFailure(
    `${what} could not be written in the folder "${dir}": ${words}. Nothing half-written was left there, and your data is unchanged.`,
    reason,
    dir,
  );
}

/**
 * Verifies `temp` (a complete copy in the backups folder), names it, describes it in its sidecar, and
 * rotates. A copy that fails verification is kept under its name with the problem in its sidecar,
 * listed as not verified, and never counted as a good backup.
 */
export function finishBackup(
  dataDir: string,
  temp: string,
  kind: BackupKind,
  at: Date,
  log: (message: string) => void = console.warn,
): BackupInfo {
  const dir = backupsDir(dataDir);
  let final: string | undefined;
  try {
    const facts = inspectCopy(temp);
    const name = backupName(kind, at, (n) => fs.existsSync(path.join(dir, n)));
    final = path.join(dir, name);
    fs.renameSync(temp, final);
    writeSidecar(final, {
      kind,
      createdAt: at.toISOString(),
      schemaVersion: facts.schemaVersion ?? 0,
      counts: facts.counts ?? { trainees: 0, hosts: 0, placements: 0, progressEntries: 0, cohorts: 0, auditEntries: 0 },
      verified: facts.problem === null,
      problem: facts.problem?.code ?? null,
      ...(facts.problem?.params ? { problemParams: facts.problem.params } : {}),
      schemaChecked: true,
    });
  } catch (error) {
    discard(temp);
    if (final) for (const f of [final, sidecarPath(final)]) fs.rmSync(f, { force: true });
    throw writeFailure(dir, error);
  }
  const info = readBackup(dir, path.basename(final));
  if (!info) throw writeFailure(dir, new Error('the backup disappeared after it was written'));
  if (info.verified) {
    clearFailure(dataDir);
    if (kind !== 'monthly' && monthlyDue(listBackups(dataDir), at)) keepAsMonthly(dataDir, final, at, log);
    rotate(dataDir, log);
  }
  return info;
}

/** The month's first good backup, copied as the monthly one; failing that is logged, not fatal. */
function keepAsMonthly(dataDir: string, file: string, at: Date, log: (message: string) => void): void {
  let temp: string | undefined;
  try {
    temp = tempBackupFile(dataDir);
    fs.copyFileSync(file, temp);
    const monthly = finishBackup(dataDir, temp, 'monthly', at, log);
    if (!monthly.verified) {
      log(`the monthly copy ${monthly.id} failed verification (${monthly.problem})`);
      recordFailure(dataDir, 'monthly', at, notVerified(monthly, backupsDir(dataDir)));
    }
  } catch (error) {
    if (temp) discard(temp);
    log(`could not keep a monthly backup: ${(error as Error).message}`);
    recordError(dataDir, 'monthly', at, error, backupsDir(dataDir));
  }
}

/** A copy written but not passing its check, as a failure to record. */
export function notVerified(info: BackupInfo, folder: string) {
  return {
    reason: 'not_verified' as const,
    detail: `The backup ${info.id} was written but did not pass its check (${info.problem}).`,
    folder,
  };
}
