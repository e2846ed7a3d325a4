// One writer per data folder: `clair-desk.lock` beside the database, created with O_EXCL and holding
// who has it (process id, start time, mode). Electron's single-instance lock only covers Electron;
// this file also stops a browser-mode server and the desktop app (or two servers) sharing one
// database. A lock whose process is gone (killed, crashed, the computer restarted) is taken over, and
// so is one whose process id now belongs to another program: the lock records the process's start
// time and command line, and a live process that does not match them is not the one that wrote it.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppFailure } from '../../shared/result';
import { type StartupLanguage, StartupRefusal } from './recovery/refusal';

export const LOCK_FILE = 'clair-desk.lock';

export type LockMode = 'electron' | 'browser';

/** What tells one process from a later one that got the same id. */
export interface ProcessIdentity {
  /** When the process started, as the system says it (Linux: clock ticks after boot; macOS: `ps` lstart). */
  start: string;
  command: string;
}

/** What the lock file holds. */
export interface LockHolder {
  pid: number;
  mode: LockMode;
  startedAt: string;
  /** When this computer last started (now minus its uptime): a lock from before a restart is stale. */
  bootedAt: string;
  /** Tells this process's own lock from one left by an earlier process that had the same id. */
  token: string;
  /** Null where the system does not say (Windows), and in locks written by older versions. */
  identity: ProcessIdentity | null;
}

export interface DataLock {
  file: string;
  holder: LockHolder;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): void;
}

/**
 * Another running CLAIR Desk holds the data folder; or, when `certain` is false, a running process
 * whose identity cannot be checked does, and the message says how to go on if it is not CLAIR Desk.
 */
export class LockHeld extends StartupRefusal {
  constructor(
    readonly holder: LockHolder,
    readonly certain = true,
    file = '',
  ) {
    super('conflict', {
      en: lockHeldMessage(holder, 'en') + (certain ? '' : unclearText(file, 'en')),
      ja: lockHeldMessage(holder, 'ja') + (certain ? '' : unclearText(file, 'ja')),
    });
    this.name = 'LockHeld';
  }
}

/** The data folder cannot be written to: nothing could be saved there. */
export class DataFolderReadOnly extends StartupRefusal {
  constructor(
    readonly dataDir: string,
    readonly reason: string,
  ) {
    super('unsupported', { en: readOnlyMessage(dataDir, reason, 'en'), ja: readOnlyMessage(dataDir, reason, 'ja') });
    this.name = 'DataFolderReadOnly';
  }
}

/** Tokens of the locks this process holds now. */
const heldHere = new Set<string>();
/** A reboot moves the computed boot time by far more than clock drift or NTP corrections do. */
const BOOT_TOLERANCE_MS = 10 * 60_000;
/** A lock file still empty after this long was left by a process that died while creating it. */
const EMPTY_GRACE_MS = 2_000;
/** A takeover guard older than this was left by a process that died while taking over. */
const GUARD_STALE_MS = 10_000;
const READ_ONLY_CODES = new Set(['EACCES', 'EPERM', 'EROFS']);

const bootTime = () => Date.now() - os.uptime() * 1000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function errno(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException)?.code;
}

function parseHolder(text: string): LockHolder | null {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.token !== 'string') return null;
    return {
      pid: value.pid,
      mode: value.mode === 'electron' ? 'electron' : 'browser',
      startedAt: String(value.startedAt ?? ''),
      bootedAt: String(value.bootedAt ?? ''),
      token: value.token,
      identity:
        typeof value.identity?.start === 'string' && typeof value.identity.command === 'string'
          ? { start: value.identity.start, command: value.identity.command }
          : null,
    };
  } catch {
    return null;
  }
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (errno(error) === 'ENOENT') return null;
    throw error;
  }
}

/** Whether a process with this id exists (EPERM: it does, under another user). */
export function processRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errno(error) === 'EPERM';
  }
}

