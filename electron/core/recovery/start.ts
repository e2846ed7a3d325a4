// Starting the app on a data folder, for both shells: take the folder's lock (one writer), check the
// database before using it (check.ts), then open the core, or, when the database is damaged, keep it
// aside and start in recovery mode. The session's dispatch answers from the core once one is open.
import fs from 'node:fs';
import path from 'node:path';
import { type Core, type CoreOptions, openCore } from '../app';
import { type AsyncDispatch, createAsyncDispatch } from '../boundary';
import { setNativeBinding } from '../db/driver';
import { createFileHandles, type FileHandles } from '../files/handles';
import { acquireLock, DataFolderReadOnly, type DataLock } from '../lock';
import { DB_FILE } from '../paths';
import { keepAside, performMoves, type RecoveryMarker, readMarker } from './aside';
import { checkDatabase, damageOf } from './check';
import { recoveryModeHandlers } from './service';
import { recordAppVersion } from './version';

export interface AppSession {
  dataDir: string;
  dbFile: string;
  /** The open core; null while in recovery mode. */
  readonly core: Core | null;
  /** What start-up found wrong, while in recovery mode; null otherwise. */
  readonly recovery: RecoveryMarker | null;
  /** How long the start-up check of the database took (ms); null when there was none. */
  readonly checkMs: number | null;
  /** How long its schema comparison took (ms), apart from checkMs; null when there was none. */
  readonly schemaMs: number | null;
  /** Every channel: the core's answers, or recovery mode's. */
  dispatchAsync: AsyncDispatch;
  /**
   * Where the Electron shell registers the files chosen in its dialogs (files/handles.ts); the renderer
   * gets only the handle. Not a channel, so no page can register a path.
   */
  readonly handles: FileHandles;
  /** Called when recovery mode ends with an open core (Electron rebuilds its menu). */
  onRecovered(listener: (core: Core) => void): void;
  /** Closes at once (no quit backup) and releases the lock; safe to call twice. */
  close(): void;
  /** How the shells end: the core's shutdown (the quit backup), then the lock goes. */
  shutdown(): Promise<void>;
}

const READ_ONLY = new Set(['EACCES', 'EPERM', 'EROFS']);

function errno(error: unknown): string {
  return String((error as NodeJS.ErrnoException)?.code ?? '');
}

/** The data folder exists and can be written to; said plainly when it cannot. */
function prepareFolder(dataDir: string): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    if (READ_ONLY.has(errno(error))) throw new DataFolderReadOnly(dataDir, errno(error));
    throw error;
  }
}

/** A database file that cannot be written (the folder can) fails every save: refuse to start instead. */
function assertWritable(dataDir: string, dbFile: string): void {
  for (const file of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) {
    try {
      fs.accessSync(file, fs.constants.W_OK);
    } catch (error) {
      if (errno(error) === 'ENOENT') continue;
      if (READ_ONLY.has(errno(error))) throw new DataFolderReadOnly(dataDir, `${path.basename(file)}: ${errno(error)}`);
      throw error;
    }
  }
}

export function startApp(startOptions: CoreOptions): AppSession {
  const options = { ...startOptions, handles: startOptions.handles ?? createFileHandles() };
  setNativeBinding(options.nativeBinding);
  const now = options.now ?? (() => new Date());
  const { dataDir } = options;
  const dbFile = path.join(dataDir, DB_FILE);
  prepareFolder(dataDir);
  const lock = acquireLock(dataDir, options.mode, now);
  try {
    assertWritable(dataDir, dbFile);
    const pending = readMarker(dataDir);
    if (pending) {
      // A recovery not finished before the app closed (or crashed): finish keeping the files aside.
      performMoves(dataDir, pending.moves);
      return session(options, lock, dbFile, { marker: pending, checkMs: null, schemaMs: null });
    }
    const found = checkDatabase(dbFile, { version: options.version });
    const checkMs = found.kind === 'ok' ? found.checkMs : null;
    const schemaMs = found.kind === 'ok' ? found.schemaMs : null;
    if (found.kind === 'damaged') {
      return session(options, lock, dbFile, {
        marker: keepAside(dataDir, DB_FILE, found, now()),
        checkMs,
        schemaMs,
      });
    }
    try {
      return session(options, lock, dbFile, { core: open(options, lock), checkMs, schemaMs });
    } catch (error) {
      // Damage the check could not see (a page only the migrations read).
      const damage = damageOf(error);
      if (!damage) throw error;
      return session(options, lock, dbFile, {
        marker: keepAside(dataDir, DB_FILE, damage, now()),
        checkMs,
        schemaMs,
      });
    }
  } catch (error) {
    lock.release();
    throw error;
  }
}

function open(options: CoreOptions, lock: DataLock): Core {
  const core = openCore({ ...options, lock });
  try {
    recordAppVersion(core.db, options.version);
  } catch (error) {
    core.close();
    throw error;
  }
  return core;
}

function session(
  options: CoreOptions & { handles: FileHandles },
  lock: DataLock,
  dbFile: string,
  initial: { core?: Core; marker?: RecoveryMarker; checkMs: number | null; schemaMs: number | null },
): AppSession {
  let core = initial.core ?? null;
  let marker = initial.marker ?? null;
  let closed = false;
  const listeners: ((core: Core) => void)[] = [];
  const recoveryDispatch = marker
    ? createAsyncDispatch(
        recoveryModeHandlers({
          dataDir: options.dataDir,
          mode: options.mode,
          version: options.version,
          dbName: path.basename(dbFile),
          marker,
          now: options.now ?? (() => new Date()),
          openCore: () => open(options, lock),
          recovered: (opened) => {
            core = opened;
            marker = null;
            for (const listener of listeners) listener(opened);
          },
        }),
      )
    : null;
  return {
    dataDir: options.dataDir,
    dbFile,
    get core() {
      return core;
    },
    get recovery() {
      return marker;
    },
    checkMs: initial.checkMs,
    schemaMs: initial.schemaMs,
    handles: options.handles,
    dispatchAsync: (channel, input) => {
      if (core) return core.dispatchAsync(channel, input);
      if (recoveryDispatch && !closed) return recoveryDispatch(channel, input);
      return Promise.resolve({ ok: false, error: { code: 'internal', message: 'CLAIR Desk has closed.' } });
    },
    onRecovered: (listener) => {
      listeners.push(listener);
    },
    close() {
      closed = true;
      core?.close();
      core = null;
      lock.release();
    },
    async shutdown() {
      closed = true;
      const open = core;
      core = null;
      try {
        await open?.shutdown();
      } finally {
        lock.release();
      }
    },
  };
}
