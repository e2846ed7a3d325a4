// Test helper: a write load over HTTP (several workers creating and updating trainees, placing them
// and writing progress entries) that records every write the server acknowledged with 200 ok, and a
// check that each of them is in the database file.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { post, type Reply } from './server';

/** A small seeded generator (mulberry32): the same seed gives the same load and the same kill times. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type WriteKind = 'trainee_create' | 'trainee_update' | 'placement_create' | 'entry_create' | 'backup';

interface TraineeRecord {
  owner: number;
  fullName: string;
  /** The department of the last acknowledged write. */
  department: string;
  /** Departments sent but not acknowledged (in flight when the server was killed): any may be there. */
  pending: string[];
  version: number;
  placed: boolean;
  data: Record<string, unknown>;
}

export class Ledger {
  readonly trainees = new Map<number, TraineeRecord>();
  readonly placements = new Map<number, { traineeId: number; hostId: number }>();
  readonly entries = new Map<number, { traineeId: number; title: string }>();
  hosts: number[] = [];
  /** The newest backup the server acknowledged (the online backup API, killed mid-way some rounds). */
  lastBackup: string | null = null;
  readonly acknowledged: Record<WriteKind, number> = {
    trainee_create: 0,
    trainee_update: 0,
    placement_create: 0,
    entry_create: 0,
    backup: 0,
  };
  /** Writes sent whose answer never came (the connection broke when the server was killed). */
  unanswered = 0;
  /** Writes the server answered with a refusal (a rule of the data, e.g. a placement not allowed). */
  refused = 0;
  /** Writes checked and found after restarts (each acknowledged write is checked after every restart). */
  found = 0;

  get totalAcknowledged(): number {
    return Object.values(this.acknowledged).reduce((a, b) => a + b, 0);
  }
}

function traineeData(fullName: string, department: string): Record<string, unknown> {
  return {
    fullName,
    familyName: 'Crash',
    givenName: fullName,
    gender: 'female',
    dateOfBirth: '1991-03-04',
    country: 'TH',
    homeGovernment: 'Phitsanulok Municipality',
    department,
    position: 'Officer',
    fieldId: 1,
    japaneseLevel: 'N4',
    passportNumber: null,
    arrivalDate: '2026-04-10',
    departureDate: '2026-12-20',
    fiscalYear: 2026,
    status: 'accepted',
  };
}

export const hostData = (n: number) => ({
  data: {
    nameEn: `Crash City ${n}`,
    nameJa: `クラッシュ市${n}`,
    kind: 'city',
    prefecture: 13,
    address: `東京都${n}`,
    capacity: 50,
    fieldIds: [1],
    contacts: [],
    notes: null,
    active: true,
  },
  // Capacity 50 is unusual and asks for a confirmation; these hosts take every placement of the run.
  confirm: true,
});

interface Client {
  origin: string;
  token: string;
  /** Set when the server is being killed: workers stop starting new writes. */
  stopped: () => boolean;
}

/** What a worker's writes need: its ledger, who it is, its random numbers and its connection. */
interface Writer {
  ledger: Ledger;
  id: number;
  round: number;
  rand: () => number;
  /** Sends a write; null when no answer came (the server was killed). */
  call: (channel: string, input: unknown) => Promise<Reply | null>;
}

type Owned = [number, TraineeRecord];

/** One worker: writes until the server goes away; its own trainees only, so versions never clash. */
export async function worker(
  client: Client,
  ledger: Ledger,
  id: number,
  round: number,
  rand: () => number,
): Promise<void> {
  const call = async (channel: string, input: unknown): Promise<Reply | null> => {
    try {
      const reply = await post(client.origin, client.token, channel, input);
      if (!reply.ok) ledger.refused += 1;
      return reply;
    } catch {
      ledger.unanswered += 1;
      return null;
    }
  };
  const writer: Writer = { ledger, id, round, rand, call };
  for (let n = 1; !client.stopped(); n++) {
    if (!(await writeOnce(writer, n))) return;
  }
}

/** The n-th write, of a kind drawn at random; false when its answer never came. */
function writeOnce(w: Writer, n: number): Promise<boolean> {
  const mine = [...w.ledger.trainees.entries()].filter(([, t]) => t.owner === w.id);
  if (w.id === 0 && w.rand() < 0.03) return backup(w);
  const roll = w.rand();
  const pick = mine.length ? mine[Math.floor(w.rand() * mine.length)] : undefined;
  if (roll < 0.4 || !pick) return createTrainee(w, n);
  if (roll < 0.65) return updateTrainee(w, n, pick);
  if (roll < 0.8 && !pick[1].placed && w.ledger.hosts.length) return placeTrainee(w, pick);
  return writeEntry(w, n, pick);
}

async function backup(w: Writer): Promise<boolean> {
  const reply = await w.call('backup.create', {});
  if (!reply) return false;
  if (reply.ok) {
    w.ledger.lastBackup = (reply.value as { id: string }).id;
    w.ledger.acknowledged.backup += 1;
  }
  return true;
}

async function createTrainee(w: Writer, n: number): Promise<boolean> {
  const fullName = `Crash r${w.round} w${w.id} n${n}`;
  const department = `dept ${w.round}.${w.id}.${n}`;
  const data = traineeData(fullName, department);
  const reply = await w.call('trainees.create', { data, confirm: true });
  if (!reply) return false;
  if (reply.ok) {
    const { trainee } = reply.value as { trainee: { id: number; version: number } };
    w.ledger.trainees.set(trainee.id, {
      owner: w.id,
      fullName,
      department,
      pending: [],
      version: trainee.version,
      placed: false,
      data,
    });
    w.ledger.acknowledged.trainee_create += 1;
  }
  return true;
}