/** A process's start time and command line from /proc (Linux) or `ps` (macOS); null when unknown. */
export function processIdentity(pid: number): ProcessIdentity | null {
  try {
    if (process.platform === 'linux') {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces and parentheses); the start time is field 22.
      const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      return start ? { start, command: command.slice(0, 500) } : null;
    }
    if (process.platform === 'darwin') {
      const line = execFileSync('ps', ['-o', 'lstart=,command=', '-p', String(pid)], {
        encoding: 'utf8',
        timeout: 2000,
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
      // lstart is always 24 characters: "Mon Jun  1 09:12:00 2026".
      return line.length > 24 ? { start: line.slice(0, 24), command: line.slice(25, 525).trim() } : null;
    }
  } catch {
    // Gone meanwhile, or not ours to read: unknown.
  }
  return null;
}

/** What holds this lock: us or its writer still ('held'), nobody ('gone'), another program, or cannot tell. */
export type HolderState = 'held' | 'gone' | 'other_program' | 'unknown';

export function holderState(holder: LockHolder): HolderState {
  // Our own id but not our token: an earlier process had our id (a container restarts with the same ids).
  if (holder.pid === process.pid) return heldHere.has(holder.token) ? 'held' : 'gone';
  const booted = Date.parse(holder.bootedAt);
  if (Number.isFinite(booted) && Math.abs(booted - bootTime()) > BOOT_TOLERANCE_MS) return 'gone';
  if (!processRunning(holder.pid)) return 'gone';
  const now = holder.identity ? processIdentity(holder.pid) : null;
  if (!holder.identity || !now) return 'unknown';
  return now.start === holder.identity.start ? 'held' : 'other_program';
}

/** Whether the process that wrote this lock may still hold it (held, or cannot tell). */
export function holderAlive(holder: LockHolder): boolean {
  const state = holderState(holder);
  return state === 'held' || state === 'unknown';
}

/** Removes a stale lock, under a guard so two starting processes cannot both take it over. */
function takeOver(file: string, staleText: string): void {
  const guard = `${file}.takeover`;
  let fd: number;
  try {
    fd = fs.openSync(guard, 'wx');
  } catch (error) {
    if (errno(error) !== 'EEXIST') throw error;
    const age = Date.now() - (fs.statSync(guard, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > GUARD_STALE_MS) fs.rmSync(guard, { force: true });
    else sleep(20);
    return;
  }
  try {
    // Only the lock we judged stale goes; a new holder's lock (written meanwhile) stays.
    if (readText(file) === staleText) fs.rmSync(file, { force: true });
  } finally {
    fs.closeSync(fd);
    fs.rmSync(guard, { force: true });
  }
}

function create(file: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx', 0o644);
  } catch (error) {
    if (errno(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeSync(fd, `${JSON.stringify(holder, null, 2)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/**
 * Takes the data folder's lock, or throws LockHeld (another CLAIR Desk has it) or DataFolderReadOnly.
 * The lock goes when released, and when this process exits normally; after a crash the next start
 * finds its process gone and takes it over.
 */
export function acquireLock(dataDir: string, mode: LockMode, now: () => Date = () => new Date()): DataLock {
  const file = path.join(dataDir, LOCK_FILE);
  const holder: LockHolder = {
    pid: process.pid,
    mode,
    startedAt: now().toISOString(),
    bootedAt: new Date(bootTime()).toISOString(),
    token: crypto.randomUUID(),
    identity: processIdentity(process.pid),
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if (create(file, holder)) return held(file, holder);
      const text = readText(file);
      if (text === null) continue;
      const existing = parseHolder(text);
      if (!existing) {
        const age = Date.now() - (fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0);
        // Being written this very moment by another starting process: look again shortly.
        if (age < EMPTY_GRACE_MS) {
          sleep(20);
          continue;
        }
      } else {
        const state = holderState(existing);
        if (state === 'held' || state === 'unknown') throw new LockHeld(existing, state === 'held', file);
      }
      takeOver(file, text);
    } catch (error) {
      const code = errno(error);
      if (code && READ_ONLY_CODES.has(code)) throw new DataFolderReadOnly(dataDir, code);
      throw error;
    }
  }
  throw new AppFailure({ code: 'conflict', message: `Could not take the lock ${file}; try starting again.` });
}

function held(file: string, holder: LockHolder): DataLock {
  heldHere.add(holder.token);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    heldHere.delete(holder.token);
    process.off('exit', release);
    try {
      if (parseHolder(readText(file) ?? '')?.token === holder.token) fs.rmSync(file, { force: true });
    } catch {
      // A folder that went away or turned read-only: the next start sees our process gone anyway.
    }
  };
  process.on('exit', release);
  return { file, holder, release };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "09:12" today, "2026-06-03 09:12" on another day (local time). */
export function sinceText(startedAt: string, now: Date = new Date()): string {
  const at = new Date(startedAt);
  if (Number.isNaN(at.getTime())) return '?';
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  const sameDay = at.toDateString() === now.toDateString();
  return sameDay ? time : `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${time}`;
}

const MODE_TEXT: Record<StartupLanguage, Record<LockMode, string>> = {
  en: { browser: 'browser mode', electron: 'desktop app' },
  ja: { browser: 'ブラウザー版', electron: 'デスクトップ版' },
};

/** What the second copy says (start-up output, Electron's dialog). */
export function lockHeldMessage(holder: LockHolder, lang: StartupLanguage = 'en', now: Date = new Date()): string {
  const mode = MODE_TEXT[lang][holder.mode];
  const since = sinceText(holder.startedAt, now);
  return lang === 'ja'
    ? `CLAIR Desk はこのコンピューターですでに開いています（${mode}、${since} から、プロセス ${holder.pid}）。そのウィンドウを使うか、先に閉じてください。`
    : `CLAIR Desk is already open on this computer (${mode}, since ${since}, process ${holder.pid}). Use that window, or close it first.`;
}

/** How to go on when the lock's process runs but cannot be told to be CLAIR Desk or not. */
function unclearText(file: string, lang: StartupLanguage): string {
  return lang === 'ja'
    ? ` CLAIR Desk のウィンドウがどこにも開いていない場合、そのプロセスは別のプログラムかもしれません。CLAIR Desk が動いていないことを確かめてから、ファイル ${file} を削除して、もう一度開始してください。`
    : ` If no CLAIR Desk window is open anywhere, that process may be another program: make sure CLAIR Desk is not running, then delete the file ${file} and start again.`;
}

export function readOnlyMessage(dataDir: string, reason: string, lang: StartupLanguage = 'en'): string {
  return lang === 'ja'
    ? `データフォルダー ${dataDir} に書き込めません（読み取り専用か、書き込み権限がありません: ${reason}）。このままでは何も保存できないため、CLAIR Desk を開始しません。フォルダーの権限を直すか、書き込めるフォルダーを CLAIR_DESK_DATA_DIR で指定してください。`
    : `The data folder ${dataDir} cannot be written to (it is read-only, or you lack permission: ${reason}). CLAIR Desk would not be able to save anything there, so it did not start. Fix the folder's permissions, or choose a folder you can write to with CLAIR_DESK_DATA_DIR.`;
}
