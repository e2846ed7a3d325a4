// The data folder's lock with real processes as holders: a running one refuses, a dead one is taken
// over, a lock from before a restart, from an earlier process with our id, or naming a process that is
// now another program (its start time differs) is stale. (Two real
// servers racing for one folder: tests/e2e/specs/startup-lock.spec.ts.)
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { makeTempDir } from '../../tests/support/test-core';
import {
  acquireLock,
  DataFolderReadOnly,
  LOCK_FILE,
  LockHeld,
  type LockHolder,
  lockHeldMessage,
  processIdentity,
  readOnlyMessage,
  sinceText,
} from './lock';

let dir: string;
let sleeper: ChildProcess | null = null;
beforeEach(() => {
  dir = makeTempDir('clair-desk-lock-');
});
afterEach(() => {
  if (sleeper?.exitCode === null) sleeper.kill('SIGKILL');
  sleeper = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

const lockFile = () => path.join(dir, LOCK_FILE);
const bootedAt = () => new Date(Date.now() - os.uptime() * 1000).toISOString();

function writeLock(holder: Partial<LockHolder>): void {
  const full: LockHolder = {
    pid: 1,
    mode: 'browser',
    startedAt: '2026-06-01T00:12:00.000Z',
    bootedAt: bootedAt(),
    token: 'someone-else',
    identity: null,
    ...holder,
  };
  fs.writeFileSync(lockFile(), JSON.stringify(full));
}

/** A real process that stays alive until killed. */
function startSleeper(): number {
  sleeper = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1e9)'], { stdio: 'ignore' });
  return sleeper.pid as number;
}

/** The id of a process that ran and has ended (and was reaped). */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim());
}

function refusal(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('the lock was taken');
}

test('the lock file is created with who holds it, and goes when released', () => {
  const lock = acquireLock(dir, 'browser');
  const holder = JSON.parse(fs.readFileSync(lockFile(), 'utf8'));
  expect(holder).toMatchObject({ pid: process.pid, mode: 'browser' });
  if (process.platform === 'linux' || process.platform === 'darwin') {
    expect(holder.identity.start).toBe(processIdentity(process.pid)?.start);
    expect(holder.identity.command).toContain('node');
  }
  expect(Date.parse(holder.startedAt)).toBeGreaterThan(0);
  lock.release();
  expect(fs.existsSync(lockFile())).toBe(false);
  lock.release();
  // Free again: the next one takes it.
  acquireLock(dir, 'electron').release();
});

test('a second lock in the same process is refused while the first is held', () => {
  const lock = acquireLock(dir, 'browser');
  try {
    expect(refusal(() => acquireLock(dir, 'browser'))).toBeInstanceOf(LockHeld);
  } finally {
    lock.release();
  }
});

