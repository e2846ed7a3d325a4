// The copy taken before a migration changes an existing database. Synchronous (the database is being
// opened, nothing else uses it yet), so it is SQLite's VACUUM INTO rather than the online backup API:
// one consistent snapshot, written to a work file and then verified and named like every backup.
import type Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/result';
import { discard, finishBackup, tempBackupFile } from './finish';

export function backupBeforeMigration(raw: Database.Database, dataDir: string, from: number, at: Date): void {
  let temp: string | undefined;
  try {
    temp = tempBackupFile(dataDir);
    raw.prepare('VACUUM INTO ?').run(temp);
  } catch (error) {
    if (temp) discard(temp);
    throw new AppFailure({
      code: 'internal',
      message: `The database needs an update (from schema ${from}), but the backup taken first could not be written (${(error as Error).message}). Nothing was changed.`,
    });
  }
  const info = finishBackup(dataDir, temp, 'pre_migration', at);
  if (!info.verified) {
    throw new AppFailure({
      code: 'internal',
      message: `The database needs an update (from schema ${from}), but the backup taken first did not pass its check (${info.problem}). Nothing was changed; the backup was kept as ${info.id}.`,
    });
  }
}
