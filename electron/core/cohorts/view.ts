// What a cohort's page and its attendance grid read: the cohort, its sessions, its non-archived
// trainees with their completion and status hints, and the summary. Completion is derived on read.
import type { AttendanceMark, Cohort, Completion, Session } from '../../../shared/cohorts/schema';
import { todayIso } from '../../../shared/fiscal-year';
import type { TraineeStatus } from '../../../shared/trainees/schema';
import type { Context } from '../context';
import { type Sql, sql } from '../db/sql';
import { completionOf, hintFor, summaryOf } from './completion';
import { requireCohort } from './service';

export interface SessionRow {
  id: number;
  cohort_id: number;
  fiscal_year: number;
  date: string;
  title: string;
  topic: string | null;
  venue: string | null;
  marks: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export function selectSessions(where: Sql): Sql {
  return sql`
    SELECT s.*, c.fiscal_year, (SELECT count(*) FROM attendance a WHERE a.session_id = s.id) AS marks
    FROM intro_sessions s JOIN cohorts c ON c.id = s.cohort_id
    WHERE ${where} ORDER BY s.date, s.id`;
}

export function toSession(r: SessionRow): Session {
  return {
    id: r.id,
    fiscalYear: r.fiscal_year,
    date: r.date,
    title: r.title,
    topic: r.topic,
    venue: r.venue,
    marks: r.marks,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

interface Cell {
  mark: AttendanceMark | null;
  note: string | null;
}

/** Marks of a cohort's sessions, by trainee then session (optionally of one trainee only). */
function marksOf(ctx: Context, cohortId: number, traineeId: number | null): Map<number, Map<number, Cell>> {
  const rows = ctx.db.all<{ session_id: number; trainee_id: number; mark: AttendanceMark; note: string | null }>(sql`
    SELECT a.session_id, a.trainee_id, a.mark, a.note
    FROM attendance a JOIN intro_sessions s ON s.id = a.session_id
    WHERE s.cohort_id = ${cohortId} AND (${traineeId} IS NULL OR a.trainee_id = ${traineeId})`);
  const byTrainee = new Map<number, Map<number, Cell>>();
  for (const r of rows) {
    const cells = byTrainee.get(r.trainee_id) ?? new Map<number, Cell>();
    cells.set(r.session_id, { mark: r.mark, note: r.note });
    byTrainee.set(r.trainee_id, cells);
  }
  return byTrainee;
}

function periodOf(cohort: Cohort, today: string) {
  return { introStarted: today >= cohort.introStart, introEnded: today > cohort.introEnd };
}

/** One trainee's completion in a cohort (after a mark changed). */
export function traineeCompletion(ctx: Context, cohort: Cohort, traineeId: number): Completion {
  const today = todayIso(ctx.now());
  const held = ctx.db.all<{ id: number }>(
    sql`SELECT id FROM intro_sessions WHERE cohort_id = ${cohort.id} AND date <= ${today}`,
  );
  const cells = marksOf(ctx, cohort.id, traineeId).get(traineeId);
  return completionOf(
    held.map((s) => cells?.get(s.id)?.mark ?? null),
    periodOf(cohort, today).introEnded,
  );
}

export function cohortView(ctx: Context, fiscalYear: number, withCells: boolean) {
  const cohort = requireCohort(ctx, fiscalYear);
  const today = todayIso(ctx.now());
  const period = periodOf(cohort, today);
  const sessions = ctx.db.all<SessionRow>(selectSessions(sql`s.cohort_id = ${cohort.id}`)).map(toSession);
  const held = sessions.filter((s) => s.date <= today);
  const marks = marksOf(ctx, cohort.id, null);
  const rows = ctx.db.all<{
    id: number;
    ref: string;
    full_name: string;
    native_name: string | null;
    country: string;
    status: TraineeStatus;
  }>(sql`
    SELECT id, ref, full_name, native_name, country, status FROM trainees
    WHERE archived = 0 AND fiscal_year = ${fiscalYear} ORDER BY ref_key, id`);
  const trainees = rows.map((r) => {
    const cells = marks.get(r.id);
    const completion = completionOf(
      held.map((s) => cells?.get(s.id)?.mark ?? null),
      period.introEnded,
    );
    return {
      id: r.id,
      ref: r.ref,
      fullName: r.full_name,
      nativeName: r.native_name,
      country: r.country,
      status: r.status,
      completion,
      hint: hintFor(r.status, cohort, today),
      ...(withCells ? { cells: sessions.map((s) => cells?.get(s.id) ?? { mark: null, note: null }) } : {}),
    };
  });
  const summary = summaryOf(trainees, { planned: sessions.length, held: held.length }, period);
  return { cohort, sessions, trainees, summary };
}

export function attendanceGrid(ctx: Context, fiscalYear: number) {
  const view = cohortView(ctx, fiscalYear, true);
  return { ...view, trainees: view.trainees.map((t) => ({ ...t, cells: t.cells ?? [] })) };
}
