// Where backups and restores keep their files inside the data folder, and how backups are named.
import path from 'node:path';
import type { BackupKind } from '../../../shared/backup/schema';

/** Verified backups (and those that failed verification, marked so in their sidecar). */
export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/** Files the browser mode received through its upload endpoint, waiting to be inspected and restored. */
export function incomingDir(dataDir: string): string {
  return path.join(dataDir, 'incoming');
}

/** The file of one upload (uploadId is a UUID, checked by the contract before it gets here). */
export function uploadPath(dataDir: string, uploadId: string): string {
  return path.join(incomingDir(dataDir), `${uploadId}.sqlite`);
}

/** The small JSON beside each backup (kind, date, counts, verification), so listing opens no database. */
export function sidecarPath(file: string): string {
  return `${file}.json`;
}

/** Work files start with a dot: never listed, removed when left over from a crash. */
export const TEMP_PREFIX = '.tmp-';

/** `clair-desk-<kind>-<UTC timestamp with milliseconds>.sqlite`, with `-2`, `-3`… when that name is taken. */
export function backupName(kind: BackupKind, at: Date, taken: (name: string) => boolean): string {
  const stamp = at.toISOString().replace(/[-:.]/g, ''); // 20260601T120000123Z
  const base = `clair-desk-${kind}-${stamp}`;
  let name = `${base}.sqlite`;
  for (let n = 2; taken(name); n++) name = `${base}-${n}.sqlite`;
  return name;
}
