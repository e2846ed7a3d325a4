// Attendance marks: one per trainee per session, only for the session's own cohort (the trainees of
// its fiscal year, not archived). A batch is one transaction and one audit entry.
import { attendanceFinding } from '../../../shared/cohorts/plausibility';
import type { AttendanceMark, Cohort, Session } from '../../../shared/cohorts/schema';
import { todayIso } from '../../../shared/fiscal-year';
import type { Finding } from '../../../shared/plausibility';
import type { FieldIssue } from '../../../shared/result';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { refuseImplausible } from '../plausibility';
import { refuse } from './checks';
import { requireCohort } from './service';
import { requireSession } from './sessions';
import { traineeCompletion } from './view';

interface Mark {
  traineeId: number;
  mark: AttendanceMark | null;
  note: string | null;
}

/** Refuses the whole call when any trainee is unknown, archived or of another cohort. */
function checkTrainees(ctx: Context, cohort: Cohort, ids: number[], pathOf: (i: number) => string): void {
  const found = new Map(
    ctx.db
      .all<{ id: number; fiscal_year: number; archived: number }>(sql`
        SELECT id, fiscal_year, archived FROM trainees
        WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`)
      .map((r) => [r.id, r]),
  );
  const issues: FieldIssue[] = [];
  ids.forEach((id, i) => {
    const t = found.get(id);
    const code = !t
      ? 'unknown_trainee'
      : t.fiscal_year !== cohort.fiscalYear
        ? 'not_in_cohort'
        : t.archived
          ? 'trainee_archived'
          : null;
    if (code) issues.push({ path: pathOf(i), code, params: { traineeId: id, fiscalYear: cohort.fiscalYear } });
  });
  if (issues.length === 0) return;
  const missing = issues.some((i) => i.code === 'unknown_trainee');
  refuse(
    missing ? 'not_found' : 'conflict',
    missing
      ? 'Some of these trainees do not exist; no attendance was saved.'
      : `Attendance can only be recorded for the current trainees of the FY${cohort.fiscalYear} cohort; nothing was saved.`,
    issues,
  );
}

function currentMarks(ctx: Context, sessionId: number, ids: number[]): Map<number, Mark> {
  return new Map(
    ctx.db
      .all<Mark>(sql`
        SELECT trainee_id AS traineeId, mark, note FROM attendance
        WHERE session_id = ${sessionId} AND trainee_id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`)
      .map((m) => [m.traineeId, m]),
  );
}

/** Writes one mark (null removes it); true when something changed. */
function write(ctx: Context, sessionId: number, before: Mark | undefined, after: Mark): boolean {
  if ((before?.mark ?? null) === after.mark && (before?.note ?? null) === after.note) return false;
  if (after.mark === null) {
    ctx.db.run(sql`DELETE FROM attendance WHERE session_id = ${sessionId} AND trainee_id = ${after.traineeId}`);
  } else {
    ctx.db.run(sql`
      INSERT INTO attendance (session_id, trainee_id, mark, note, updated_at)
      VALUES (${sessionId}, ${after.traineeId}, ${after.mark}, ${after.note}, ${ctx.now().toISOString()})
      ON CONFLICT (session_id, trainee_id) DO UPDATE SET mark = excluded.mark, note = excluded.note,
        updated_at = excluded.updated_at`);
  }
  return true;
}

const empty = (traineeId: number): Mark => ({ traineeId, mark: null, note: null });

/** A session not held yet takes no present, late or absent mark (shared/cohorts/plausibility.ts). */
function refuseFutureMarks(ctx: Context, session: Session, marks: { mark: AttendanceMark | null; path: string }[]) {
  const today = todayIso(ctx.now());
  const findings = marks
    .map(({ mark, path }) => attendanceFinding(session, mark, today, path))
    .filter((f): f is Finding => f !== null);
  refuseImplausible(findings, 'conflict');
}

export function setAttendance(
  ctx: Context,
  input: { sessionId: number; traineeId: number; mark: AttendanceMark | null; note?: string | null },
) {
  return ctx.db.tx(() => {
    const session = requireSession(ctx, input.sessionId);
    const cohort = requireCohort(ctx, session.fiscalYear);
    checkTrainees(ctx, cohort, [input.traineeId], () => 'traineeId');
    refuseFutureMarks(ctx, session, [{ mark: input.mark, path: 'mark' }]);
    const before = currentMarks(ctx, session.id, [input.traineeId]).get(input.traineeId);
    // A removed mark takes its note with it; a note left out stays as it was.
    const note = input.mark === null ? null : input.note === undefined ? (before?.note ?? null) : input.note;
    const after: Mark = { traineeId: input.traineeId, mark: input.mark, note };
    if (write(ctx, session.id, before, after)) {
      recordAudit(ctx, {
        entity: 'attendance',
        entityId: session.id,
        action: 'set',
        before: before ?? empty(input.traineeId),
        after,
      });
    }
    return { sessionId: session.id, ...after, completion: traineeCompletion(ctx, cohort, input.traineeId) };
  });
}

export function setManyAttendance(
  ctx: Context,
  input: { sessionId: number; marks: { traineeId: number; mark: AttendanceMark | null }[] },
): { changed: number } {
  return ctx.db.tx(() => {
    const session = requireSession(ctx, input.sessionId);
    const cohort = requireCohort(ctx, session.fiscalYear);
    const ids = input.marks.map((m) => m.traineeId);
    checkTrainees(ctx, cohort, ids, (i) => `marks.${i}.traineeId`);
    refuseFutureMarks(
      ctx,
      session,
      input.marks.map((m, i) => ({ mark: m.mark, path: `marks.${i}.mark` })),
    );
    const current = currentMarks(ctx, session.id, ids);
    const before: Mark[] = [];
    const after: Mark[] = [];
    for (const { traineeId, mark } of input.marks) {
      const old = current.get(traineeId);
      // A batch sets marks only: notes already written stay with their mark.
      const next: Mark = { traineeId, mark, note: mark === null ? null : (old?.note ?? null) };
      if (write(ctx, session.id, old, next)) {
        before.push(old ?? empty(traineeId));
        after.push(next);
      }
    }
    if (after.length > 0) {
      recordAudit(ctx, { entity: 'attendance', entityId: session.id, action: 'set-many', before, after });
    }
    return { changed: after.length };
  });
}
