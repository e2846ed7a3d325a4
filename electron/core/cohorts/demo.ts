// Demo cohorts: for each fiscal year the demo trainees landed in (and that has no cohort yet), a cohort
// with its intro month in April, a few sessions and seeded attendance marks. Cohorts carry no demo
// mark: on removal, a cohort whose trainees are all demo trainees goes with them.
import { resolveCohortDates } from '../../../shared/cohorts/dates';
import type { AttendanceMark } from '../../../shared/cohorts/schema';
import { todayIso } from '../../../shared/fiscal-year';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { insertInto } from '../db/sql-build';
import { random } from '../demo/generator';

// biome-ignore format: a table reads better packed.
const SESSIONS: [day: number, title: string, topic: string, venue: string][] = [
  [1, 'Opening and orientation', 'Programme rules, life in Japan', 'Training room A'],
  [3, 'Local government in Japan', 'Prefectures, municipalities and their work', 'Training room A'],
  [8, 'Japanese language I', 'Greetings and office Japanese', 'Language room'],
  [10, 'Japanese language II', 'Reading notices and forms', 'Language room'],
  [15, 'Disaster preparedness', 'Earthquake drills and local plans', 'Civic centre'],
  [22, 'Field visit: a city office', 'Counter services and planning', 'City hall (visit)'],
];
const MARKS: [AttendanceMark, number][] = [
  ['present', 0.86],
  ['late', 0.05],
  ['excused', 0.04],
  ['absent', 0.05],
];
/** The mark whose share of [0, 1) holds `roll`. */
function pickMark(roll: number): AttendanceMark {
  let rest = roll;
  for (const [mark, share] of MARKS) {
    rest -= share;
    if (rest < 0) return mark;
  }
  return 'present';
}
/** Statuses of trainees who have reached the intro month (withdrawn ones may have left during it). */
const TOOK_PART = ['introductory', 'on_placement', 'completed', 'withdrawn'];

export function loadDemoCohorts(ctx: Context): void {
  const rnd = random(11);
  const today = todayIso(ctx.now());
  const at = ctx.now().toISOString();
  const years = ctx.db.all<{ fiscal_year: number }>(sql`
    SELECT DISTINCT fiscal_year FROM trainees
    WHERE is_demo = 1 AND fiscal_year NOT IN (SELECT fiscal_year FROM cohorts) ORDER BY fiscal_year`);
  let sessions = 0;
  let marks = 0;
  for (const { fiscal_year: fy } of years) {
    const dates = resolveCohortDates({ introStart: `${fy}-04-01` });
    const cohortId = Number(
      ctx.db.run(
        insertInto('cohorts', {
          fiscal_year: fy,
          intro_start: dates.introStart,
          intro_end: dates.introEnd,
          programme_start: dates.programmeStart,
          programme_end: dates.programmeEnd,
          notes: 'Demo cohort',
          created_at: at,
          updated_at: at,
        }),
      ).lastInsertRowid,
    );
    const trainees = ctx.db.all<{ id: number; status: string }>(sql`
      SELECT id, status FROM trainees WHERE is_demo = 1 AND archived = 0 AND fiscal_year = ${fy} ORDER BY id`);
    for (const [day, title, topic, venue] of SESSIONS) {
      const date = `${fy}-04-${String(day).padStart(2, '0')}`;
      const sessionId = Number(
        ctx.db.run(
          insertInto('intro_sessions', {
            cohort_id: cohortId,
            date,
            title,
            topic,
            venue,
            created_at: at,
            updated_at: at,
          }),
        ).lastInsertRowid,
      );
      sessions += 1;
      if (date > today) continue;
      for (const t of trainees) {
        if (!TOOK_PART.includes(t.status)) continue;
        const mark = pickMark(rnd());
        ctx.db.run(
          insertInto('attendance', { session_id: sessionId, trainee_id: t.id, mark, note: null, updated_at: at }),
        );
        marks += 1;
      }
    }
  }
  if (years.length > 0) {
    recordAudit(ctx, {
      entity: 'cohort',
      entityId: '*',
      action: 'demo-load',
      after: { cohorts: years.length, sessions, marks },
    });
  }
}

/** Before the demo trainees go: the cohorts that hold demo trainees and no others (sessions and marks cascade). */
export function removeDemoCohorts(ctx: Context): void {
  const { changes } = ctx.db.run(sql`
    DELETE FROM cohorts
    WHERE fiscal_year IN (SELECT fiscal_year FROM trainees WHERE is_demo = 1)
      AND fiscal_year NOT IN (SELECT fiscal_year FROM trainees WHERE is_demo = 0)`);
  if (changes > 0)
    recordAudit(ctx, { entity: 'cohort', entityId: '*', action: 'demo-remove', before: { count: changes } });
}
