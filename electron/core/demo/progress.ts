// Demo progress: placements at demo hosts for the demo trainees past their arrival (introductory, on
// placement, completed; the demo's statuses are drawn at random, so some lag behind the dates), and their
// progress entries (monthly reports, mid-term and final evaluations, a few milestones, incidents and
// notes), seeded so a run is repeatable. Some past months are left unreported and some evaluations
// unwritten, so the Needs-attention page has something to show on first run. Everything is marked
// demo and goes with the demo trainees.
import { todayIso } from '../../../shared/fiscal-year';
import { addDays, addMonths } from '../../../shared/placements/dates';
import { finalDue, midTermDue, placementMonths, reportDue } from '../../../shared/progress/due';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { insertInto } from '../db/sql-build';
import { random } from './generator';

const STAFF = ['Tan Wei Ling', 'Nur Aisyah Rahman', 'Koh Jun Wei'];
const SUPERVISORS = ['佐藤 由紀', '鈴木 健二', '高橋 明子', '田中 誠', '渡辺 直子', '伊藤 隆'];
const REPORTS = [
  'Joined the weekly section meetings and shadowed the counter service. Started a comparison of resident services with my home office.',
  'Visited the waste-sorting centre and the water treatment plant; wrote notes on how the city explains sorting rules to residents.',
  'Worked with the tourism division on an English brochure; interviewed two guesthouse owners about visitors from South-East Asia.',
  'Took part in the disaster drill and learnt how the evacuation shelters are run. Japanese lessons twice a week continue.',
  'Drafted the outline of my action plan and discussed it with my supervisor. Presented my country at the local primary school.',
  'Studied the municipal budget process and the role of the assembly. Joined a farmers’ market organised by the agricultural cooperative.',
];
const MILESTONES = [
  'Action plan outline approved by the host supervisor',
  'Presentation to the mayor’s office',
  'Interim report submitted to the home government',
];
const INCIDENTS = [
  'Minor bicycle accident on the way to the office; no injury. The host reminded the trainee of the traffic rules.',
  'Felt unwell for three days (seasonal flu); saw the local clinic with the host coordinator.',
];
const NOTES = [
  'Phone call with the host coordinator: the trainee is settling in well; housing is fine.',
  'The trainee asked about extending the Japanese lessons; the host agreed to add one session a week.',
];
const COMMENTS = [
  'Always punctual and well prepared.',
  'Reads notices in Japanese with little help now.',
  'Asks good questions and shares ideas from home.',
  'Could speak up more in meetings.',
  null,
];

interface DemoTrainee {
  id: number;
  fiscal_year: number;
  arrival_date: string | null;
  departure_date: string | null;
  status: string;
}

/** What the demo's rows are written with: the seeded draws, today and the time stamp, and how many were written. */
interface Writer {
  ctx: Context;
  rnd: () => number;
  pick: <T>(list: readonly T[]) => T;
  today: string;
  at: string;
  /** Written a few days after `day`, never after today. */
  written: (day: string) => string;
  /** Inserts one progress entry of the trainee; returns its id. */
  entry: (traineeId: number, columns: Record<string, unknown>) => number;
  count: { placements: number; entries: number };
}

function demoWriter(ctx: Context): Writer {
  const rnd = random(13);
  const today = todayIso(ctx.now());
  const at = ctx.now().toISOString();
  const count = { placements: 0, entries: 0 };
  return {
    ctx,
    rnd,
    pick: <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T,
    today,
    at,
    written: (day) => {
      const d = addDays(day, 1 + Math.floor(rnd() * 6));
      if (d > today) return today;
      return d;
    },
    entry: (traineeId, columns) => {
      count.entries += 1;
      return Number(
        ctx.db.run(
          insertInto('progress_entries', {
            trainee_id: traineeId,
            is_demo: 1,
            created_at: at,
            updated_at: at,
            ...columns,
          }),
        ).lastInsertRowid,
      );
    },
    count,
  };
}

interface Period {
  start: string;
  end: string;
}

