// The demo sandbox: a separate database file in the data folder's demo/ folder, filled with the demo
// data, that the core uses in place of the real one until the person goes back. The switch is done
// as a restore does it (backup/restore.ts): one at a time with backups and restores (queue.ts), the
// current connection checkpointed and closed, `ctx.db` replaced, so every service reads the demo at
// call time. While in the demo the real file is closed: nothing can write to it, its backups and
// history get no demo record, and the demo's own files (document-number journal) stay in demo/. The
// mode lives only in memory: a restart always opens the real data (see docs/durability.md).
import fs from 'node:fs';
import path from 'node:path';
import { serialized } from '../backup/queue';
import { closeCurrent } from '../backup/restore';
import type { Context, RealData } from '../context';
import { type Db, openDatabase } from '../db/database';
import { sql } from '../db/sql';
import { loadDemo } from './service';

export const DEMO_FOLDER = 'demo';
export const DEMO_DB_FILE = 'clair-desk-demo.sqlite';

/** The person's own preferences, carried into the demo so it speaks and signs as they do. */
const CARRIED_SETTINGS = ['language', 'staffName', 'dateOrder', 'dateDisplay'] as const;

export const demoFolder = (realDataDir: string) => path.join(realDataDir, DEMO_FOLDER);

/** A fresh demo database: the folder emptied, the file created, the settings carried, the data loaded. */
function freshDemo(
  ctx: Context,
  folder: string,
  settings: { key: string; value: string }[],
  trainees: number,
): RealData & { db: Db } {
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const dbFile = path.join(folder, DEMO_DB_FILE);
  // No onChange: a change in the demo sets off no daily or quit backup.
  const reopen = () => openDatabase({ file: dbFile, dataDir: folder, backupClock: ctx.backupClock });
  const db = reopen();
  try {
    const demoCtx: Context = { ...ctx, db, dataDir: folder, dbFile, reopen, actor: () => actorIn(db) };
    db.tx(() => {
      for (const { key, value } of settings) {
        db.run(sql`INSERT INTO settings (key, value) VALUES (${key}, ${value})
                   ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
      }
    });
    loadDemo(demoCtx, trainees);
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, dataDir: folder, dbFile, reopen };
}

/** The staff name the demo data is loaded under: the demo's own copy of it. */
const actorIn = (db: Db) =>
  db.get<{ value: string }>(sql`SELECT value FROM settings WHERE key = 'staffName'`)?.value ?? 'staff';

function carriedSettings(db: Db): { key: string; value: string }[] {
  return db.all<{ key: string; value: string }>(
    sql`SELECT key, value FROM settings WHERE key IN (${CARRIED_SETTINGS[0]}, ${CARRIED_SETTINGS[1]}, ${CARRIED_SETTINGS[2]}, ${CARRIED_SETTINGS[3]})`,
  );
}

/** The core continues on `data`; `real` is kept while the demo stands in for it. */
function switchData(ctx: Context, real: RealData | null, data: RealData & { db: Db }): void {
  ctx.sandbox = real;
  ctx.db = data.db;
  ctx.dataDir = data.dataDir;
  ctx.dbFile = data.dbFile;
  ctx.reopen = data.reopen;
}

/**
 * Opens a fresh demo database in place of the current one (entering again starts the demo afresh).
 * The demo is made completely before the real connection is closed, so a failure leaves the person
 * on their data as it was.
 */
export function enterDemo(ctx: Context, trainees = 120): Promise<{ active: boolean }> {
  return serialized(ctx, async () => {
    const real: RealData = ctx.sandbox ?? { dataDir: ctx.dataDir, dbFile: ctx.dbFile, reopen: ctx.reopen };
    const settings = carriedSettings(ctx.db);
    // Again in the demo: its connection goes before its folder is emptied.
    if (ctx.sandbox) closeCurrent(ctx);
    let demo: ReturnType<typeof freshDemo>;
    try {
      demo = freshDemo(ctx, demoFolder(real.dataDir), settings, trainees);
    } catch (error) {
      // A demo that could not be made afresh: the person is back on their data, not on a closed one.
      if (ctx.sandbox) switchData(ctx, null, { ...real, db: real.reopen() });
      throw error;
    }
    if (!ctx.sandbox) {
      try {
        closeCurrent(ctx);
      } catch (error) {
        demo.db.close();
        throw error;
      }
    }
    switchData(ctx, real, demo);
    return { active: true };
  });
}

/** Back to the real data: the demo's connection closed, the real file opened as at start-up. */
export function leaveDemo(ctx: Context): Promise<{ active: boolean }> {
  return serialized(ctx, async () => {
    const real = ctx.sandbox;
    if (!real) return { active: false };
    const db = real.reopen();
    ctx.db.close();
    switchData(ctx, null, { ...real, db });
    return { active: false };
  });
}
