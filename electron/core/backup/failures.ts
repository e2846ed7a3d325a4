// A failed automatic backup (daily, monthly, at quit, before a migration) is recorded so that the app
// can say so on screen, after a restart too, until a good backup exists.
//
// Where: a small file in the data folder, not the database (it may be what failed) and not the
// backups folder (it may be what cannot be written). Its space is reserved when the core opens, and a
// failure is written over it in place, so a full disk still takes the record. Should even that fail,
// the record is kept in memory: this run still shows it, and the next start retries the backup.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupFailure, BackupFailureReason } from '../../../shared/backup/schema';
import { AppFailure } from '../../../shared/result';
import { listBackups } from './catalog';

export const FAILURE_FILE = 'clair-desk.backup-failure.json';
/** The reserved size: a record is far smaller; the rest is spaces, which JSON ignores. */
const RESERVED_BYTES = 4096;
const MAX_DETAIL = 1000;

type AutomaticKind = BackupFailure['kind'];

/** A backup that could not be written, with why in a word the screen can say in either language. */
export class BackupWriteFailure extends AppFailure {
  constructor(
    message: string,
    readonly reason: BackupFailureReason,
    readonly folder: string,
  ) {
    super({ code: 'internal', message });
    this.name = 'BackupWriteFailure';
  }
}

/** Records this run could not write to disk, by data folder. */
const inMemory = new Map<string, BackupFailure>();

const fileOf = (dataDir: string) => path.join(dataDir, FAILURE_FILE);

/** The reserved space, at the core's opening; a missing reservation only means a plain write later. */
export function reserveFailureRecord(dataDir: string): void {
  const file = fileOf(dataDir);
  try {
    if ((fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0) >= RESERVED_BYTES) return;
    const current = readFile(file);
    writeRecord(file, current ? JSON.stringify(current) : '{}', 'w');
  } catch {
    // A full disk at start-up: recordFailure falls back to a plain write, then to memory.
  }
}

function padded(text: string): Buffer {
  const bytes = Buffer.from(text);
  return bytes.length >= RESERVED_BYTES
    ? bytes
    : Buffer.concat([bytes, Buffer.alloc(RESERVED_BYTES - bytes.length, 0x20)]);
}

/** Writes over the file from its start ('r+': in place, no new space needed), padded to the reserved size. */
function writeRecord(file: string, text: string, flags: 'r+' | 'w'): void {
  const fd = fs.openSync(file, flags);
  try {
    const bytes = padded(text);
    fs.writeSync(fd, bytes, 0, bytes.length, 0);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function store(dataDir: string, text: string): boolean {
  const file = fileOf(dataDir);
  for (const flags of ['r+', 'w'] as const) {
    try {
      writeRecord(file, text, flags);
      return true;
    } catch {
      // Not reserved yet ('r+' finds no file), or the disk refuses: try the next way.
    }
  }
  return false;
}

function readFile(file: string): BackupFailure | null {
  try {
    const value = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<BackupFailure>;
    return typeof value.kind === 'string' && typeof value.at === 'string' ? (value as BackupFailure) : null;
  } catch {
    return null;
  }
}

function codeOf(error: unknown): string {
  return String((error as { code?: unknown })?.code ?? '');
}

/** Why a backup could not be written, from the system's error code. */
export function reasonOf(error: unknown): BackupFailureReason {
  if (error instanceof BackupWriteFailure) return error.reason;
  const code = codeOf(error);
  if (code === 'ENOSPC' || code.startsWith('SQLITE_FULL')) return 'disk_full';
  if (['EACCES', 'EPERM', 'EROFS'].includes(code) || /^SQLITE_(READONLY|CANTOPEN|PERM)/.test(code)) {
    return 'not_writable';
  }
  if (/^SQLITE_(CORRUPT|NOTADB|IOERR)/.test(code)) return 'database';
  return 'other';
}

/** The newest record of the two places, or null. */
function latest(dataDir: string): BackupFailure | null {
  const onDisk = readFile(fileOf(dataDir));
  const here = inMemory.get(path.resolve(dataDir)) ?? null;
  if (!onDisk || !here) return onDisk ?? here;
  return here.at > onDisk.at ? here : onDisk;
}

/** Records a failed automatic backup; never throws (a backup already failed, the app goes on). */
export function recordFailure(
  dataDir: string,
  kind: AutomaticKind,
  at: Date,
  failure: { reason: BackupFailureReason; detail: string; folder: string },
): BackupFailure {
  const before = latest(dataDir);
  const record: BackupFailure = {
    kind,
    at: at.toISOString(),
    reason: failure.reason,
    detail: failure.detail.slice(0, MAX_DETAIL),
    folder: failure.folder,
    firstAt: before?.firstAt ?? at.toISOString(),
    count: (before?.count ?? 0) + 1,
  };
  inMemory.set(path.resolve(dataDir), record);
  store(dataDir, JSON.stringify(record));
  return record;
}

/** Records the error a failed automatic backup threw. */
export function recordError(dataDir: string, kind: AutomaticKind, at: Date, error: unknown, folder: string): void {
  const detail = error instanceof Error ? error.message : String(error);
  recordFailure(dataDir, kind, at, {
    reason: reasonOf(error),
    detail,
    folder: error instanceof BackupWriteFailure ? error.folder : folder,
  });
}

/** A good backup exists again: the record goes. */
export function clearFailure(dataDir: string): void {
  inMemory.delete(path.resolve(dataDir));
  if (fs.existsSync(fileOf(dataDir)) && readFile(fileOf(dataDir))) store(dataDir, '{}');
}

/**
 * The failure to show, or null: none recorded, or a good backup made after it (which clears a record
 * that could not be cleared when that backup was made).
 */
export function currentFailure(dataDir: string): BackupFailure | null {
  const record = latest(dataDir);
  if (!record) return null;
  if (listBackups(dataDir).some((b) => b.verified && b.createdAt > record.at)) {
    clearFailure(dataDir);
    return null;
  }
  return record;
}