/** After the introductory month in April, until the day before departure; a third move to a second host half-way. */
function placementSpan(w: Writer, t: DemoTrainee): { start: string; end: string; periods: Period[] } {
  const arrival = t.arrival_date ?? `${t.fiscal_year}-04-01`;
  const start = arrival > `${t.fiscal_year}-05-01` ? arrival : `${t.fiscal_year}-05-01`;
  const departure = t.departure_date ?? addMonths(start, 8);
  const end = departure > addMonths(start, 3) ? addDays(departure, -1) : addDays(addMonths(start, 6), -1);
  const split =
    w.rnd() < 0.34 ? addMonths(start, Math.max(2, Math.floor(placementMonths(start, end).length / 2))) : null;
  const periods =
    split && split <= end
      ? [
          { start, end: addDays(split, -1) },
          { start: split, end },
        ]
      : [{ start, end }];
  return { start, end, periods };
}

function insertPlacement(w: Writer, traineeId: number, hostId: number | undefined, period: Period, supervisor: string) {
  w.count.placements += 1;
  return Number(
    w.ctx.db.run(
      insertInto('placements', {
        trainee_id: traineeId,
        host_id: hostId,
        start_date: period.start,
        end_date: period.end,
        supervisor,
        notes: null,
        overrides: '[]',
        is_demo: 1,
        created_at: w.at,
        updated_at: w.at,
      }),
    ).lastInsertRowid,
  );
}

/**
 * The reports of the months that have ended; about one in eight of the current trainees' reports is
 * missing, and the month just ended often has none yet (it is due a week after).
 */
function writeReports(w: Writer, traineeId: number, placementId: number, period: Period, done: boolean): void {
  for (const m of placementMonths(period.start, period.end)) {
    if (m.end >= w.today) continue;
    if (!done && (w.rnd() < 0.13 || (reportDue(m.end) >= w.today && w.rnd() < 0.6))) continue;
    w.entry(traineeId, {
      kind: 'monthly_report',
      entry_date: w.written(m.end),
      author: w.pick(STAFF),
      title: `Monthly report ${m.start.slice(0, 7)}`,
      body: w.pick(REPORTS),
      placement_id: placementId,
      placement_month: m.month,
    });
  }
}

/** An evaluation by the host supervisor, a few days before it is due, rated on every active criterion. */
function writeEvaluation(
  w: Writer,
  traineeId: number,
  stage: 'mid_term' | 'final',
  due: string,
  supervisor: string,
  scale: { criteria: { id: number }[]; top: number },
): void {
  const id = w.entry(traineeId, {
    kind: 'evaluation',
    entry_date: w.written(addDays(due, -3)),
    author: supervisor,
    title: stage === 'mid_term' ? 'Mid-term evaluation' : 'Final evaluation',
    body: 'Evaluation by the host supervisor, discussed with the trainee.',
    evaluation_stage: stage,
    evaluator_role: 'host_supervisor',
  });
  const { top } = scale;
  for (const c of scale.criteria) {
    const score = Math.max(1, Math.min(top, top - Math.floor(w.rnd() * 3)));
    w.ctx.db.run(
      insertInto('evaluation_ratings', { entry_id: id, criterion_id: c.id, score, comment: w.pick(COMMENTS) }),
    );
  }
}

/** Now and then a milestone, an incident or a note. */
function writeOtherEntries(w: Writer, traineeId: number, start: string): void {
  const { rnd, pick, today } = w;
  if (rnd() < 0.4 && addMonths(start, 2) < today) {
    w.entry(traineeId, {
      kind: 'milestone',
      entry_date: addMonths(start, 2),
      author: pick(STAFF),
      title: pick(MILESTONES),
    });
  }
  if (rnd() < 0.1 && addMonths(start, 1) < today) {
    w.entry(traineeId, {
      kind: 'incident',
      entry_date: addMonths(start, 1),
      author: pick(STAFF),
      body: pick(INCIDENTS),
    });
  }
  if (rnd() < 0.3)
    w.entry(traineeId, { kind: 'note', entry_date: w.written(start), author: pick(STAFF), body: pick(NOTES) });
}

