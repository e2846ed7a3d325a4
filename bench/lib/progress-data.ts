// The progress benchmarks' data, added to a copy of the 50,000-trainee dataset: the placements data
// (bench/lib/placements-data.ts: 2,000 hosts, a 400-trainee FY2026 cohort, 100,000 live placements),
// then progress entries as years of use would leave them: every ended month of a finished trainee
// reported and both evaluations written; for the trainees still followed, most ended months reported
// (about one in ten missing) and most evaluations done. Followed trainees get residence cards (a
// few expiring soon) and some passports expire soon. Entries go in with one prepared INSERT (setup,
// not a measurement).
import type { Statement } from 'better-sqlite3';
import type { Core } from '../../electron/core/app';
import { random } from '../../electron/core/demo/generator';
import { addDays, later } from '../../shared/placements/dates';
import { finalDue, midTermDue, placementMonths } from '../../shared/progress/due';
import { addPlacementData, type PlacementData } from './placements-data';

/** The day the benchmark's clock reads: FY2025 trainees near their end, the FY2026 cohort started. */
export const BENCH_TODAY = '2026-07-15';

const FOLLOWED = new Set(['accepted', 'introductory', 'on_placement']);

export interface ProgressData extends PlacementData {
  followed: number;
  reports: number;
  evaluations: number;
}

interface Row {
  id: number;
  trainee_id: number;
  start_date: string;
  end_date: string;
  status: string;
  departure_date: string | null;
}

/** What writing the entries needs: the benchmark's clock, its seeded numbers, the statements, and the counts. */
interface Writer {
  today: string;
  rnd: () => number;
  insert: Statement<unknown[]>;
  setDocuments: Statement<unknown[]>;
  reports: number;
  evaluations: number;
}

export function addProgressData(core: Core, today = BENCH_TODAY, seed = 7): ProgressData {
  const placements = addPlacementData(core, seed);
  const { db } = core;
  const rows = db.all<Row>({
    text: `SELECT p.id, p.trainee_id, p.start_date, p.end_date, t.status, t.departure_date
           FROM placements p JOIN trainees t ON t.id = p.trainee_id
           WHERE p.cancelled = 0 ORDER BY p.trainee_id, p.start_date`,
    params: [],
  });
  const insert = db.raw.prepare(`
    INSERT INTO progress_entries (trainee_id, kind, entry_date, author, title, body, placement_id, placement_month,
      evaluation_stage, evaluator_role, created_at, updated_at)
    VALUES (?, ?, ?, 'Bench staff', ?, 'Bench entry.', ?, ?, ?, ?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`);
  const setDocuments = db.raw.prepare(
    'UPDATE trainees SET passport_expiry = ?, residence_card_expiry = ? WHERE id = ?',
  );
  const w: Writer = { today, rnd: random(seed), insert, setDocuments, reports: 0, evaluations: 0 };
  const followed = new Set<number>();
  db.tx(() => {
    for (const own of byTrainee(rows)) {
      const first = own[0] as Row;
      const active = FOLLOWED.has(first.status);
      if (active) followed.add(first.trainee_id);
      writeTrainee(w, own, active);
    }
  });
  return { ...placements, followed: followed.size, reports: w.reports, evaluations: w.evaluations };
}

/** The rows in runs of one trainee's placements (the query orders them by trainee). */
function byTrainee(rows: Row[]): Row[][] {
  const runs: Row[][] = [];
  for (const row of rows) {
    const run = runs[runs.length - 1];
    if (run && (run[0] as Row).trainee_id === row.trainee_id) run.push(row);
    else runs.push([row]);
  }
  return runs;
}

/** One trainee's reports and evaluations; a followed trainee's documents too. */
function writeTrainee(w: Writer, own: Row[], active: boolean): void {
  const first = own[0] as Row;
  for (const p of own) writeReports(w, p, active);
  const last = own.reduce((max, p) => later(max, p.end_date), first.end_date);
  writeEvaluation(w, first.trainee_id, active, {
    stage: 'mid_term',
    due: midTermDue(first.start_date, last),
    share: 0.85,
  });
  writeEvaluation(w, first.trainee_id, active, { stage: 'final', due: finalDue(last), share: 0.6 });
  if (active) writeDocuments(w, first, last);
}

/** An entry is written two to six days after its day, never after today. */
function writtenOn(w: Writer, day: string): string {
  const d = addDays(day, 2 + Math.floor(w.rnd() * 5));
  if (d > w.today) return w.today;
  return d;
}

/** Every ended month of the placement reported; about one in ten missing for a followed trainee. */
function writeReports(w: Writer, p: Row, active: boolean): void {
  for (const m of placementMonths(p.start_date, p.end_date)) {
    if (m.end >= w.today || (active && w.rnd() < 0.1)) continue;
    w.insert.run(p.trainee_id, 'monthly_report', writtenOn(w, m.end), `Month ${m.month}`, p.id, m.month, null, null);
    w.reports++;
  }
}

/** An evaluation once due: always for a finished trainee, for a followed one with the given chance. */
function writeEvaluation(
  w: Writer,
  traineeId: number,
  active: boolean,
  { stage, due, share }: { stage: string; due: string; share: number },
): void {
  if (due >= w.today || (active && w.rnd() >= share)) return;
  w.insert.run(traineeId, 'evaluation', writtenOn(w, due), stage, null, null, stage, 'host_supervisor');
  w.evaluations++;
}

/** A followed trainee's passport and residence card: a few expire soon, the rest after the departure. */
function writeDocuments(w: Writer, first: Row, last: string): void {
  const soon = (days: number) => addDays(w.today, Math.floor(w.rnd() * days) - 10);
  const departure = first.departure_date ?? addDays(last, 1);
  const passport = w.rnd() < 0.03 ? soon(120) : addDays(departure, 1500);
  const card = w.rnd() < 0.08 ? soon(120) : addDays(departure, 30);
  w.setDocuments.run(passport, card, first.trainee_id);
}
