// Assembles the core: opens the database in the data folder and wires the services to the contract.
// Both shells (Electron's IPC and the browser mode's HTTP) start here, and end with `shutdown`.
import fs from 'node:fs';
import path from 'node:path';
import { removeLeftovers } from './backup/catalog';
import { settled } from './backup/queue';
import { type AutoBackupOptions, AutoBackups } from './backup/schedule';
import { type AsyncDispatch, createAsyncDispatch, createDispatch, type Dispatch } from './boundary';
import type { Context } from './context';
import { type Db, openDatabase } from './db/database';
import { leaveDemo } from './demo/sandbox';
import { createFileHandles, type FileHandles } from './files/handles';
import { createHandlers } from './handlers';
import { acquireLock, type DataLock } from './lock';
import { DB_FILE, resolveResourcesDir } from './paths';
import { readSetting } from './settings/service';

export interface CoreOptions {
  dataDir: string;
  mode: 'electron' | 'browser';
  version: string;
  nativeBinding?: string;
  now?: () => Date;
  logSlow?: boolean;
  /** The clock of backups (names, "first use of the day"); real time unless a test sets it. */
  backupClock?: () => Date;
  /**
   * The daily and quit backups (default on; CLAIR_DESK_AUTO_BACKUP=off turns them off, which the
   * benchmarks do so that a background backup does not run inside their timings). Tests pass options.
   */
  autoBackup?: boolean | AutoBackupOptions;
  /** The shipped resources folder (default: paths.ts resolveResourcesDir). */
  resourcesDir?: string;
  /** The data folder's lock the caller took (lock.ts); the caller releases it after closing. */
  lock?: DataLock;
  /** The registry of chosen files (the session's, so it outlives recovery mode); a new one by default. */
  handles?: FileHandles;
}

export interface Core {
  /** The current connection (a restore replaces it; read it at call time). */
  readonly db: Db;
  ctx: Context;
  dispatch: Dispatch;
  /** Every channel, the asynchronous ones (backups, restore) included: what HTTP and IPC use. */
  dispatchAsync: AsyncDispatch;
  dbFile: string;
  /** Closes at once (no backup); safe to call twice. */
  close(): void;
  /** How the app ends: waits for a backup or restore under way, takes the quit backup, then closes. */
  shutdown(): Promise<void>;
}

export function openCore(options: CoreOptions): Core {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const dbFile = path.join(options.dataDir, DB_FILE);
  const fresh = !fs.existsSync(dbFile) || fs.statSync(dbFile).size === 0;
  const backupClock = options.backupClock ?? (() => new Date());
  const auto = options.autoBackup ?? process.env.CLAIR_DESK_AUTO_BACKUP !== 'off';
  let autoBackups: AutoBackups | null = null;
  // One writer per database: without the caller's lock, openCore takes the folder's own (lock.ts).
  const ownLock = options.lock ? null : acquireLock(options.dataDir, options.mode);
  const open = (): Db => {
    const db = openDatabase({
      file: dbFile,
      nativeBinding: options.nativeBinding,
      logSlow: options.logSlow,
      dataDir: options.dataDir,
      backupClock,
    });
    db.onChange = () => autoBackups?.noteChange();
    return db;
  };
  let db: Db;
  try {
    db = open();
  } catch (error) {
    ownLock?.release();
    throw error;
  }
  const ctx: Context = {
    db,
    actor: () => readSetting(ctx, 'staffName') ?? 'staff',
    now: options.now ?? (() => new Date()),
    dataDir: options.dataDir,
    dbFile,
    reopen: open,
    resourcesDir: options.resourcesDir ?? resolveResourcesDir(),
    backupClock,
    handles: options.handles ?? createFileHandles(),
    sandbox: null,
  };
  // Work files of a backup or restore the previous run did not finish (it was killed, the disk filled).
  try {
    removeLeftovers(options.dataDir);
  } catch (error) {
    console.warn(`backup: could not remove unfinished work files: ${(error as Error).message}`);
  }
  if (auto) {
    autoBackups = new AutoBackups(ctx, typeof auto === 'object' ? auto : {});
    autoBackups.start(fresh);
  }
  const handlers = createHandlers(ctx, { mode: options.mode, dataDir: options.dataDir, version: options.version });
  const close = () => {
    autoBackups?.stop();
    ctx.db.close();
    ownLock?.release();
  };
  return {
    get db() {
      return ctx.db;
    },
    ctx,
    dispatch: createDispatch(handlers),
    dispatchAsync: createAsyncDispatch(handlers),
    dbFile,
    close,
    async shutdown() {
      // Quitting in the demo: back to the real data, whose changes before the demo the quit backup keeps.
      await leaveDemo(ctx).catch((error: unknown) =>
        console.warn(`demo: could not reopen the real data at quit: ${(error as Error).message}`),
      );
      if (autoBackups) await autoBackups.quit();
      else await settled(ctx);
      close();
    },
  };
}
