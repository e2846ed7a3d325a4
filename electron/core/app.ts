// Assembles the core: opens the database in the data folder and wires the services to the contract.
// Both shells (Electron's IPC and the browser mode's HTTP) start here.
import fs from 'node:fs';
import path from 'node:path';
import type { Context } from './context';
import { type Db, openDatabase } from './db/database';
import { type AsyncDispatch, createAsyncDispatch, createDispatch, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';
import { DB_FILE } from './paths';
import { readSetting } from './settings/service';

export interface CoreOptions {
  dataDir: string;
  mode: 'electron' | 'browser';
  version: string;
  nativeBinding?: string;
  now?: () => Date;
  logSlow?: boolean;
}

export interface Core {
  db: Db;
  ctx: Context;
  dispatch: Dispatch;
  /** Every channel, the asynchronous ones (backups, restore) included: what HTTP and IPC use. */
  dispatchAsync: AsyncDispatch;
  dbFile: string;
  close(): void;
}

export function openCore(options: CoreOptions): Core {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const dbFile = path.join(options.dataDir, DB_FILE);
  const db = openDatabase({ file: dbFile, nativeBinding: options.nativeBinding, logSlow: options.logSlow });
  const ctx: Context = {
    db,
    actor: () => readSetting(ctx, 'staffName') ?? 'staff',
    now: options.now ?? (() => new Date()),
  };
  const handlers = createHandlers(ctx, { mode: options.mode, dataDir: options.dataDir, version: options.version });
  return {
    db,
    ctx,
    dispatch: createDispatch(handlers),
    dispatchAsync: createAsyncDispatch(handlers),
    dbFile,
    close: () => db.close(),
  };
}