async function updateTrainee(w: Writer, n: number, [traineeId, t]: Owned): Promise<boolean> {
  const department = `dept ${w.round}.${w.id}.${n} (edited)`;
  t.pending.push(department);
  const data = { ...t.data, department };
  const reply = await w.call('trainees.update', { id: traineeId, version: t.version, data, confirm: true });
  if (!reply) return false;
  t.pending.pop();
  if (reply.ok) {
    t.department = department;
    t.data = data;
    t.version = (reply.value as { trainee: { version: number } }).trainee.version;
    w.ledger.acknowledged.trainee_update += 1;
  }
  return true;
}

async function placeTrainee(w: Writer, [traineeId, t]: Owned): Promise<boolean> {
  const hostId = w.ledger.hosts[Math.floor(w.rand() * w.ledger.hosts.length)] as number;
  const reply = await w.call('placements.create', {
    traineeId,
    hostId,
    start: '2026-05-01',
    end: '2026-10-31',
    supervisor: null,
    notes: `placed in round ${w.round}`,
    confirm: true,
    reason: 'crash test',
  });
  if (!reply) return false;
  if (reply.ok) {
    t.placed = true;
    w.ledger.placements.set((reply.value as { placement: { id: number } }).placement.id, { traineeId, hostId });
    w.ledger.acknowledged.placement_create += 1;
  }
  return true;
}

async function writeEntry(w: Writer, n: number, [traineeId]: Owned): Promise<boolean> {
  const title = `note r${w.round} w${w.id} n${n}`;
  const reply = await w.call('progress.create', {
    traineeId,
    data: { kind: 'note', date: '2026-06-01', title, body: 'Written under the crash harness.' },
  });
  if (!reply) return false;
  if (reply.ok) {
    w.ledger.entries.set((reply.value as { entry: { id: number } }).entry.id, { traineeId, title });
    w.ledger.acknowledged.entry_create += 1;
  }
  return true;
}

/**
 * Opens the database file read-only and checks PRAGMA integrity_check and every acknowledged write.
 * A write that was in flight when the server died may or may not be there; once seen, it is taken as
 * the record's state from then on.
 */
export function verify(dbFile: string, ledger: Ledger): string[] {
  const problems = checkBackups(path.join(path.dirname(dbFile), 'backups'), ledger);
  const raw = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const integrity = raw.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    problems.push(...checkTrainees(raw, ledger), ...checkPlacements(raw, ledger));
    notePlaced(raw, ledger);
    problems.push(...checkEntries(raw, ledger));
  } finally {
    raw.close();
  }
  return problems;
}

function checkBackups(backups: string, ledger: Ledger): string[] {
  const problems: string[] = [];
  const names = fs.existsSync(backups) ? fs.readdirSync(backups) : [];
  // A backup killed mid-way leaves a work file; the next start removes it.
  const leftovers = names.filter((n) => n.startsWith('.tmp-'));
  if (leftovers.length) problems.push(`unfinished backup files left: ${leftovers.join(', ')}`);
  if (ledger.lastBackup) {
    if (!names.includes(ledger.lastBackup)) problems.push(`backup ${ledger.lastBackup} is missing`);
    else ledger.found += 1;
  }
  return problems;
}

function checkTrainees(raw: Database.Database, ledger: Ledger): string[] {
  const problems: string[] = [];
  const trainee = raw.prepare('SELECT full_name, department, version FROM trainees WHERE id = ?');
  for (const [id, t] of ledger.trainees) {
    const row = trainee.get(id) as { full_name: string; department: string; version: number } | undefined;
    if (!row || row.full_name !== t.fullName) {
      problems.push(`trainee ${id} (${t.fullName}) is missing`);
      continue;
    }
    if (row.department !== t.department && !t.pending.includes(row.department)) {
      problems.push(`trainee ${id}: department "${row.department}", expected "${t.department}"`);
      continue;
    }
    t.department = row.department;
    t.data = { ...t.data, department: row.department };
    t.version = row.version;
    t.pending = [];
    ledger.found += 1;
  }
  return problems;
}

function checkPlacements(raw: Database.Database, ledger: Ledger): string[] {
  const problems: string[] = [];
  const placement = raw.prepare('SELECT trainee_id, host_id FROM placements WHERE id = ?');
  for (const [id, p] of ledger.placements) {
    const row = placement.get(id) as { trainee_id: number; host_id: number } | undefined;
    if (row?.trainee_id !== p.traineeId || row.host_id !== p.hostId) problems.push(`placement ${id} is missing`);
    else ledger.found += 1;
  }
  return problems;
}

/** A placement sent but unanswered may have been saved: the trainee is then placed already. */
function notePlaced(raw: Database.Database, ledger: Ledger): void {
  const placed = raw.prepare('SELECT count(*) FROM placements WHERE trainee_id = ? AND cancelled = 0').pluck();
  for (const [id, t] of ledger.trainees) if (!t.placed && (placed.get(id) as number) > 0) t.placed = true;
}

function checkEntries(raw: Database.Database, ledger: Ledger): string[] {
  const problems: string[] = [];
  const entry = raw.prepare('SELECT trainee_id, title FROM progress_entries WHERE id = ?');
  for (const [id, e] of ledger.entries) {
    const row = entry.get(id) as { trainee_id: number; title: string } | undefined;
    if (row?.trainee_id !== e.traineeId || row.title !== e.title) problems.push(`progress entry ${id} is missing`);
    else ledger.found += 1;
  }
  return problems;
}
