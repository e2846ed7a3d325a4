// Test helper (not app code): a real core on a real SQLite file in its own temp folder, with a fixed
// clock, and a dispatch whose unexpected errors are collected instead of printed, so a test can assert
// there were none. Nothing of our own is mocked: the handlers and the dispatcher are the app's.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Core, openCore } from '../../electron/core/app';
import { type AsyncDispatch, createAsyncDispatch, createDispatch, type Dispatch } from '../../electron/core/boundary';
import { createHandlers } from '../../electron/core/handlers';
import type { Channel, Input, Output } from '../../shared/contract';
import type { AppError, Result } from '../../shared/result';
import type { TraineeInputRaw } from '../../shared/trainees/schema';

export interface TestCore {
  core: Core;
  dir: string;
  dispatch: Dispatch;
  /** Every channel, the asynchronous ones included (as HTTP and IPC call them). */
  dispatchAsync: AsyncDispatch;
  /** Errors the dispatcher logged (a thrown non-AppFailure, an output that broke the contract). */
  logged: unknown[];
  call<C extends Channel>(channel: C, input: Input<C>): Result<Output<C>>;
  /** Calls and expects success; a failure throws with the app's own message. */
  ok<C extends Channel>(channel: C, input: Input<C>): Output<C>;
  /** Calls and expects failure; returns the error. */
  fail<C extends Channel>(channel: C, input: unknown): AppError;
  /** ok() for the asynchronous channels (backups, restore). */
  okAsync<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  /** fail() for the asynchronous channels. */
  failAsync<C extends Channel>(channel: C, input: unknown): Promise<AppError>;
  close(): void;
}

export function makeTempDir(prefix = 'clair-desk-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A clock that starts at `start` and moves one second on each reading, so timestamps differ. */
export function steppingClock(start = '2026-06-01T00:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    t += 1000;
    return new Date(t);
  };
}

export function openTestCore(options: { now?: () => Date } = {}): TestCore {
  const dir = makeTempDir();
  const core = openCore({ dataDir: dir, mode: 'browser', version: '0.0.0-test', now: options.now ?? steppingClock() });
  const logged: unknown[] = [];
  const handlers = createHandlers(core.ctx, { mode: 'browser', dataDir: dir, version: '0.0.0-test' });
  const dispatch = createDispatch(handlers, (error) => logged.push(error));
  const dispatchAsync = createAsyncDispatch(handlers, (error) => logged.push(error));
  const call = <C extends Channel>(channel: C, input: Input<C>) => dispatch(channel, input) as Result<Output<C>>;
  return {
    core,
    dir,
    dispatch,
    dispatchAsync,
    logged,
    call,
    ok(channel, input) {
      const result = call(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
      return result.value;
    },
    fail(channel, input) {
      const result = dispatch(channel, input);
      if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
      return result.error;
    },
    async okAsync(channel, input) {
      const result = (await dispatchAsync(channel, input)) as Result<Output<typeof channel>>;
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
      return result.value;
    },
    async failAsync(channel, input) {
      const result = await dispatchAsync(channel, input);
      if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
      return result.error;
    },
    close() {
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Row counts of every real table and a checksum of every row: equal snapshots mean nothing was written. */
export function snapshot(core: Core, except: string[] = []): { counts: Record<string, number>; checksum: string } {
  const tables = (
    core.db.raw
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
      .pluck()
      .all() as string[]
  ).filter((name) => !except.some((prefix) => name.startsWith(prefix)));
  const counts: Record<string, number> = {};
  const hash = crypto.createHash('sha256');
  for (const table of tables) {
    // Some FTS shadow tables have no rowid, so rows are put in order here.
    const rows = (core.db.raw.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][])
      .map((row) => JSON.stringify(row.map((v) => (Buffer.isBuffer(v) ? v.toString('base64') : v))))
      .sort();
    counts[table] = rows.length;
    hash.update(`${table}\n${rows.join('\n')}\n`);
  }
  return { counts, checksum: hash.digest('hex') };
}

export function count(core: Core, table: 'trainees' | 'audit_log' | 'fields' | 'countries' | 'trainee_photos'): number {
  return core.db.raw.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

/**
 * A complete, valid and plausible trainee as a person would type it; override any field. Its arrival,
 * departure and passport expiry follow the fiscal year given (FY2026: arrival 2026-04-10), so a
 * trainee of another intake year still arrives in that year.
 */
export function traineeInput(overrides: Partial<TraineeInputRaw> = {}): TraineeInputRaw {
  const years = (overrides.fiscalYear ?? 2026) - 2026;
  const inYear = (date: string) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
  return {
    fullName: 'Somchai Srisuk',
    familyName: 'Srisuk',
    givenName: 'Somchai',
    nativeName: 'สมชาย ศรีสุข',
    katakanaName: 'ソムチャイ・シースック',
    gender: 'male',
    dateOfBirth: '1990-05-12',
    country: 'TH',
    homeGovernment: 'Phitsanulok Municipality',
    department: 'Planning Division',
    position: 'Officer',
    fieldId: 1,
    japaneseLevel: 'N4',
    email: 'somchai@example.org',
    phone: '+66 2 123 4567',
    passportNumber: 'AA1234567',
    passportExpiry: inYear('2031-01-31'),
    arrivalDate: inYear('2026-04-10'),
    departureDate: inYear('2026-12-20'),
    fiscalYear: 2026,
    status: 'accepted',
    ...overrides,
  };
}
