// Writing one backup of the running database with SQLite's online backup API.
//
// Why everything after the page copy is synchronous (finish.ts): a restore takes its safety backup and
// then switches files in the same turn of the event loop, so no request can change the data in between.
import type { BackupInfo, BackupKind } from '../../../shared/backup/schema';
import type { Context } from '../context';
import { refuseInDemo } from '../demo/mode';
import { discard, finishBackup, tempBackupFile, writeFailure } from './finish';
import { backupsDir } from './paths';

export interface BackupOptions {
  log?: (message: string) => void;
}

/** Pages copied per step (8 MB at SQLite's 4 KB pages): few steps, and requests still run between them. */
const PAGES_PER_STEP = 2048;

/** A backup of the current data, verified, named, rotated (callers hold the queue, see queue.ts). */
export async function writeBackup(ctx: Context, kind: BackupKind, options: BackupOptions = {}): Promise<BackupInfo> {
  // The demo's data is nothing to keep, and its backups would sit among the real ones' kind.
  refuseInDemo(ctx, 'No backup is taken');
  const temp = tempBackupFile(ctx.dataDir);
  try {
    await ctx.db.raw.backup(temp, { progress: () => PAGES_PER_STEP });
  } catch (error) {
    discard(temp);
    throw writeFailure(backupsDir(ctx.dataDir), error);
  }
  return finishBackup(ctx.dataDir, temp, kind, ctx.backupClock(), options.log);
}
