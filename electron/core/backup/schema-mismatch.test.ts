// A database is judged by its schema, not its header. From a real backup of demo data, each table,
// index and trigger it holds (read from the file) is dropped, then altered, and restore inspection,
// start-up and backup verification must each refuse the file, naming the object. So must a file with
// CLAIR Desk's header over another program's tables.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BackupInfo, RestoreInspection } from '../../../shared/backup/schema';
import type { RecoveryStatus } from '../../../shared/recovery/schema';
import type { Result } from '../../../shared/result';
import { makeTempDir, openTestCore, type TestCore } from '../../../tests/support/test-core';
import { APPLICATION_ID } from '../db/identity';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { DB_FILE } from '../paths';
import { checkDatabase } from '../recovery/check';
import { startApp } from '../recovery/start';
import { faultyCopy, type SchemaFault, schemaEntries, schemaFaults } from './__tests__/schema-faults';
import { removeBackup, writeSidecar } from './catalog';
import { finishBackup, tempBackupFile } from './finish';
import { backupsDir, sidecarPath } from './paths';

let t: TestCore;
let work: string;
let backup: string;

beforeAll(async () => {
  t = openTestCore();
  t.ok('demo.load', { trainees: 8 });
  const made = await t.okAsync('backup.create', {});
  backup = path.join(backupsDir(t.dir), made.id);
  work = makeTempDir('clair-desk-schema-');
}, 60_000);

afterAll(() => {
  t.close();
  fs.rmSync(work, { recursive: true, force: true });
});

const lines = (params: Record<string, string | number> | undefined) => String(params?.objects ?? '').split('\n');

/** A file chosen in the open dialog, by the handle the shell registered for it. */
const fileSource = (file: string) => ({
  kind: 'file' as const,
  handle: t.core.ctx.handles.register(file, { purpose: 'backup', mode: 'open' }).handle,
});

/** Restore inspection, through the channel a person's dialog calls. */
async function inspected(file: string): Promise<RestoreInspection> {
  return t.okAsync('backup.restore.inspect', { source: fileSource(file) });
}

/** Backup verification, as every backup gets it after its pages are written. */
function verified(file: string): BackupInfo {
  const dataDir = path.join(work, 'verify');
  const temp = tempBackupFile(dataDir);
  fs.copyFileSync(file, temp);
  const info = finishBackup(dataDir, temp, 'manual', new Date('2026-06-01T00:00:00Z'), () => {});
  removeBackup(dataDir, info.id);
  return info;
}

/** The start-up check that decides between the app and recovery mode (startApp's first look at the file). */
function checked(file: string) {
  return checkDatabase(file, { version: '0.0.0-test' });
}

