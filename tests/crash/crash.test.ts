// Crash safety: the built browser-mode server under a write load, killed with SIGKILL at random
// (seeded) moments, again and again on the same data folder. After every restart each write the
// server acknowledged (a complete 200 ok answer) must be in the database, PRAGMA integrity_check must
// say ok, and the app must start normally (not in recovery mode). CRASH_KILLS and CRASH_SEED change
// the number of kills and the seed; a summary is written to test-results/crash/summary.json.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, test } from 'vitest';
import { hostData, Ledger, random, verify, worker } from './load';
import { assertBuilt, post, ROOT, type Server, startServer } from './server';

const KILLS = Number(process.env.CRASH_KILLS ?? 60);
const SEED = Number(process.env.CRASH_SEED ?? 20260601);
const WORKERS = 4;
/** One round in this many is killed while the server is still starting (opening, checking, migrating). */
const STARTUP_KILL_EVERY = 6;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clair-desk-crash-'));
const dbFile = path.join(dataDir, 'clair-desk.sqlite');
const token = crypto.randomBytes(12).toString('hex');
let server: Server | null = null;

afterAll(async () => {
  if (server?.child.exitCode === null) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function kill(s: Server): Promise<void> {
  s.child.kill('SIGKILL');
  const { signal } = await s.exited;
  expect(signal === 'SIGKILL' || s.child.exitCode !== null).toBe(true);
}

/** Starts the server, waits until it is ready, and checks it opened the database normally. */
async function startReady(): Promise<string> {
  server = startServer(dataDir, token);
  const origin = await server.ready;
  const status = await post(origin, token, 'recovery.status', {});
  expect(status, server.output()).toMatchObject({ ok: true, value: { active: false } });
  return origin;
}

test(`every acknowledged write survives ${KILLS} kills with SIGKILL (seed ${SEED})`, async () => {
  assertBuilt();
  const started = Date.now();
  const rand = random(SEED);
  const ledger = new Ledger();
  const problems: string[] = [];
  let startupKills = 0;
  let loadKills = 0;
  let checks = 0;

  // The hosts placements go to, written before the first kill.
  const origin = await startReady();
  for (let n = 1; n <= 3; n++) {
    const reply = await post(origin, token, 'hosts.create', hostData(n));
    if (!reply.ok) throw new Error(`hosts.create: ${reply.error.message}`);
    ledger.hosts.push((reply.value as { host: { id: number } }).host.id);
  }

  for (let round = 1; round <= KILLS; round++) {
    const current = server as Server;
    if (round > 1 && round % STARTUP_KILL_EVERY === 0) {
      // Killed while starting: somewhere between spawning and (just after) being ready.
      await kill(current);
      server = startServer(dataDir, token);
      await sleep(Math.floor(rand() * 400));
      await kill(server);
      startupKills += 1;
      await startReady();
      const found = verify(dbFile, ledger);
      problems.push(...found.map((p) => `after start-up kill ${round}: ${p}`));
      checks += 1;
      continue;
    }
    const origin = await current.ready;
    let stopped = false;
    const client = { origin, token, stopped: () => stopped };
    const workers = Array.from({ length: WORKERS }, (_, w) =>
      worker(client, ledger, w, round, random(SEED + round * 31 + w)),
    );
    await sleep(20 + Math.floor(rand() * 680));
    stopped = true;
    await kill(current);
    await Promise.all(workers);
    loadKills += 1;

    await startReady();
    const found = verify(dbFile, ledger);
    problems.push(...found.map((p) => `after kill ${round}: ${p}`));
    checks += 1;
    expect(problems.slice(0, 20)).toEqual([]);
  }

  // The last start ends normally (SIGTERM: the quit backup, the lock released); the file is whole.
  const last = server as Server;
  last.child.kill('SIGTERM');
  expect((await last.exited).code).toBe(0);
  problems.push(...verify(dbFile, ledger).map((p) => `after the final stop: ${p}`));
  expect(fs.existsSync(path.join(dataDir, 'clair-desk.lock'))).toBe(false);
  expect(fs.existsSync(path.join(dataDir, 'damaged'))).toBe(false);
  expect(problems.slice(0, 20)).toEqual([]);

  const summary = {
    seed: SEED,
    kills: startupKills + loadKills,
    killsUnderLoad: loadKills,
    killsWhileStarting: startupKills,
    restartsChecked: checks,
    acknowledged: { ...ledger.acknowledged, total: ledger.totalAcknowledged },
    records: {
      trainees: ledger.trainees.size,
      placements: ledger.placements.size,
      progressEntries: ledger.entries.size,
    },
    writesFoundAcrossChecks: ledger.found,
    unansweredAtKill: ledger.unanswered,
    refusedByRules: ledger.refused,
    missing: problems.length,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  const out = path.join(ROOT, 'test-results', 'crash');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`crash safety: ${JSON.stringify(summary)}`);
  expect(summary.kills).toBeGreaterThanOrEqual(Math.min(KILLS, 50));
  // The load must have been real for the result to mean anything.
  expect(ledger.totalAcknowledged).toBeGreaterThan(KILLS * 5);
  expect(ledger.unanswered).toBeGreaterThan(0);
});

test('the check itself finds an acknowledged write that is not there', () => {
  const file = path.join(dataDir, 'control.sqlite');
  const raw = new Database(file);
  raw.exec(`CREATE TABLE trainees (id INTEGER PRIMARY KEY, full_name TEXT, department TEXT, version INTEGER);
            CREATE TABLE placements (id INTEGER PRIMARY KEY, trainee_id INTEGER, host_id INTEGER, cancelled INTEGER);
            CREATE TABLE progress_entries (id INTEGER PRIMARY KEY, trainee_id INTEGER, title TEXT);
            INSERT INTO trainees VALUES (1, 'Saved', 'a', 1);`);
  raw.close();
  const ledger = new Ledger();
  const trainee = { owner: 0, department: 'a', pending: [], version: 1, placed: false, data: {} };
  ledger.trainees.set(1, { ...trainee, fullName: 'Saved' });
  ledger.trainees.set(2, { ...trainee, fullName: 'Never saved' });
  ledger.entries.set(7, { traineeId: 1, title: 'never saved' });
  expect(verify(file, ledger)).toEqual(['trainee 2 (Never saved) is missing', 'progress entry 7 is missing']);
  expect(ledger.found).toBe(1);
});
