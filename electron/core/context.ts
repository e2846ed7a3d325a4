// What every service gets: the database, who is acting, and the clock (tests fix both); and, for
// backups and restore, the data folder and a way to open its database file again.
import type { Db } from './db/database';
import type { FileHandles } from './files/handles';

/** The real data folder and database, kept while the demo sandbox stands in for them (demo/sandbox.ts). */
export interface RealData {
  dataDir: string;
  dbFile: string;
  reopen(): Db;
}

export interface Context {
  /** Read at call time: a restore replaces it with the restored file's connection. */
  db: Db;
  /** The staff member's name, stored with every change. */
  actor(): string;
  now(): Date;
  /**
   * The data folder: the database file, backups/, incoming/. While in the demo, these three name the
   * demo's folder, file and opening, so nothing of the demo is written beside the real data.
   */
  dataDir: string;
  /** The database file in the data folder. */
  dbFile: string;
  /** Opens the data folder's database file as at start-up (migrating it if older); restore uses it. */
  reopen(): Db;
  /** The app's shipped resources (resources/reference/: the reference files offered for import). */
  resourcesDir: string;
  /** The clock of backups (their names, "the first use of the day"): real time; tests set it. */
  backupClock(): Date;
  /** The real data while the demo is open in its place; null on the real data. */
  sandbox: RealData | null;
  /** Files chosen in the desktop app's dialogs, by handle (backup copies, restores). */
  handles: FileHandles;
}
