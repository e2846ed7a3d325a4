// The copy taken before a migration changes an existing database. Synchronous (the database is being
// opened, nothing else uses it yet), so it is SQLite's VACUUM INTO rather than the online backup API:
// one consistent snapshot, written to a work file and then verified and named like every backup. A
// failure stops the migration and is recorded (failures.ts) until a good backup exists.
import type Database from 'better-sqlite3';
import type { BackupInfo } from '../../../shared/backup/schema';
import { AppFailure } from '../../../shared/result';
import { recordError, recordFailure } from './failures';
import { discard, finishBackup, notVerified, tempBackupFile } from './finish';
import { backupsDir } from './paths';

export function backupBeforeMigration(raw: Database.Database, dataDir: string, from: number, at: Date): void {
  let temp: string | undefined;
  try {
    temp = tempBackupFile(dataDir);
    raw.prepare('VACUUM INTO ?').run(temp);
  } catch (error) {
    if (temp) discard(temp);
    recordError(dataDir, 'pre_migration', at, error, backupsDir(dataDir));
    throw new AppFailure({
      code: 'internal',
      message: `The database needs an update (from schema ${from}), but the backup taken first could not be written (${(error as Error).message}). Nothing was changed.`,
    });
  }
  let info: BackupInfo;
  try {
    info = finishBackup(dataDir, temp, 'pre_migration', at);
  } catch (error) {
    recordError(dataDir, 'pre_migration', at, error, backupsDir(dataDir));
    throw error;
  }
  if (!info.verified) {
    recordFailure(dataDir, 'pre_migration', at, notVerified(info, backupsDir(dataDir)));
    throw new AppFailure({
      code: 'internal',
      message: `The database needs an update (from schema ${from}), but the backup taken first did not pass its check (${info.problem}). Nothing was changed; the backup was kept as ${info.id}.`,
    });
  }
}
