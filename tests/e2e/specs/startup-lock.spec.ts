// One writer per data folder, with real servers: a second one on the same folder refuses to start and
// says which copy has it; after the first is killed, the next start takes the stale lock over; of
// several started at once, exactly one wins; a lock naming a live process that is not CLAIR Desk is
// taken over.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { traineeData } from '../pages/data';
import { type Running, runToEnd, startAt, tempFolder } from '../pages/startup';

let dir: string;
let servers: Running[] = [];
test.beforeEach(() => {
  dir = tempFolder();
});
test.afterEach(async () => {
  for (const s of servers) await s.kill();
  servers = [];
  fs.rmSync(dir, { recursive: true, force: true });
});

const lockFile = () => path.join(dir, 'clair-desk.lock');

test('a second server on the same folder refuses with a clear message; the first goes on', async () => {
  const first = await startAt(dir);
  servers.push(first);
  await first.call('trainees.create', { data: traineeData({ fullName: 'Kept Safe' }), confirm: true });
  const second = await runToEnd(dir);
  expect(second.code).toBe(1);
  expect(second.stdout).not.toContain('CLAIR Desk ready');
  expect(second.stderr.trim()).toMatch(
    new RegExp(
      `^CLAIR Desk could not start: CLAIR Desk is already open on this computer \\(browser mode, since \\d{2}:\\d{2}, process ${first.child.pid}\\)\\. Use that window, or close it first\\.$`,
    ),
  );
  // The first one still works, and still holds the folder.
  expect((await first.call<{ total: number }>('trainees.list', {})).total).toBe(1);
  expect(JSON.parse(fs.readFileSync(lockFile(), 'utf8')).pid).toBe(first.child.pid);

  // Closed normally, it lets go.
  await first.stop();
  expect(fs.existsSync(lockFile())).toBe(false);
});

test('after the first is killed, the next start takes its lock over and finds the data', async () => {
  const first = await startAt(dir);
  servers.push(first);
  await first.call('trainees.create', { data: traineeData({ fullName: 'Before The Crash' }), confirm: true });
  await first.kill();
  expect(JSON.parse(fs.readFileSync(lockFile(), 'utf8')).pid).toBe(first.child.pid);
  const next = await startAt(dir);
  servers.push(next);
  expect(JSON.parse(fs.readFileSync(lockFile(), 'utf8')).pid).toBe(next.child.pid);
  const list = await next.call<{ rows: { fullName: string }[] }>('trainees.list', {});
  expect(list.rows.map((t) => t.fullName)).toEqual(['Before The Crash']);
});

test('of four servers started at once on one folder, exactly one starts', async () => {
  const tries = await Promise.allSettled([startAt(dir), startAt(dir), startAt(dir), startAt(dir)]);
  const started = tries.flatMap((t) => (t.status === 'fulfilled' ? [t.value] : []));
  servers.push(...started);
  expect(started).toHaveLength(1);
  const refusals = tries.flatMap((t) => (t.status === 'rejected' ? [String(t.reason)] : []));
  expect(refusals).toHaveLength(3);
  for (const r of refusals) expect(r).toContain('CLAIR Desk is already open on this computer (browser mode');
});

test('a lock whose process id now belongs to another program is taken over', async () => {
  // A real server writes its lock (with its start time) and is killed; a plain node sleeper then holds
  // the id the lock names, as a program that got the reused id would.
  const first = await startAt(dir);
  servers.push(first);
  await first.call('trainees.create', { data: traineeData({ fullName: 'Before The Reuse' }), confirm: true });
  await first.kill();
  const sleeper = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1e9)'], { stdio: 'ignore' });
  try {
    const lock = JSON.parse(fs.readFileSync(lockFile(), 'utf8'));
    expect(lock.identity.command).toContain('server.js');
    fs.writeFileSync(lockFile(), JSON.stringify({ ...lock, pid: sleeper.pid }));
    const next = await startAt(dir);
    servers.push(next);
    expect(JSON.parse(fs.readFileSync(lockFile(), 'utf8')).pid).toBe(next.child.pid);
    const list = await next.call<{ rows: { fullName: string }[] }>('trainees.list', {});
    expect(list.rows.map((t) => t.fullName)).toEqual(['Before The Reuse']);
    // While that server really holds it, a third start is refused, naming the mode and since when.
    const third = await runToEnd(dir);
    expect(third.stderr).toContain(`CLAIR Desk is already open on this computer (browser mode, since`);
    expect(third.stderr).toContain(`process ${next.child.pid}). Use that window, or close it first.`);
  } finally {
    sleeper.kill('SIGKILL');
  }
});
