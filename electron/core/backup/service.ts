// Backups of the running database and copies of them to a place the person chooses; what the rest of
// the core (handlers, the start-up, the shells) uses from the backup folder is exported here.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupKind } from '../../../shared/backup/schema';
import { AppFailure } from '../../../shared/result';
import type { Context } from '../context';
import { readBackup } from './catalog';
import { writeFailure } from './finish';
import { backupsDir, TEMP_PREFIX } from './paths';
import { serialized } from './queue';
import { type BackupOptions, writeBackup } from './write';

export { listBackups } from './catalog';
export { inspectFile } from './inspect';
export { backupsDir, incomingDir, uploadPath } from './paths';
export { settled } from './queue';
export { applyRestore, inspectSource, type RestoreOptions, type RestoreStep, resolveSource } from './restore';
export type { BackupOptions } from './write';

/** Backs up the current data now (one at a time). */
export function createBackup(ctx: Context, kind: BackupKind, options: BackupOptions = {}): Promise<BackupInfo> {
  return serialized(ctx, () => writeBackup(ctx, kind, options));
}

/** Is `target` the database itself, one of its side files, or anything else inside the data folder? */
function insideDataFolder(ctx: Context, target: string): boolean {
  const relative = path.relative(path.resolve(ctx.dataDir), target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Refuses a target that is not a full .sqlite path in an existing folder outside the data folder. */
function checkCopyTarget(ctx: Context, target: string): { file: string; folder: string } {
  if (!path.isAbsolute(target)) {
    throw new AppFailure({
      code: 'invalid_input',
      message: 'Choose where to save the copy with its full path.',
      issues: [{ path: 'handle', code: 'not_absolute' }],
    });
  }
  // Backups are .sqlite files (what the restore's file chooser looks for); this also keeps a stray
  // path from ever naming a file of another kind.
  if (!/\.sqlite$/i.test(target)) {
    throw new AppFailure({
      code: 'invalid_input',
      message: 'A backup copy is saved as a .sqlite file; add .sqlite to its name.',
      issues: [{ path: 'handle', code: 'not_sqlite_name' }],
    });
  }
  const file = path.resolve(target);
  if (insideDataFolder(ctx, file)) {
    throw new AppFailure({
      code: 'conflict',
      message:
        'A copy cannot be saved inside the data folder (it holds the database and its backups). Choose another folder.',
      issues: [{ path: 'handle', code: 'inside_data_folder' }],
    });
  }
  const folder = path.dirname(file);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new AppFailure({ code: 'not_found', message: `The folder "${folder}" does not exist.` });
  }
  if (fs.existsSync(file) && !fs.statSync(file).isFile()) {
    throw new AppFailure({
      code: 'conflict',
      message: `"${file}" is a folder, not a file. Choose a file name.`,
      issues: [{ path: 'handle', code: 'is_folder' }],
    });
  }
  return { file, folder };
}

/** The backup named `id`, which must have passed its check. */
function verifiedBackup(ctx: Context, id: string): BackupInfo {
  const found = readBackup(backupsDir(ctx.dataDir), id);
  if (!found) throw new AppFailure({ code: 'not_found', message: `There is no backup named ${id}.` });
  if (!found.verified) {
    throw new AppFailure({
      code: 'conflict',
      message: `The backup ${id} did not pass its check after it was written, so it is not copied. Choose another.`,
    });
  }
  return found;
}

/** A new manual backup, which must pass its check. */
async function freshBackup(ctx: Context): Promise<BackupInfo> {
  const backup = await writeBackup(ctx, 'manual');
  if (!backup.verified) {
    throw new AppFailure({
      code: 'internal',
      message: `The new backup did not pass its check (${backup.problem}); nothing was copied.`,
    });
  }
  return backup;
}

/** Copies under a temporary name beside the target, compares, then renames; on failure the temporary file goes. */
function copyWhole(source: string, folder: string, file: string): void {
  const temp = path.join(folder, `${TEMP_PREFIX}${crypto.randomUUID()}-${path.basename(file)}`);
  try {
    fs.copyFileSync(source, temp);
    if (sha256(temp) !== sha256(source)) throw new Error('the copy differs from the backup');
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw writeFailure(folder, error, 'The copy');
  }
}

/**
 * Copies a backup (a fresh, verified manual one when `id` is left out) to the file a save handle
 * stands for, outside the data folder: "export the whole dataset for a new laptop". Written under a
 * temporary name beside the target and renamed when whole and checked, so the target is never
 * half-written. The handle is used up either way: after a failure the person chooses again.
 */
export function copyBackupTo(
  ctx: Context,
  id: string | undefined,
  handle: string,
): Promise<{ name: string; backup: BackupInfo }> {
  const target = ctx.handles.resolve(handle, { purpose: 'backup', mode: 'save' });
  return serialized(ctx, async () => {
    const { file, folder } = checkCopyTarget(ctx, target);
    const backup = id ? verifiedBackup(ctx, id) : await freshBackup(ctx);
    copyWhole(path.join(backupsDir(ctx.dataDir), backup.id), folder, file);
    return { name: path.basename(file), backup };
  });
}
