// The placements benchmarks' data, added to a copy of the 50,000-trainee dataset: 2,000 hosts from
// the hosts demo generator (through the hosts service), a cohort per fiscal year, a 400-trainee
// FY2026 cohort, and 100,000 live placements, two per trainee, one after the other from the end of
// the introduction. The placements are written with one prepared INSERT (setup, not a measurement):
// hosts are drawn at random, mostly among those offering the trainee's field, so some hosts end up
// over capacity as real data would.
import type { Core } from '../../electron/core/app';
import { random } from '../../electron/core/demo/generator';
import { generateHosts } from '../../electron/core/hosts/demo';
import { insertHosts } from '../../electron/core/hosts/service';
import { insertTrainees } from '../../electron/core/trainees/service';
import { addDays, addMonths } from '../../shared/placements/dates';
import { benchRecords } from './dataset';

export const HOSTS = 2_000;
export const PLACEMENTS = 100_000;
export const COHORT_YEAR = 2026;
export const COHORT_SIZE = 400;

export interface PlacementData {
  /** Active hosts (id, prefecture). */
  hosts: { id: number; prefecture: number }[];
  /** The FY2026 cohort's trainees, with their placements' last day. */
  cohort: { id: number; lastEnd: string }[];
  /** Active FY2025 trainees with their last placement's end (for new placements after it). */
  recent: { id: number; lastEnd: string }[];
}

interface TraineeRow {
  id: number;
  fiscal_year: number;
  field_id: number;
  arrival_date: string | null;
  departure_date: string | null;
  status: string;
}

export function addPlacementData(core: Core, seed = 7): PlacementData {
  const { db, ctx } = core;
  const fieldIds = db.all<{ id: number }>({ text: 'SELECT id FROM fields ORDER BY id', params: [] }).map((f) => f.id);
  insertHosts(ctx, generateHosts({ count: HOSTS, seed, fieldIds }), { demo: false });
  const cohortRecords = benchRecords(core, COHORT_SIZE, seed).map((r) => ({ ...r, fiscalYear: COHORT_YEAR }));
  // The generator dates a record by its own fiscal year; move this cohort's dates a year on.
  for (const r of cohortRecords) {
    r.arrivalDate = `${COHORT_YEAR}-04-0${1 + (r.fullName.length % 9)}`;
    r.departureDate = `${COHORT_YEAR + 1}-0${1 + (r.fullName.length % 3)}-15`;
    // The passport moves with the dates (one expired before the arrival is refused).
    if (r.passportExpiry) r.passportExpiry = `${COHORT_YEAR + 6}${r.passportExpiry.slice(4)}`;
    if (r.status === 'completed' || r.status === 'withdrawn') r.status = 'accepted';
    r.passportNumber = null;
  }
  insertTrainees(ctx, cohortRecords, { demo: false });

  const insertCohort = db.raw.prepare(`
    INSERT INTO cohorts (fiscal_year, intro_start, intro_end, programme_start, programme_end, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`);
  const hosts = db.all<{ id: number; prefecture: number; fields: string }>({
    text: `SELECT h.id, h.prefecture, group_concat(hf.field_id) AS fields FROM hosts h
           LEFT JOIN host_fields hf ON hf.host_id = h.id WHERE h.active = 1 GROUP BY h.id`,
    params: [],
  });
  const allIds = hosts.map((h) => h.id);
  const byField = new Map<number, number[]>();
  for (const h of hosts) {
    for (const f of (h.fields ?? '').split(',').filter(Boolean).map(Number)) {
      byField.set(f, [...(byField.get(f) ?? []), h.id]);
    }
  }
  const trainees = db.all<TraineeRow>({
    text: 'SELECT id, fiscal_year, field_id, arrival_date, departure_date, status FROM trainees ORDER BY id DESC',
    params: [],
  });
  const insert = db.raw.prepare(`
    INSERT INTO placements (trainee_id, host_id, start_date, end_date, supervisor, overrides, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, '[]', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`);
  const rnd = random(seed);
  const cohort: PlacementData['cohort'] = [];
  const recent: PlacementData['recent'] = [];
  db.tx(() => {
    for (let fy = COHORT_YEAR - 30; fy <= COHORT_YEAR; fy++) {
      insertCohort.run(fy, `${fy}-04-01`, `${fy}-04-30`, `${fy}-04-01`, `${fy + 1}-03-31`);
    }
    // Newest first, so the 400 FY2026 trainees are always among the 50,000 placed.
    for (const t of trainees.slice(0, PLACEMENTS / 2)) {
      const fitting = rnd() < 0.8 ? byField.get(t.field_id) : undefined;
      const pool = fitting?.length ? fitting : allIds;
      const pick = () => pool[Math.floor(rnd() * pool.length)];
      const arrival = t.arrival_date ?? `${t.fiscal_year}-04-01`;
      const firstStart = arrival > `${t.fiscal_year}-04-30` ? arrival : `${t.fiscal_year}-05-01`;
      const firstEnd = addDays(addMonths(firstStart, 3 + Math.floor(rnd() * 2)), -1);
      const departure = t.departure_date ?? addMonths(firstStart, 8);
      const secondEnd = departure > addDays(firstEnd, 30) ? departure : addMonths(firstEnd, 3);
      insert.run(t.id, pick(), firstStart, firstEnd, 'Supervisor');
      insert.run(t.id, pick(), addDays(firstEnd, 1), secondEnd, null);
      if (t.fiscal_year === COHORT_YEAR) cohort.push({ id: t.id, lastEnd: secondEnd });
      if (t.fiscal_year === COHORT_YEAR - 1 && t.status !== 'withdrawn' && t.status !== 'completed') {
        recent.push({ id: t.id, lastEnd: secondEnd });
      }
    }
  });
  return { hosts: hosts.map(({ id, prefecture }) => ({ id, prefecture })), cohort, recent };
}
