// The automatic backups of a running core, with the backup clock moved by the test: the daily one at
// start-up and at the first change of a new day, the monthly one, the one at quit.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { makeTempDir, traineeInput } from '../../../tests/support/test-core';
import { type Core, openCore } from '../app';
import { listBackups } from './catalog';
import { backupsDir } from './paths';

let dir: string;
let now: Date;
let logged: string[];
const open: Core[] = [];

beforeEach(() => {
  dir = makeTempDir();
  now = new Date(2026, 5, 1, 9, 0);
  logged = [];
});
afterEach(() => {
  for (const core of open.splice(0)) core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function start(): Core {
  const core = openCore({
    dataDir: dir,
    mode: 'browser',
    version: 'test',
    backupClock: () => now,
    autoBackup: { startDelayMs: 0, log: (m) => logged.push(m) },
  });
  open.push(core);
  return core;
}

function addTrainee(core: Core, fullName = 'Aung'): void {
  const result = core.dispatch('trainees.create', {
    data: traineeInput({ fullName, passportNumber: null }),
    confirm: true,
  });
  expect(result.ok).toBe(true);
}

const kinds = () =>
  listBackups(dir)
    .map((b) => b.kind)
    .sort();
/** Lets timers and a backup under way finish. */
const pause = () => new Promise((resolve) => setTimeout(resolve, 100));

test('a new database needs no backup at start-up or for the rest of its first day', async () => {
  const core = start();
  addTrainee(core);
  addTrainee(core, 'Lan');
  await pause();
  expect(kinds()).toEqual([]);
  expect(logged).toEqual([]);
});

test('at start-up on a day without a daily backup one is made; a second start that day makes none', async () => {
  const first = start();
  addTrainee(first);
  await first.shutdown();
  open.length = 0;
  now = new Date(2026, 5, 2, 8, 30);
  start();
  await vi.waitFor(() => expect(kinds()).toEqual(['daily', 'monthly', 'quit']));
  const daily = listBackups(dir).find((b) => b.kind === 'daily');
  expect(daily).toMatchObject({ verified: true, counts: { trainees: 1 } });
  open.pop()?.close();
  now = new Date(2026, 5, 2, 14, 0);
  start();
  await pause();
  expect(kinds()).toEqual(['daily', 'monthly', 'quit']);
});

test('the first change of a new day while running makes that day’s backup, once', async () => {
  const core = start();
  addTrainee(core);
  now = new Date(2026, 5, 2, 0, 5);
  addTrainee(core, 'After midnight');
  addTrainee(core, 'Later');
  await vi.waitFor(() => expect(kinds()).toContain('daily'));
  await pause();
  expect(kinds()).toEqual(['daily', 'monthly']);
  // The backup ran after the change that set it off (which is in it), not inside it.
  expect(listBackups(dir).find((b) => b.kind === 'daily')?.counts.trainees).toBeGreaterThanOrEqual(2);
  // A new month: the day's backup is also kept as the month's.
  now = new Date(2026, 6, 1, 9, 0);
  addTrainee(core, 'July');
  await vi.waitFor(() => expect(kinds()).toEqual(['daily', 'daily', 'monthly', 'monthly']));
});

test('at quit: a backup when something changed, none when nothing did; the database is closed', async () => {
  const core = start();
  await core.shutdown();
  expect(core.db.raw.open).toBe(false);
  expect(kinds()).toEqual([]);
  open.length = 0;
  // The next day the start-up daily is made; then a change, and quitting adds the quit backup.
  now = new Date(2026, 5, 2, 9, 0);
  const again = start();
  await vi.waitFor(() => expect(kinds()).toEqual(['daily', 'monthly']));
  addTrainee(again);
  await again.shutdown();
  expect(kinds()).toEqual(['daily', 'monthly', 'quit']);
  expect(listBackups(dir)[0]).toMatchObject({ kind: 'quit', verified: true, counts: { trainees: 1 } });
});

test('a daily backup that cannot be written is logged and the app goes on', async () => {
  const core = start();
  addTrainee(core);
  // The backups folder's place is taken by a file: nothing can be written there.
  fs.writeFileSync(backupsDir(dir), 'in the way');
  now = new Date(2026, 5, 2, 9, 0);
  addTrainee(core, 'Next day');
  await vi.waitFor(() =>
    expect(logged.join('\n')).toMatch(/the daily backup failed: .*could not be written in the folder/),
  );
  addTrainee(core, 'Still working');
  expect(fs.readdirSync(dir).filter((f) => f.startsWith('.tmp-'))).toEqual([]);
  expect(path.basename(core.dbFile)).toBe('clair-desk.sqlite');
});