/** Start-up on a data folder holding the file as its database. */
function started(file: string) {
  const dataDir = makeTempDir('clair-desk-schema-start-');
  try {
    fs.copyFileSync(file, path.join(dataDir, DB_FILE));
    const session = startApp({ dataDir, mode: 'browser', version: '0.0.0-test', autoBackup: false });
    const found = { recovery: session.recovery, core: session.core !== null };
    session.close();
    return found;
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

describe('the backup of demo data', () => {
  test('passes all three checks as it is', async () => {
    expect((await inspected(backup)).restorable).toBe(true);
    expect(verified(backup).verified).toBe(true);
    expect(started(backup)).toEqual({ recovery: null, core: true });
  });
});

describe('each table, index and trigger of a real backup, dropped or altered', () => {
  // Read from the file once the backup exists (collected lazily: the backup is made in beforeAll).
  const faults = (): SchemaFault[] => schemaFaults(schemaEntries(backup));

  test('the file holds tables, indexes and triggers to try', () => {
    const types = schemaEntries(backup).map((e) => e.type);
    for (const type of ['table', 'index', 'trigger']) expect(types).toContain(type);
    expect(faults().length).toBeGreaterThan(150);
  });

  test('is refused by restore inspection, backup verification and start-up, each naming it', async () => {
    const unnamed: string[] = [];
    for (const [i, fault] of faults().entries()) {
      const file = path.join(work, `case-${i}.sqlite`);
      faultyCopy(backup, file, fault);
      const seen = await inspected(file);
      const info = verified(file);
      const start = checked(file);
      fs.rmSync(file, { force: true });
      const said = {
        inspection: seen.problem?.code === 'schema_mismatch' && lines(seen.problem.params).includes(fault.expected),
        verification:
          !info.verified && info.problem === 'schema_mismatch' && lines(info.problemParams).includes(fault.expected),
        startup:
          start.kind === 'damaged' &&
          start.reason === 'schema_mismatch' &&
          lines(start.params).includes(fault.expected),
      };
      for (const [where, ok] of Object.entries(said)) {
        if (!ok) unnamed.push(`${fault.change} ${fault.entry.type} ${fault.entry.name}: ${where}`);
      }
    }
    expect(unnamed).toEqual([]);
  }, 240_000);
});

describe('a header that lies', () => {
  /** Another program's tables under CLAIR Desk's application_id and latest user_version. */
  function forged(file: string): void {
    const raw = new Database(file);
    raw.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello');");
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);
    raw.close();
  }

  test('is refused by all three, naming what is missing and what is extra, and counting the rest', async () => {
    const file = path.join(work, 'forged.sqlite');
    forged(file);
    const seen = await inspected(file);
    expect(seen).toMatchObject({ restorable: false, problem: { code: 'schema_mismatch' } });
    expect(lines(seen.problem?.params)).toEqual([
      'missing table attendance',
      'extra table notes',
      'missing table audit_log',
    ]);
    expect(Number(seen.problem?.params?.count)).toBeGreaterThan(100);

    const info = verified(file);
    expect(info).toMatchObject({ verified: false, problem: 'schema_mismatch' });
    expect(info.problemParams).toEqual(seen.problem?.params);

    const start = started(file);
    expect(start.core).toBe(false);
    expect(start.recovery).toMatchObject({ reason: 'schema_mismatch', params: seen.problem?.params });
    // One line: the browser mode's start-up output quotes the first line of the detail.
    expect(start.recovery?.detail).toBe(
      `The schema differs from CLAIR Desk's schema ${LATEST_SCHEMA_VERSION}: ${lines(seen.problem?.params).join('; ')}; and ${Number(seen.problem?.params?.count) - 3} more`,
    );
  });

  test('restore refuses to apply it and the data stays as it was', async () => {
    const file = path.join(work, 'forged-apply.sqlite');
    forged(file);
    const before = t.ok('trainees.list', {}).total;
    const error = await t.failAsync('backup.restore.apply', { source: fileSource(file), confirm: true });
    expect(error).toMatchObject({ code: 'conflict', issues: [{ code: 'schema_mismatch' }] });
    expect(error.message).toContain('missing table attendance');
    expect(t.ok('trainees.list', {}).total).toBe(before);
  });
});

describe('a backup verified before the schema was checked', () => {
  test('is checked once when listed, never offered first by the recovery screen, and the answer is kept', async () => {
    const dataDir = makeTempDir('clair-desk-schema-recovery-');
    try {
      // A good backup, then a newer one whose sidecar (old style) says verified, of a file missing a table.
      const dir = backupsDir(dataDir);
      fs.mkdirSync(dir, { recursive: true });
      const good = path.join(dir, 'clair-desk-daily-20260601T000000000Z.sqlite');
      const bad = path.join(dir, 'clair-desk-quit-20260602T000000000Z.sqlite');
      fs.copyFileSync(backup, good);
      const dropPlacements = schemaFaults(schemaEntries(backup)).find((f) => f.expected === 'missing table placements');
      if (!dropPlacements) throw new Error('the backup has no placements table');
      faultyCopy(backup, bad, dropPlacements);
      const counts = { trainees: 8, hosts: 0, placements: 0, progressEntries: 0, cohorts: 0, auditEntries: 0 };
      for (const [file, createdAt, kind] of [
        [good, '2026-06-01T00:00:00.000Z', 'daily'],
        [bad, '2026-06-02T00:00:00.000Z', 'quit'],
      ] as const) {
        writeSidecar(file, {
          kind,
          createdAt,
          schemaVersion: LATEST_SCHEMA_VERSION,
          counts,
          verified: true,
          problem: null,
        });
      }
      // The database itself is damaged, so the app starts in recovery mode.
      fs.writeFileSync(path.join(dataDir, DB_FILE), 'not a database'.repeat(400));
      const session = startApp({ dataDir, mode: 'browser', version: '0.0.0-test', autoBackup: false });
      try {
        const status = (await session.dispatchAsync('recovery.status', {})) as Result<RecoveryStatus>;
        if (!status.ok) throw new Error(status.error.message);
        const [newest, older] = status.value.backups;
        expect(newest).toMatchObject({ id: path.basename(bad), verified: false, problem: 'schema_mismatch' });
        expect(lines(newest?.problemParams)[0]).toBe('missing table placements');
        // The recovery screen offers the first verified one.
        expect(status.value.backups.find((b) => b.verified)?.id).toBe(older?.id);
        expect(older?.id).toBe(path.basename(good));
        const refused = (await session.dispatchAsync('recovery.restore', {
          id: path.basename(bad),
          confirm: true,
        })) as Result<unknown>;
        expect(refused.ok).toBe(false);
      } finally {
        session.close();
      }
      expect(JSON.parse(fs.readFileSync(sidecarPath(bad), 'utf8'))).toMatchObject({
        verified: false,
        problem: 'schema_mismatch',
        schemaChecked: true,
      });
      expect(JSON.parse(fs.readFileSync(sidecarPath(good), 'utf8'))).toMatchObject({
        verified: true,
        schemaChecked: true,
      });
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
