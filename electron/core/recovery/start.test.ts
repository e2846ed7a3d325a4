// Start-up on real data folders: the lock, the version stamp, a database from a newer version, and a
// damaged database (kept aside, recovery mode, a backup restored or an empty start).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { BackupInfo } from '../../../shared/backup/schema';
import type { RecoveryDone, RecoveryStatus } from '../../../shared/recovery/schema';
import type { Result } from '../../../shared/result';
import { breakFreeList, breakHeader, breakPages } from '../../../tests/support/damage';
import { makeTempDir, traineeInput } from '../../../tests/support/test-core';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { LOCK_FILE, LockHeld } from '../lock';
import { DB_FILE } from '../paths';
import { DAMAGED_DIR, MARKER_FILE, planMoves } from './aside';
import { type AppSession, startApp } from './start';
import { NewerDatabase } from './version';

let dir: string;
let open: AppSession[] = [];
beforeEach(() => {
  dir = makeTempDir('clair-desk-start-');
});
afterEach(() => {
  for (const s of open) s.close();
  open = [];
  fs.rmSync(dir, { recursive: true, force: true });
});

const dbFile = () => path.join(dir, DB_FILE);
const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function start(version = '0.1.0'): AppSession {
  const session = startApp({ dataDir: dir, mode: 'browser', version, autoBackup: false });
  open.push(session);
  return session;
}

function stop(session: AppSession): void {
  session.close();
  open = open.filter((s) => s !== session);
}

async function call<T>(session: AppSession, channel: string, input: unknown = {}): Promise<Result<T>> {
  return (await session.dispatchAsync(channel, input)) as Result<T>;
}

async function ok<T>(session: AppSession, channel: string, input: unknown = {}): Promise<T> {
  const result = await call<T>(session, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** A folder with two trainees and a verified backup of them, then a third trainee (not in the backup). */
async function folderWithBackup(): Promise<BackupInfo> {
  const session = start();
  await ok(session, 'trainees.create', { data: traineeInput({ fullName: 'Nguyễn Thị Lan' }), confirm: true });
  await ok(session, 'trainees.create', { data: traineeInput({ fullName: 'Aung', passportNumber: 'B7654321' }) });
  const backup = await ok<BackupInfo>(session, 'backup.create');
  await ok(session, 'trainees.create', { data: traineeInput({ fullName: 'Later', passportNumber: 'C1111111' }) });
  stop(session);
  return backup;
}

function refusal(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('it started');
}

describe('an ordinary start', () => {
  test('holds the lock while open and records the app version in the database', async () => {
    const session = start('0.2.0');
    expect(session.recovery).toBeNull();
    expect(session.checkMs).toBeNull(); // a new database: nothing to check
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).mode).toBe('browser');
    expect(refusal(() => start())).toBeInstanceOf(LockHeld);
    expect((await ok<RecoveryStatus>(session, 'recovery.status')).active).toBe(false);
    expect((await call(session, 'recovery.startEmpty', { confirm: true })).ok).toBe(false);
    stop(session);
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    const raw = new Database(dbFile(), { readonly: true });
    expect(raw.prepare("SELECT value FROM settings WHERE key = 'appVersion'").pluck().get()).toBe('0.2.0');
    raw.close();
    // Reopened: the database is checked first (quick_check), and the new version is recorded.
    const again = start('0.2.1');
    expect(again.checkMs).toBeGreaterThanOrEqual(0);
    expect(again.core?.db.raw.prepare("SELECT value FROM settings WHERE key = 'appVersion'").pluck().get()).toBe(
      '0.2.1',
    );
  });

  test('shutdown releases the lock after the core has closed', async () => {
    const session = start();
    await session.shutdown();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    start().close();
  });
});