describe('a lock left by another process', () => {
  test('is refused while that process runs, with a message naming its mode, start time and process', () => {
    const pid = startSleeper();
    writeLock({ pid, mode: 'browser' });
    const before = fs.readFileSync(lockFile(), 'utf8');
    const error = refusal(() => acquireLock(dir, 'electron'));
    expect(error).toBeInstanceOf(LockHeld);
    expect((error as LockHeld).error.code).toBe('conflict');
    expect((error as LockHeld).message).toMatch(
      new RegExp(`^CLAIR Desk is already open on this computer \\(browser mode, since .+, process ${pid}\\)\\. `),
    );
    expect((error as LockHeld).message).toContain('Use that window, or close it first.');
    expect(fs.readFileSync(lockFile(), 'utf8')).toBe(before);
  });

  test('is taken over when its process id now belongs to another program (its start time differs)', () => {
    // A CLAIR Desk (this test's process stands for it) wrote the lock, crashed, and its id went to a
    // plain node sleeper: alive, but not the process the lock names.
    const pid = startSleeper();
    writeLock({ pid, identity: processIdentity(process.pid) });
    const lock = acquireLock(dir, 'browser');
    expect(JSON.parse(fs.readFileSync(lockFile(), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  test('is refused while the very process it names runs (same start time)', () => {
    const pid = startSleeper();
    const identity = processIdentity(pid);
    writeLock({ pid, identity });
    const error = refusal(() => acquireLock(dir, 'browser'));
    expect(error).toMatchObject({ certain: true });
    expect((error as LockHeld).message).toMatch(/since .+, process \d+\)\. Use that window, or close it first\.$/);
  });

  test('that cannot be checked (no identity recorded) is refused, saying how to go on', () => {
    const pid = startSleeper();
    writeLock({ pid, identity: null });
    const error = refusal(() => acquireLock(dir, 'browser')) as LockHeld;
    expect(error.certain).toBe(false);
    expect(error.message).toContain(`delete the file ${lockFile()} and start again`);
    expect(error.in('ja')).toContain(`ファイル ${lockFile()} を削除して`);
  });

  test('is taken over once that process has ended (killed, crashed)', async () => {
    const pid = startSleeper();
    writeLock({ pid });
    expect(refusal(() => acquireLock(dir, 'browser'))).toBeInstanceOf(LockHeld);
    const exited = new Promise((done) => sleeper?.once('exit', done));
    sleeper?.kill('SIGKILL');
    await exited;
    const lock = acquireLock(dir, 'browser');
    expect(JSON.parse(fs.readFileSync(lockFile(), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  test('is taken over when its process id no longer exists', () => {
    writeLock({ pid: deadPid() });
    acquireLock(dir, 'browser').release();
  });

  test('is taken over when it dates from before the computer restarted (its id may be reused)', () => {
    const pid = startSleeper();
    writeLock({ pid, bootedAt: new Date(Date.now() - os.uptime() * 1000 - 86_400_000).toISOString() });
    acquireLock(dir, 'browser').release();
  });

  test('is taken over when it carries our own process id but not our token (a restarted container)', () => {
    writeLock({ pid: process.pid, token: 'an-earlier-life' });
    acquireLock(dir, 'browser').release();
  });

  test('is taken over when it is empty or unreadable and old (its writer died while creating it)', () => {
    for (const content of ['', '{"pid": 12', 'not json']) {
      fs.writeFileSync(lockFile(), content);
      const old = new Date(Date.now() - 60_000);
      fs.utimesSync(lockFile(), old, old);
      acquireLock(dir, 'browser').release();
    }
  });

  test('release leaves a lock that is no longer ours', () => {
    const lock = acquireLock(dir, 'browser');
    const pid = startSleeper();
    writeLock({ pid });
    lock.release();
    expect(JSON.parse(fs.readFileSync(lockFile(), 'utf8')).pid).toBe(pid);
  });
});

test('an unwritable data folder is said plainly (simulated: the tests run as root, which ignores permissions)', () => {
  const file = path.join(dir, 'not-a-folder');
  fs.writeFileSync(file, '');
  // ENOTDIR is not a permission problem: it surfaces as it is.
  expect(refusal(() => acquireLock(file, 'browser'))).not.toBeInstanceOf(DataFolderReadOnly);
  const error = new DataFolderReadOnly('/data', 'EROFS');
  expect(error.message).toBe(readOnlyMessage('/data', 'EROFS'));
  expect(error.message).toMatch(/cannot be written to \(it is read-only.*EROFS\).*did not start/);
});

describe('messages', () => {
  const holder: LockHolder = {
    pid: 4321,
    mode: 'browser',
    startedAt: new Date(2026, 5, 1, 9, 12).toISOString(),
    bootedAt: '',
    token: 'x',
    identity: null,
  };
  test('name the time alone on the same day, the date too on another', () => {
    expect(sinceText(holder.startedAt, new Date(2026, 5, 1, 17, 0))).toBe('09:12');
    expect(sinceText(holder.startedAt, new Date(2026, 5, 2, 8, 0))).toBe('2026-06-01 09:12');
  });
  test('in English and Japanese', () => {
    const now = new Date(2026, 5, 1, 10, 0);
    expect(lockHeldMessage(holder, 'en', now)).toBe(
      'CLAIR Desk is already open on this computer (browser mode, since 09:12, process 4321). Use that window, or close it first.',
    );
    expect(lockHeldMessage({ ...holder, mode: 'electron' }, 'ja', now)).toBe(
      'CLAIR Desk はこのコンピューターですでに開いています（デスクトップ版、09:12 から、プロセス 4321）。そのウィンドウを使うか、先に閉じてください。',
    );
  });
});
