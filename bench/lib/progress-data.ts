// The progress benchmarks' data, added to a copy of the 50,000-trainee dataset: the placements data
// (bench/lib/placements-data.ts: 2,000 hosts, a 400-trainee FY2026 cohort, 100,000 live placements),
// then progress entries as years of use would leave them: every ended month of a finished trainee
// reported and both evaluations written; for the trainees still followed, most ended months reported
// (about one in ten missing) and most evaluations done. Followed trainees get residence cards (a
// few expiring soon) and some passports expire soon. Entries go in with one prepared INSERT (setup,
// not a measurement).
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
  const rnd = random(seed);
  const written = (day: string) => {
    const d = addDays(day, 2 + Math.floor(rnd() * 5));
    if (d > today) return today;
    return d;
  };
  let reports = 0;
  let evaluations = 0;
  const followed = new Set<number>();
  db.tx(() => {
    for (let i = 0; i < rows.length; ) {
      // One trainee's placements at a time.
      const traineeId = rows[i]?.trainee_id;
      const own: Row[] = [];
      while (i < rows.length && rows[i]?.trainee_id === traineeId) own.push(rows[i++] as Row);
      const first = own[0] as Row;
      const active = FOLLOWED.has(first.status);
      if (active) followed.add(first.trainee_id);
      for (const p of own) {
        for (const m of placementMonths(p.start_date, p.end_date)) {
          if (m.end >= today || (active && rnd() < 0.1)) continue;
          insert.run(p.trainee_id, 'monthly_report', written(m.end), `Month ${m.month}`, p.id, m.month, null, null);
          reports++;
        }
      }
      const last = own.reduce((max, p) => later(max, p.end_date), first.end_date);
      const evaluate = (stage: string, due: string, share: number) => {
        if (due >= today || (active && rnd() >= share)) return;
        insert.run(first.trainee_id, 'evaluation', written(due), stage, null, null, stage, 'host_supervisor');
        evaluations++;
      };
      evaluate('mid_term', midTermDue(first.start_date, last), 0.85);
      evaluate('final', finalDue(last), 0.6);
      if (active) {
        const soon = (days: number) => addDays(today, Math.floor(rnd() * days) - 10);
        const departure = first.departure_date ?? addDays(last, 1);
        const passport = rnd() < 0.03 ? soon(120) : addDays(departure, 1500);
        const card = rnd() < 0.08 ? soon(120) : addDays(departure, 30);
        setDocuments.run(passport, card, first.trainee_id);
      }
    }
  });
  return { ...placements, followed: followed.size, reports, evaluations };
}
