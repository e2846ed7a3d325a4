// A full disk or a read-only folder: the backup (or the copy, or the restore) fails with a message that
// names the folder, nothing half-written is left, and the app goes on. The real conditions come from a
// small tmpfs mounted over the folder, which needs Linux and root; elsewhere those tests are skipped,
// and the folder made unusable by a file in its place stands in.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { makeTempDir, openTestCore, snapshot, type TestCore, traineeInput } from '../../../tests/support/test-core';
import { type Core, openCore } from '../app';
import { settledHash } from './__tests__/testing';
import { backupsDir } from './paths';

let t: TestCore;
let mounted: string[] = [];
let extra: string[] = [];
let cores: Core[] = [];

function mount(dir: string, options: string): void {
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
  mounted.push(dir);
}

function canMount(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = makeTempDir('clair-desk-mount-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe]);
    return true;
  } catch {
    return false;
  } finally {
    fs.rmSync(probe, { recursive: true, force: true });
  }
}
const realDisks = canMount();

beforeEach(() => {
  t = openTestCore();
  for (const fullName of ['Nguyễn Thị Lan', 'Aung', 'Somchai']) {
    t.ok('trainees.create', { data: traineeInput({ fullName, passportNumber: null }), confirm: true });
  }
});
afterEach(() => {
  for (const core of cores) core.close();
  cores = [];
  for (const dir of mounted.reverse()) execFileSync('umount', [dir]);
  mounted = [];
  t.close();
  for (const dir of extra) fs.rmSync(dir, { recursive: true, force: true });
  extra = [];
});

/** The app still reads and writes after the failure. */
function stillWorks(): void {
  t.ok('trainees.create', { data: traineeInput({ fullName: 'Still working', passportNumber: null }), confirm: true });
  expect(t.ok('trainees.list', {}).total).toBe(4);
  expect(t.logged).toEqual([]);
}

test('a backups folder that cannot be created fails clearly, naming it, and the app goes on', async () => {
  fs.writeFileSync(backupsDir(t.dir), 'a file in the folder’s place');
  const error = await t.failAsync('backup.create', {});
  expect(error.code).toBe('internal');
  expect(error.message).toContain(backupsDir(t.dir));
  expect(error.message).toMatch(/could not be written.*Nothing half-written was left there/);
  stillWorks();
});

describe.skipIf(!realDisks)('on a real full or read-only file system (tmpfs)', () => {
  test('a full disk: the backup fails saying so, and no partial file remains', async () => {
    mount(backupsDir(t.dir), 'size=64k');
    const before = snapshot(t.core);
    const error = await t.failAsync('backup.create', {});
    expect(error.code).toBe('internal');
    expect(error.message).toContain(`"${backupsDir(t.dir)}"`);
    expect(error.message).toMatch(/the disk is full/);
    expect(fs.readdirSync(backupsDir(t.dir))).toEqual([]);
    expect(snapshot(t.core)).toEqual(before);
    stillWorks();
  });

  test('a read-only folder: the backup fails saying so, and nothing is written', async () => {
    mount(backupsDir(t.dir), 'size=1m,ro');
    const error = await t.failAsync('backup.create', {});
    expect(error.message).toMatch(/cannot be written to/);
    expect(error.message).toContain(backupsDir(t.dir));
    expect(fs.readdirSync(backupsDir(t.dir))).toEqual([]);
    stillWorks();
  });

  test('copying a backup to a full disk leaves no half copy there', async () => {
    const made = await t.okAsync('backup.create', {});
    const usb = makeTempDir('clair-desk-usb-');
    extra.push(usb);
    mount(usb, 'size=64k');
    const error = await t.failAsync('backup.copyTo', {
      id: made.id,
      handle: t.core.ctx.handles.register(path.join(usb, 'export.sqlite'), { purpose: 'backup', mode: 'save' }).handle,
    });
    expect(error.message).toMatch(/The copy could not be written.*the disk is full/);
    expect(fs.readdirSync(usb)).toEqual([]);
    stillWorks();
  });

  test('a restore into a full data folder fails before the switch; the database is exactly as it was', async () => {
    const made = await t.okAsync('backup.create', {});
    const outside = makeTempDir('clair-desk-source-');
    extra.push(outside);
    const source = path.join(outside, 'source.sqlite');
    fs.copyFileSync(path.join(backupsDir(t.dir), made.id), source);
    // Another core whose data folder is a small tmpfs, then nearly filled.
    const dataDir = makeTempDir('clair-desk-full-');
    extra.push(dataDir);
    mount(dataDir, 'size=4m');
    const full = openCore({ dataDir, mode: 'browser', version: 'test', autoBackup: false });
    cores.push(full);
    full.dispatch('trainees.create', {
      data: traineeInput({ fullName: 'On the full disk', passportNumber: null }),
      confirm: true,
    });
    const before = settledHash(full.db, full.dbFile);
    const { bavail, bsize } = fs.statfsSync(dataDir);
    fs.writeFileSync(path.join(dataDir, 'filler'), Buffer.alloc(Math.max(0, bavail * bsize - 64 * 1024)));

    const result = await full.dispatchAsync('backup.restore.apply', {
      source: { kind: 'file', handle: full.ctx.handles.register(source, { purpose: 'backup', mode: 'open' }).handle },
      confirm: true,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) expect(result.error.message).toMatch(/could not be written in the folder .*the disk is full/);
    expect(settledHash(full.db, full.dbFile)).toBe(before);
    expect(fs.readdirSync(dataDir).filter((f) => f.startsWith('.tmp-'))).toEqual([]);
    fs.rmSync(path.join(dataDir, 'filler'));
    expect(full.dispatch('trainees.list', {})).toMatchObject({ ok: true, value: { total: 1 } });
  });
});
