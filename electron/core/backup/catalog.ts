// The backups folder as a list: each backup file has a sidecar JSON written when it was verified, so
// listing opens no database. Rotation deletes by the rules in rules.ts.
import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_KINDS, BackupId, type BackupInfo, type BackupKind, RecordCounts } from '../../../shared/backup/schema';
import { inspectSchema } from './inspect';
import { backupsDir, sidecarPath, TEMP_PREFIX } from './paths';
import { toRemove } from './rules';

export interface Sidecar {
  kind: BackupKind;
  createdAt: string;
  schemaVersion: number;
  counts: RecordCounts;
  verified: boolean;
  problem: string | null;
  problemParams?: Record<string, string | number>;
  /** Verified with the schema check too; a sidecar without it is from before that check existed. */
  schemaChecked?: boolean;
}

const NO_COUNTS: RecordCounts = {
  trainees: 0,
  hosts: 0,
  placements: 0,
  progressEntries: 0,
  cohorts: 0,
  auditEntries: 0,
};

/** Written beside the backup under a temporary name and renamed, like the backup itself. */
export function writeSidecar(file: string, sidecar: Sidecar): void {
  const target = sidecarPath(file);
  const temp = path.join(path.dirname(file), `${TEMP_PREFIX}${path.basename(target)}`);
  try {
    fs.writeFileSync(temp, `${JSON.stringify(sidecar, null, 2)}\n`);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

function kindOf(id: string): BackupKind | null {
  const kind = /^clair-desk-([a-z_]+)-\d/.exec(id)?.[1];
  return (BACKUP_KINDS as readonly string[]).includes(kind ?? '') ? (kind as BackupKind) : null;
}

/** A backup's details; one without a readable sidecar is listed as not verified. */
export function readBackup(dir: string, id: string): BackupInfo | null {
  const file = path.join(dir, id);
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    return null;
  }
  const kind = kindOf(id);
  if (!kind) return null;
  let sidecar: Partial<Sidecar> = {};
  try {
    sidecar = JSON.parse(fs.readFileSync(sidecarPath(file), 'utf8')) as Partial<Sidecar>;
  } catch {
    // Missing or damaged: shown, but not trusted.
  }
  const counts = RecordCounts.safeParse(sidecar.counts);
  const complete = counts.success && typeof sidecar.createdAt === 'string' && sidecar.kind === kind;
  if (complete) sidecar = withSchemaChecked(file, sidecar as Sidecar);
  return {
    id,
    kind,
    createdAt: typeof sidecar.createdAt === 'string' ? sidecar.createdAt : fs.statSync(file).mtime.toISOString(),
    size,
    schemaVersion: typeof sidecar.schemaVersion === 'number' ? sidecar.schemaVersion : 0,
    counts: counts.success ? counts.data : NO_COUNTS,
    verified: complete && sidecar.verified === true,
    problem: complete ? (sidecar.problem ?? null) : 'not_verified',
    ...(complete && sidecar.problemParams ? { problemParams: sidecar.problemParams } : {}),
  };
}

/**
 * A backup verified before the schema was part of the check has its schema checked once, and the
 * answer is kept in its sidecar: a file whose tables are not CLAIR Desk's is never a good backup.
 */
function withSchemaChecked(file: string, sidecar: Sidecar): Sidecar {
  if (sidecar.verified !== true || sidecar.schemaChecked === true) return sidecar;
  const problem = inspectSchema(file);
  const next: Sidecar = problem
    ? {
        ...sidecar,
        verified: false,
        problem: problem.code,
        schemaChecked: true,
        ...(problem.params ? { problemParams: problem.params } : {}),
      }
    : { ...sidecar, schemaChecked: true };
  // Only a check that ran is kept (a file busy or unreadable just now is asked again next time).
  if (problem && problem.code !== 'schema_mismatch') return next;
  try {
    writeSidecar(file, next);
  } catch {
    // A folder that cannot be written to: the answer holds for this listing, and is found again next time.
  }
  return next;
}

/** Every backup in the folder, newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupsDir(dataDir);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => BackupId.safeParse(name).success)
    .map((name) => readBackup(dir, name))
    .filter((b): b is BackupInfo => b !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/** Deletes a backup and its sidecar. */
export function removeBackup(dataDir: string, id: string): void {
  const file = path.join(backupsDir(dataDir), id);
  fs.rmSync(file, { force: true });
  fs.rmSync(sidecarPath(file), { force: true });
}

/** Applies the rotation; a file that cannot be deleted now is left for the next time. */
export function rotate(dataDir: string, log: (message: string) => void = console.warn): string[] {
  const removed = toRemove(listBackups(dataDir));
  for (const id of removed) {
    try {
      removeBackup(dataDir, id);
    } catch (error) {
      log(`could not remove the old backup ${id}: ${(error as Error).message}`);
    }
  }
  return removed;
}

/** Work files left by a backup or restore that was interrupted (the app was killed, the disk filled). */
export function removeLeftovers(dataDir: string): void {
  for (const dir of [backupsDir(dataDir), dataDir]) {
    let names: string[] = [];
    try {
      names = fs.readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names.filter((n) => n.startsWith(TEMP_PREFIX))) {
      fs.rmSync(path.join(dir, name), { force: true });
    }
  }
}