describe('a database from a newer version', () => {
  test('is refused untouched, naming the version that saved it', () => {
    stop(start('0.3.0'));
    const raw = new Database(dbFile());
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 2}`);
    raw.close();
    const before = hash(dbFile());
    const error = refusal(() => start('0.1.0'));
    expect(error).toBeInstanceOf(NewerDatabase);
    const message = (error as NewerDatabase).message;
    expect(message).toContain('This database was saved by CLAIR Desk 0.3.0');
    expect(message).toContain('Install CLAIR Desk 0.3.0 or newer to open it');
    expect(message).toContain(`schema ${LATEST_SCHEMA_VERSION + 2}`);
    expect(message).toContain('The file was left untouched.');
    expect((error as NewerDatabase).in('ja')).toContain('CLAIR Desk 0.3.0 以降をインストール');
    expect(hash(dbFile())).toBe(before);
    // The lock went with the refusal: the next start says the same, not "already open".
    expect(refusal(() => start('0.1.0'))).toBeInstanceOf(NewerDatabase);
    expect(fs.existsSync(path.join(dir, DAMAGED_DIR))).toBe(false);
  });

  test('without a recorded version, says a newer CLAIR Desk is needed', () => {
    stop(start());
    const raw = new Database(dbFile());
    raw.exec("DELETE FROM settings WHERE key = 'appVersion'");
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    expect((refusal(() => start()) as Error).message).toMatch(/saved by a newer version of CLAIR Desk/);
  });
});

describe('a damaged database', () => {
  test.each([
    ['its header overwritten', breakHeader, 'not_a_database'],
    ['its pages damaged', breakPages, null],
  ] as const)('(%s) is kept aside unchanged and the app starts in recovery mode', async (_, damage, reason) => {
    const backup = await folderWithBackup();
    damage(dbFile());
    const damaged = hash(dbFile());
    const session = start();
    expect(session.core).toBeNull();
    expect(session.recovery?.reason).toBe(reason ?? session.recovery?.reason);
    expect(['corrupt', 'not_a_database', 'check_failed']).toContain(session.recovery?.reason);
    expect(fs.existsSync(dbFile())).toBe(false);

    const status = await ok<RecoveryStatus>(session, 'recovery.status');
    expect(status).toMatchObject({ active: true, dataDir: dir });
    expect(status.detail).toBeTruthy();
    const [kept] = status.keptAside;
    expect(kept).toMatch(/damaged[/\\]clair-desk-\d{8}T\d{9}Z\.sqlite$/);
    expect(hash(kept as string)).toBe(damaged);
    expect(status.backups.map((b) => b.id)).toContain(backup.id);

    // Nothing else answers until the person chooses.
    const refused = await call(session, 'trainees.list', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect((await ok<{ mode: string }>(session, 'settings.app.info')).mode).toBe('browser');

    // Restarting before choosing comes back to the same screen; the kept file is not touched.
    stop(session);
    const again = start();
    expect((await ok<RecoveryStatus>(again, 'recovery.status')).keptAside).toEqual(status.keptAside);

    const done = await ok<RecoveryDone>(again, 'recovery.restore', { id: backup.id, confirm: true });
    expect(done).toMatchObject({ restored: backup.id, counts: { trainees: 2 } });
    expect(again.core).not.toBeNull();
    expect(again.recovery).toBeNull();
    const list = await ok<{ total: number }>(again, 'trainees.list', {});
    expect(list.total).toBe(2);
    expect((await ok<RecoveryStatus>(again, 'recovery.status')).active).toBe(false);
    expect(fs.existsSync(path.join(dir, MARKER_FILE))).toBe(false);
    expect(hash(kept as string)).toBe(damaged);

    // And the next start is an ordinary one.
    stop(again);
    const third = start();
    expect(third.recovery).toBeNull();
    expect((await ok<{ total: number }>(third, 'trainees.list', {})).total).toBe(2);
  });

  test('one that opens but fails the start-up check (quick_check) is kept aside too, with its findings', async () => {
    await folderWithBackup();
    breakFreeList(dbFile());
    const session = start();
    expect(session.recovery).toMatchObject({ reason: 'check_failed' });
    expect(session.recovery?.detail).toMatch(/Freelist: size is 0 but should be 7/);
    expect(fs.existsSync(dbFile())).toBe(false);
  });

  test('a second damaged file is kept under a new name, never over the first', async () => {
    stop(start());
    breakHeader(dbFile());
    const first = start();
    const kept1 = (await ok<RecoveryStatus>(first, 'recovery.status')).keptAside[0] as string;
    await ok(first, 'recovery.startEmpty', { confirm: true });
    stop(first);
    breakHeader(dbFile());
    const second = start();
    const kept2 = (await ok<RecoveryStatus>(second, 'recovery.status')).keptAside[0] as string;
    expect(kept2).not.toBe(kept1);
    expect(fs.readdirSync(path.join(dir, DAMAGED_DIR)).filter((f) => f.endsWith('.sqlite'))).toHaveLength(2);
  });

  test('the same timestamp gets -2 rather than replacing a file', () => {
    const at = new Date('2026-06-01T09:12:00.000Z');
    fs.mkdirSync(path.join(dir, DAMAGED_DIR));
    fs.writeFileSync(path.join(dir, DAMAGED_DIR, 'clair-desk-20260601T091200000Z.sqlite'), 'earlier');
    fs.writeFileSync(dbFile(), 'x');
    expect(planMoves(dir, DB_FILE, at)).toEqual([
      { from: DB_FILE, to: path.join(DAMAGED_DIR, 'clair-desk-20260601T091200000Z-2.sqlite') },
    ]);
  });

  test('an empty start makes a new database; the damaged file and the backups stay', async () => {
    const backup = await folderWithBackup();
    breakPages(dbFile());
    const session = start();
    const { keptAside } = await ok<RecoveryStatus>(session, 'recovery.status');
    const done = await ok<RecoveryDone>(session, 'recovery.startEmpty', { confirm: true });
    expect(done).toMatchObject({ restored: null, counts: { trainees: 0 } });
    expect((await ok<{ total: number }>(session, 'trainees.list', {})).total).toBe(0);
    expect(keptAside.every((f) => fs.existsSync(f))).toBe(true);
    expect((await ok<{ backups: BackupInfo[] }>(session, 'backup.list')).backups.map((b) => b.id)).toContain(backup.id);
  });

  test('a backup that is unknown, or that failed its check, is refused and nothing changes', async () => {
    const backup = await folderWithBackup();
    breakHeader(dbFile());
    const session = start();
    const missing = await call(session, 'recovery.restore', {
      id: 'clair-desk-daily-20200101T000000000Z.sqlite',
      confirm: true,
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // The backup's file damaged since it was made: the full check of the copy refuses it.
    breakPages(path.join(dir, 'backups', backup.id));
    const broken = await call(session, 'recovery.restore', { id: backup.id, confirm: true });
    expect(broken).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await call(session, 'recovery.restore', { id: backup.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(session.core).toBeNull();
    expect(fs.existsSync(dbFile())).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('.tmp-'))).toEqual([]);
    expect((await ok<RecoveryStatus>(session, 'recovery.status')).active).toBe(true);
  });

  test('a crash after the marker was written but before the files moved: the next start finishes the move', async () => {
    stop(start());
    breakHeader(dbFile());
    const damaged = hash(dbFile());
    const moves = planMoves(dir, DB_FILE, new Date());
    fs.writeFileSync(
      path.join(dir, MARKER_FILE),
      JSON.stringify({ reason: 'not_a_database', detail: 'x', detectedAt: new Date().toISOString(), moves }),
    );
    const session = start();
    expect(session.recovery).not.toBeNull();
    expect(fs.existsSync(dbFile())).toBe(false);
    expect(hash(path.join(dir, moves[0]?.to as string))).toBe(damaged);
  });
});