/** The trainee's placements (at hosts spread by the trainee's place in the list) and entries. */
function writeTrainee(
  w: Writer,
  t: DemoTrainee,
  i: number,
  hosts: { id: number }[],
  scale: { criteria: { id: number }[]; top: number },
): void {
  const { start, end, periods } = placementSpan(w, t);
  const supervisor = w.pick(SUPERVISORS);
  const done = t.status === 'completed';
  periods.forEach((period, k) => {
    const hostId = hosts[(i * 7 + k * 13) % hosts.length]?.id;
    const placementId = insertPlacement(w, t.id, hostId, period, k === 0 ? supervisor : w.pick(SUPERVISORS));
    writeReports(w, t.id, placementId, period, done);
  });
  const mid = midTermDue(start, end);
  if (mid < w.today && (done || w.rnd() < 0.8)) writeEvaluation(w, t.id, 'mid_term', mid, supervisor, scale);
  if (finalDue(end) < w.today && done) writeEvaluation(w, t.id, 'final', finalDue(end), supervisor, scale);
  writeOtherEntries(w, t.id, start);
}

/** Loads demo placements and entries unless the demo trainees already have some. */
export function loadDemoProgress(ctx: Context): void {
  const already = ctx.db.get(sql`
    SELECT 1 FROM placements WHERE trainee_id IN (SELECT id FROM trainees WHERE is_demo = 1) LIMIT 1`);
  if (already) return;
  const hosts = ctx.db.all<{ id: number }>(sql`SELECT id FROM hosts WHERE is_demo = 1 AND active = 1 ORDER BY id`);
  if (hosts.length === 0) return;
  const trainees = ctx.db.all<DemoTrainee>(sql`
    SELECT id, fiscal_year, arrival_date, departure_date, status FROM trainees
    WHERE is_demo = 1 AND archived = 0 AND status IN ('introductory', 'on_placement', 'completed') ORDER BY id`);
  const criteria = ctx.db.all<{ id: number }>(
    sql`SELECT id FROM evaluation_criteria WHERE active = 1 ORDER BY sort_order, id`,
  );
  const top = ctx.db.get<{ n: number }>(sql`SELECT max(score) AS n FROM evaluation_scale`)?.n ?? 5;
  const w = demoWriter(ctx);
  for (const [i, t] of trainees.entries()) writeTrainee(w, t, i, hosts, { criteria, top });
  const { placements, entries } = w.count;
  if (placements > 0) {
    recordAudit(ctx, { entity: 'progress_entry', entityId: '*', action: 'demo-load', after: { placements, entries } });
  }
}

/**
 * Before the demo hosts and trainees go: the demo trainees' entries and placements, and any entry on
 * a placement that goes with a demo host (a placement cannot go while a report names it). Entries of
 * real trainees removed that way are named in the audit entry.
 */
export function removeDemoProgress(ctx: Context): void {
  const doomed = sql`
    SELECT id FROM placements
    WHERE is_demo = 1 OR host_id IN (SELECT id FROM hosts WHERE is_demo = 1)
       OR trainee_id IN (SELECT id FROM trainees WHERE is_demo = 1)`;
  const real = ctx.db.all<{ id: number; trainee_id: number; placement_id: number; placement_month: number }>(sql`
    SELECT id, trainee_id, placement_id, placement_month FROM progress_entries
    WHERE trainee_id IN (SELECT id FROM trainees WHERE is_demo = 0) AND placement_id IN (${doomed})`);
  const entries = ctx.db.run(sql`
    DELETE FROM progress_entries
    WHERE trainee_id IN (SELECT id FROM trainees WHERE is_demo = 1) OR placement_id IN (${doomed})`).changes;
  const placements = ctx.db.run(sql`
    DELETE FROM placements WHERE trainee_id IN (SELECT id FROM trainees WHERE is_demo = 1)`).changes;
  if (entries > 0 || placements > 0) {
    recordAudit(ctx, {
      entity: 'progress_entry',
      entityId: '*',
      action: 'demo-remove',
      before: {
        entries,
        placements,
        realEntries: real.map((e) => ({
          id: e.id,
          traineeId: e.trainee_id,
          placementId: e.placement_id,
          month: e.placement_month,
        })),
      },
    });
  }
}
