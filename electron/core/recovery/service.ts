// Recovery mode: the database was found damaged at start-up and kept aside (aside.ts). Until the
// person chooses, only settings.app.info and the recovery channels answer; every other channel says why not.
// Restoring copies a verified backup beside the database's place, checks the copy in full (the same
// inspection every backup gets), renames it into place and opens it like any start would.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { RecordCounts } from '../../../shared/backup/schema';
import { type Channel, channels } from '../../../shared/contract';
import type { RecoveryDone, RecoveryStatus } from '../../../shared/recovery/schema';
import { AppFailure } from '../../../shared/result';
import type { Core } from '../app';
import { discard } from '../backup/finish';
import { inspectCopy, readCounts } from '../backup/inspect';
import { TEMP_PREFIX } from '../backup/paths';
import { backupsDir, listBackups } from '../backup/service';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import type { AppEnv, Handlers } from '../handler-types';
import { clearMarker, clearTheWay, type RecoveryMarker } from './aside';

export interface RecoveryEnv extends AppEnv {
  /** The database's file name in the data folder. */
  dbName: string;
  marker: RecoveryMarker;
  now(): Date;
  /** Opens the core on the database now in place (the caller holds the data folder's lock). */
  openCore(): Core;
  /** Called once the core is open: from then on it answers every channel. */
  recovered(core: Core): void;
}

/** Makes the written file and its new name survive a power cut before the database is opened. */
function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function recoveryStatus(env: RecoveryEnv, marker: RecoveryMarker): RecoveryStatus {
  return {
    active: true,
    reason: marker.reason,
    detail: marker.detail,
    ...(marker.params ? { reasonParams: marker.params } : {}),
    detectedAt: marker.detectedAt || null,
    keptAside: marker.moves.map((m) => path.join(env.dataDir, m.to)),
    dataDir: env.dataDir,
    backups: listBackups(env.dataDir),
  };
}

/** The handlers of recovery mode: every channel of the contract, most of them refusing. */
export function recoveryModeHandlers(env: RecoveryEnv): Handlers {
  let marker = env.marker;
  let busy = false;
  const dbFile = path.join(env.dataDir, env.dbName);

  const notNow = () => {
    throw new AppFailure({
      code: 'unsupported',
      message:
        'CLAIR Desk is in recovery mode: the database could not be used and was kept aside. Restore a backup (or start with an empty database) first.',
    });
  };

  /** Puts a new database in place and opens it; the damaged files stay where they were kept. */
  async function replace(prepare: (() => void) | null, restored: string | null): Promise<RecoveryDone> {
    if (busy) throw new AppFailure({ code: 'conflict', message: 'A restore is already under way.' });
    busy = true;
    try {
      marker = clearTheWay(env.dataDir, env.dbName, marker, env.now());
      prepare?.();
      const core = env.openCore();
      const counts: RecordCounts = readCounts(core.db.raw);
      clearMarker(env.dataDir);
      env.recovered(core);
      return { restored, counts };
    } finally {
      busy = false;
    }
  }

  function copyIntoPlace(id: string): void {
    const backup = listBackups(env.dataDir).find((b) => b.id === id);
    if (!backup) throw new AppFailure({ code: 'not_found', message: `There is no backup named ${id}.` });
    if (!backup.verified) {
      throw new AppFailure({
        code: 'conflict',
        message: `The backup ${id} did not pass its check when it was made; choose another one. Nothing was changed.`,
      });
    }
    const temp = path.join(env.dataDir, `${TEMP_PREFIX}recovery-${crypto.randomUUID()}.sqlite`);
    try {
      fs.copyFileSync(path.join(backupsDir(env.dataDir), id), temp, fs.constants.COPYFILE_EXCL);
      const facts = inspectCopy(temp);
      if (facts.problem) {
        throw new AppFailure({
          code: 'conflict',
          message: `The backup ${id} no longer passes the check (${facts.problem.code}); choose another one. Nothing was changed.`,
        });
      }
      fsyncFile(temp);
      fs.renameSync(temp, dbFile);
    } catch (error) {
      discard(temp);
      throw error;
    }
  }

  const handlers = Object.fromEntries(channels.map((c) => [c, notNow])) as unknown as Handlers;
  const own: Partial<Record<Channel, unknown>> = {
    'settings.app.info': () => ({
      name: 'CLAIR Desk',
      version: env.version,
      schemaVersion: LATEST_SCHEMA_VERSION,
      mode: env.mode,
      dataDir: env.dataDir,
      // Recovery mode opens no database at all, the demo's least of all.
      demo: false,
    }),
    'recovery.status': () => recoveryStatus(env, marker),
    'recovery.restore': ({ id }: { id: string }) => replace(() => copyIntoPlace(id), id),
    'recovery.startEmpty': () => replace(null, null),
  };
  return Object.assign(handlers, own);
}
