// Keeping a damaged database aside: it and its -wal/-shm move to `damaged/clair-desk-<time>.sqlite…`
// under names never used before (a file there is never overwritten, nothing is ever deleted), so
// whoever supports the office can still try to rescue records from it. A small marker file records
// what happened until the person has chosen a backup (or an empty start): written before the files
// move and removed only once the new database is open, so a crash in between comes back to the
// same recovery screen instead of silently starting empty.
import fs from 'node:fs';
import path from 'node:path';
import type { RecoveryReason } from '../../../shared/recovery/schema';

export const DAMAGED_DIR = 'damaged';
export const MARKER_FILE = 'clair-desk.recovery.json';
/** A database's companions: the write-ahead log, its index, a rollback journal. */
const COMPANIONS = ['', '-wal', '-shm', '-journal'];

export interface Move {
  /** Relative to the data folder. */
  from: string;
  to: string;
}

export interface RecoveryMarker {
  reason: RecoveryReason;
  detail: string;
  /** The reason's details for its words (schema_mismatch: which objects differ). */
  params?: Record<string, string | number>;
  detectedAt: string;
  moves: Move[];
}

const markerPath = (dataDir: string) => path.join(dataDir, MARKER_FILE);

export function readMarker(dataDir: string): RecoveryMarker | null {
  let text: string;
  try {
    text = fs.readFileSync(markerPath(dataDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const value = JSON.parse(text) as RecoveryMarker;
    if (!Array.isArray(value.moves)) throw new Error('no moves');
    return value;
  } catch {
    // A marker cut short by a crash still means "recovery was under way".
    return { reason: 'corrupt', detail: 'The recovery record was unreadable.', detectedAt: '', moves: [] };
  }
}

/** Writes a file so that it is either all there or not there (temp file, fsync, rename). */
function writeDurably(file: string, text: string): void {
  const temp = `${file}.tmp-${process.pid}`;
  const fd = fs.openSync(temp, 'w');
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
  syncDir(path.dirname(file));
}

/** Makes renames in a folder durable (POSIX; Windows has no directory handles to sync). */
function syncDir(dir: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Best effort: some file systems refuse fsync on a directory.
  }
}

export function clearMarker(dataDir: string): void {
  fs.rmSync(markerPath(dataDir), { force: true });
  syncDir(dataDir);
}

/** Moves a file to a name that must not exist yet: a hard link then unlink (atomic, never overwrites). */
function moveNoOverwrite(from: string, to: string): void {
  try {
    fs.linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOENT') throw error;
    // File systems without hard links (FAT, some network drives): check, then rename.
    if (fs.existsSync(to)) throw error;
    fs.renameSync(from, to);
    return;
  }
  fs.unlinkSync(from);
}

/** `clair-desk-20260601T091200123Z`, with -2, -3… when a file of that name is already there. */
export function damagedBase(dir: string, at: Date): string {
  const stamp = at.toISOString().replace(/[-:.]/g, '');
  const taken = (base: string) => COMPANIONS.some((s) => fs.existsSync(path.join(dir, `${base}.sqlite${s}`)));
  let base = `clair-desk-${stamp}`;
  for (let n = 2; taken(base); n++) base = `clair-desk-${stamp}-${n}`;
  return base;
}

/** Carries out the moves still to do (after a crash, some may be done already). */
export function performMoves(dataDir: string, moves: Move[]): void {
  for (const move of moves) {
    const from = path.join(dataDir, move.from);
    const to = path.join(dataDir, move.to);
    if (!fs.existsSync(from) || fs.existsSync(to)) continue;
    fs.mkdirSync(path.dirname(to), { recursive: true });
    moveNoOverwrite(from, to);
  }
  syncDir(path.join(dataDir, DAMAGED_DIR));
  syncDir(dataDir);
}

/** The moves that would take a database file (by name in the data folder) and its companions aside. */
export function planMoves(dataDir: string, dbName: string, at: Date): Move[] {
  const dir = path.join(dataDir, DAMAGED_DIR);
  const base = damagedBase(dir, at);
  return COMPANIONS.filter((s) => fs.existsSync(path.join(dataDir, `${dbName}${s}`))).map((s) => ({
    from: `${dbName}${s}`,
    to: path.join(DAMAGED_DIR, `${base}.sqlite${s}`),
  }));
}

/** Records what happened, then moves the damaged database and its companions aside. */
export function keepAside(
  dataDir: string,
  dbName: string,
  found: { reason: RecoveryReason; detail: string; params?: Record<string, string | number> },
  at: Date,
): RecoveryMarker {
  const marker: RecoveryMarker = {
    reason: found.reason,
    detail: found.detail,
    ...(found.params ? { params: found.params } : {}),
    detectedAt: at.toISOString(),
    moves: planMoves(dataDir, dbName, at),
  };
  writeDurably(markerPath(dataDir), `${JSON.stringify(marker, null, 2)}\n`);
  performMoves(dataDir, marker.moves);
  return marker;
}

/**
 * Before a new database is put in place during recovery: whatever is at the database's name now
 * (left by an interrupted recovery) joins the files kept aside rather than being replaced.
 */
export function clearTheWay(dataDir: string, dbName: string, marker: RecoveryMarker, at: Date): RecoveryMarker {
  const extra = planMoves(dataDir, dbName, at);
  if (extra.length === 0) return marker;
  const next = { ...marker, moves: [...marker.moves, ...extra] };
  writeDurably(markerPath(dataDir), `${JSON.stringify(next, null, 2)}\n`);
  performMoves(dataDir, extra);
  return next;
}
