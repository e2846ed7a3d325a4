// The one boundary every request crosses, from IPC or HTTP: the channel must exist, the input is
// parsed by the contract before any handler runs, the output is parsed before it leaves, and every
// failure comes back as data with a code and a message a person can read.

import { ASYNC_CHANNELS, type CoreChannel, contract, isChannel, SHELL_CHANNELS } from '../../shared/contract';
import { contractIssues } from '../../shared/contract-issues';
import { type AppError, AppFailure, type FieldIssue, type Result } from '../../shared/result';
import type { Handlers } from './handler-types';

export type Dispatch = (channel: string, input: unknown) => Result<unknown>;
export type AsyncDispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

function describe(issues: FieldIssue[]): string {
  const shown = issues.slice(0, 5).map((i) => `${i.path || 'request'}: ${i.code.replaceAll('_', ' ')}`);
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return `Some values need attention — ${shown.join('; ')}${more}.`;
}

/** SQLite's own failures, said plainly. */
function sqliteError(error: unknown): AppError | null {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code.startsWith('SQLITE_FULL'))
    return { code: 'internal', message: 'The disk is full, so nothing was saved. Free some space and try again.' };
  if (code.startsWith('SQLITE_READONLY'))
    return { code: 'internal', message: 'The data folder is read-only, so nothing was saved. Check its permissions.' };
  if (code.startsWith('SQLITE_BUSY'))
    return {
      code: 'internal',
      message: 'The database is busy with another task. Nothing was saved; try again in a moment.',
    };
  if (code.startsWith('SQLITE_CONSTRAINT'))
    return { code: 'conflict', message: 'This change conflicts with data already saved, so nothing was saved.' };
  return { code: 'internal', message: `The database reported a problem (${code}); nothing was saved.` };
}

type Prepared = { ok: false; result: Result<unknown> } | { ok: true; channel: CoreChannel; data: unknown };

/** The channel must exist and the input must parse; otherwise the refusal to send back. */
function prepare(channel: string, input: unknown): Prepared {
  if (!isChannel(channel)) {
    return {
      ok: false,
      result: {
        ok: false,
        error: { code: 'unknown_channel', message: `There is no channel named "${String(channel).slice(0, 80)}".` },
      },
    };
  }
  if (SHELL_CHANNELS.has(channel)) return refused(onlyInTheShell(channel));
  const given = input ?? {};
  const parsed = contract[channel].input.safeParse(given);
  if (!parsed.success) {
    const issues = contractIssues(parsed.error, given);
    return { ok: false, result: { ok: false, error: { code: 'invalid_input', message: describe(issues), issues } } };
  }
  return { ok: true, channel: channel as CoreChannel, data: parsed.data };
}

const refused = (error: AppError): Prepared => ({ ok: false, result: { ok: false, error } });

/** The shell's channels reach the core only where there is no shell (the browser mode, tests). */
const onlyInTheShell = (channel: string): AppError => ({
  code: 'unsupported',
  message: `"${channel}" is done by the desktop app (its print or file dialog); here, use the browser's own Print, download or upload instead.`,
});

/** The handler's answer, checked against the contract before it leaves. */
function settle(channel: CoreChannel, value: unknown, log: (error: unknown) => void): Result<unknown> {
  const output = contract[channel].output.safeParse(value);
  if (output.success) return { ok: true, value: output.data };
  log(new Error(`output of ${channel} does not match the contract: ${output.error.message}`));
  return {
    ok: false,
    error: { code: 'internal', message: 'The app produced an answer it could not check. Nothing else was changed.' },
  };
}

/** A thrown error as data: the app's own refusals as they are, SQLite's said plainly, the rest logged. */
function caught(error: unknown, log: (error: unknown) => void): Result<unknown> {
  if (error instanceof AppFailure) return { ok: false, error: error.error };
  const known = sqliteError(error);
  if (known) return { ok: false, error: known };
  log(error);
  return {
    ok: false,
    error: { code: 'internal', message: 'Something went wrong inside the app; nothing was saved. Please try again.' },
  };
}

/**
 * The synchronous dispatch (tests, benchmarks, the shells' own calls). Channels whose work is
 * asynchronous (backups, restore) are refused here, before their handler runs.
 */
export function createDispatch(handlers: Handlers, log: (error: unknown) => void = console.error): Dispatch {
  return (channel, input) => {
    const request = prepare(channel, input);
    if (!request.ok) return request.result;
    if (ASYNC_CHANNELS.has(request.channel)) {
      return {
        ok: false,
        error: { code: 'unsupported', message: `"${request.channel}" is answered asynchronously; use dispatchAsync.` },
      };
    }
    try {
      const handler = handlers[request.channel] as (input: unknown) => unknown;
      return settle(request.channel, handler(request.data), log);
    } catch (error) {
      return caught(error, log);
    }
  };
}

/** The dispatch HTTP and IPC use: every channel, asynchronous ones included. */
export function createAsyncDispatch(handlers: Handlers, log: (error: unknown) => void = console.error): AsyncDispatch {
  return async (channel, input) => {
    const request = prepare(channel, input);
    if (!request.ok) return request.result;
    try {
      const handler = handlers[request.channel] as (input: unknown) => unknown;
      return settle(request.channel, await handler(request.data), log);
    } catch (error) {
      return caught(error, log);
    }
  };
}
