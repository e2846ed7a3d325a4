// The demo sandbox on real files: entering makes its own database in demo/, the real file is not
// written while it is open, leaving reopens the real one, and a restart always starts on the real data.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  count,
  makeTempDir,
  openTestCore,
  snapshot,
  type TestCore,
  traineeInput,
} from '../../../tests/support/test-core';
import { openCore } from '../app';
import { listBackups } from '../backup/catalog';
import { DB_FILE } from '../paths';
import { DEMO_DB_FILE, DEMO_FOLDER } from './sandbox';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const demoFile = (dir: string) => path.join(dir, DEMO_FOLDER, DEMO_DB_FILE);

test('entering opens a filled demo file; the real file is not written; leaving brings the real data back', async () => {
  const real = t.ok('trainees.create', { data: traineeInput() }).trainee;
  t.ok('settings.update', { staffName: 'Aiko Tanaka', language: 'ja' });
  const realSnapshot = snapshot(t.core);
  const realFile = path.join(t.dir, DB_FILE);

  expect(await t.okAsync('demo.enter', {})).toEqual({ active: true });
  expect(t.ok('settings.app.info', {}).demo).toBe(true);
  expect(fs.existsSync(demoFile(t.dir))).toBe(true);
  // Closed with everything in the file itself: no WAL beside it that a later open could replay.
  expect(fs.existsSync(`${realFile}-wal`)).toBe(false);
  const bytes = sha(realFile);
  const modified = fs.statSync(realFile).mtimeMs;

  // The demo: its own records, the person's settings, none of the real records.
  expect(t.ok('demo.status', {})).toEqual({ trainees: 120, loaded: true });
  expect(t.ok('settings.get', {})).toMatchObject({ staffName: 'Aiko Tanaka', language: 'ja' });
  expect(t.ok('trainees.list', { pageSize: 500 }).rows.every((r) => r.isDemo)).toBe(true);
  const made = t.ok('trainees.create', { data: traineeInput({ fullName: 'Demo Person', familyName: 'Person' }) });
  expect(made.trainee.fullName).toBe('Demo Person');
  t.ok('settings.update', { staffName: 'Someone Else' });

  expect(sha(realFile)).toBe(bytes);
  expect(fs.statSync(realFile).mtimeMs).toBe(modified);

  expect(await t.okAsync('demo.leave', {})).toEqual({ active: false });
  expect(t.ok('settings.app.info', {}).demo).toBe(false);
  expect(snapshot(t.core)).toEqual(realSnapshot);
  expect(t.ok('trainees.get', { id: real.id })).toEqual(real);
  expect(t.ok('trainees.list', { search: 'Demo Person' }).rows).toEqual([]);
  expect(t.ok('settings.get', {}).staffName).toBe('Aiko Tanaka');
  // Leaving again changes nothing.
  expect(await t.okAsync('demo.leave', {})).toEqual({ active: false });
  expect(snapshot(t.core)).toEqual(realSnapshot);
});

test('entering again starts the demo afresh: a record added in the last demo is gone', async () => {
  await t.okAsync('demo.enter', {});
  t.ok('trainees.create', { data: traineeInput({ fullName: 'Demo Person', familyName: 'Person' }) });
  expect(t.ok('demo.status', {}).trainees).toBe(120);
  expect(count(t.core, 'trainees')).toBe(121);
  await t.okAsync('demo.leave', {});
  await t.okAsync('demo.enter', {});
  expect(count(t.core, 'trainees')).toBe(120);
  // And from inside the demo too.
  t.ok('trainees.create', { data: traineeInput({ fullName: 'Demo Person', familyName: 'Person' }) });
  await t.okAsync('demo.enter', {});
  expect(count(t.core, 'trainees')).toBe(120);
  expect(fs.readdirSync(path.join(t.dir, DEMO_FOLDER)).filter((f) => f.endsWith('.sqlite'))).toEqual([DEMO_DB_FILE]);
  await t.okAsync('demo.leave', {});
  expect(count(t.core, 'trainees')).toBe(0);
});

test('no backup is taken or restored in the demo, and its history stays in the demo file', async () => {
  t.ok('trainees.create', { data: traineeInput() });
  const kept = await t.okAsync('backup.create', {});
  const auditBefore = t.ok('audit.list', { limit: 500 });
  const backupsBefore = listBackups(t.dir).map((b) => b.id);
  expect(backupsBefore).toContain(kept.id);
  await t.okAsync('demo.enter', {});

  expect(await t.failAsync('backup.create', {})).toMatchObject({ code: 'conflict', issues: [{ code: 'in_demo' }] });
  expect(
    await t.failAsync('backup.restore.apply', { source: { kind: 'backup', id: kept.id }, confirm: true }),
  ).toMatchObject({ code: 'conflict', issues: [{ code: 'in_demo' }] });
  t.ok('trainees.create', { data: traineeInput({ fullName: 'Demo Person', familyName: 'Person' }) });

  await t.okAsync('demo.leave', {});
  expect(listBackups(t.dir).map((b) => b.id)).toEqual(backupsBefore);
  expect(t.ok('audit.list', { limit: 500 })).toEqual(auditBefore);
  // Back on the real data, backups work again.
  expect((await t.okAsync('backup.create', {})).verified).toBe(true);
});

test('a restart while in the demo starts on the real data; quitting in the demo keeps the real data', async () => {
  const dir = makeTempDir();
  try {
    const first = openCore({ dataDir: dir, mode: 'browser', version: '0.0.0-test', autoBackup: false });
    const made = first.dispatch('trainees.create', { data: traineeInput() });
    expect(made.ok).toBe(true);
    expect((await first.dispatchAsync('demo.enter', {})).ok).toBe(true);
    // The app is killed in the demo: no leave, no quit backup.
    first.close();

    const second = openCore({ dataDir: dir, mode: 'browser', version: '0.0.0-test', autoBackup: false });
    expect(second.dispatch('settings.app.info', {})).toMatchObject({ ok: true, value: { demo: false } });
    expect(count(second, 'trainees')).toBe(1);
    // Quitting properly in the demo: the core goes back to the real data before it closes.
    expect((await second.dispatchAsync('demo.enter', {})).ok).toBe(true);
    expect(count(second, 'trainees')).toBe(120);
    await second.shutdown();

    const third = openCore({ dataDir: dir, mode: 'browser', version: '0.0.0-test', autoBackup: false });
    expect(count(third, 'trainees')).toBe(1);
    third.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
