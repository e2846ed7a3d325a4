// Sessions of a cohort's introductory month. A session dated outside the intro period needs a
// confirmation; deleting one that has attendance needs one too, and the audit keeps what it removed.
import { sessionFindings } from '../../../shared/cohorts/plausibility';
import type { Cohort, Session } from '../../../shared/cohorts/schema';
import { todayIso } from '../../../shared/fiscal-year';
import type { Warning } from '../../../shared/result';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { insertInto, updateSet } from '../db/sql-build';
import { refuseImplausible } from '../plausibility';
import { assertVersion, requireConfirmation } from '../write-checks';
import { confirmMessage, refuse } from './checks';
import { requireCohort } from './service';
import { type SessionRow, selectSessions, toSession } from './view';

interface SessionData {
  date: string;
  title: string;
  topic: string | null;
  venue: string | null;
}

export function requireSession(ctx: Context, id: number): Session {
  const row = ctx.db.get<SessionRow>(selectSessions(sql`s.id = ${id}`));
  if (!row) refuse('not_found', `Session ${id} does not exist.`);
  return toSession(row);
}

function dateWarnings(cohort: Cohort, date: string): Warning[] {
  if (date >= cohort.introStart && date <= cohort.introEnd) return [];
  return [{ code: 'session_outside_intro', params: { introStart: cohort.introStart, introEnd: cohort.introEnd } }];
}

export function createSession(
  ctx: Context,
  input: SessionData & { fiscalYear: number; confirm: boolean },
): { session: Session; warnings: Warning[] } {
  return ctx.db.tx(() => {
    refuseImplausible(sessionFindings(input.date, todayIso(ctx.now()), 'date'));
    const cohort = requireCohort(ctx, input.fiscalYear);
    const warnings = dateWarnings(cohort, input.date);
    requireConfirmation(warnings, input.confirm, confirmMessage(warnings));
    const at = ctx.now().toISOString();
    const { lastInsertRowid } = ctx.db.run(
      insertInto('intro_sessions', {
        cohort_id: cohort.id,
        date: input.date,
        title: input.title,
        topic: input.topic,
        venue: input.venue,
        created_at: at,
        updated_at: at,
      }),
    );
    const session = requireSession(ctx, Number(lastInsertRowid));
    recordAudit(ctx, { entity: 'intro_session', entityId: session.id, action: 'create', after: session });
    return { session, warnings };
  });
}

/**
 * A planned month: every session written, each with its audit entry, in one transaction. A date
 * outside the intro period is asked about once for the whole plan; any refusal writes nothing.
 */
export function createSessions(
  ctx: Context,
  input: { fiscalYear: number; sessions: SessionData[]; confirm: boolean },
): { sessions: Session[]; warnings: Warning[] } {
  return ctx.db.tx(() => {
    const today = todayIso(ctx.now());
    refuseImplausible(input.sessions.flatMap((s, i) => sessionFindings(s.date, today, `sessions.${i}.date`)));
    const cohort = requireCohort(ctx, input.fiscalYear);
    const outside = input.sessions.filter((s) => dateWarnings(cohort, s.date).length > 0).length;
    const warnings: Warning[] =
      outside > 0
        ? [
            {
              code: 'planned_outside_intro',
              params: { count: outside, introStart: cohort.introStart, introEnd: cohort.introEnd },
            },
          ]
        : [];
    requireConfirmation(warnings, input.confirm, confirmMessage(warnings));
    const at = ctx.now().toISOString();
    const sessions = input.sessions.map((s) => {
      const { lastInsertRowid } = ctx.db.run(
        insertInto('intro_sessions', { cohort_id: cohort.id, ...s, created_at: at, updated_at: at }),
      );
      const session = requireSession(ctx, Number(lastInsertRowid));
      recordAudit(ctx, { entity: 'intro_session', entityId: session.id, action: 'create', after: session });
      return session;
    });
    return { sessions, warnings };
  });
}

export function updateSession(
  ctx: Context,
  input: { id: number; version: number; data: SessionData; confirm: boolean },
): { session: Session; warnings: Warning[] } {
  return ctx.db.tx(() => {
    const before = requireSession(ctx, input.id);
    assertVersion(`The session “${before.title}”`, before.version, input.version);
    refuseImplausible(sessionFindings(input.data.date, todayIso(ctx.now()), 'data.date'));
    // A date confirmed before is not asked about again when only the title or venue changes.
    const moved = input.data.date !== before.date;
    const warnings = moved ? dateWarnings(requireCohort(ctx, before.fiscalYear), input.data.date) : [];
    requireConfirmation(warnings, input.confirm, confirmMessage(warnings));
    ctx.db.run(
      updateSet(
        'intro_sessions',
        { ...input.data, version: before.version + 1, updated_at: ctx.now().toISOString() },
        sql`id = ${input.id}`,
      ),
    );
    const session = requireSession(ctx, input.id);
    recordAudit(ctx, { entity: 'intro_session', entityId: session.id, action: 'update', before, after: session });
    return { session, warnings };
  });
}

export function deleteSession(ctx: Context, input: { id: number; confirm: boolean }) {
  return ctx.db.tx(() => {
    const session = requireSession(ctx, input.id);
    const attendance = ctx.db.all<{ traineeId: number; mark: string; note: string | null }>(sql`
      SELECT trainee_id AS traineeId, mark, note FROM attendance WHERE session_id = ${input.id} ORDER BY trainee_id`);
    if (attendance.length > 0) {
      const warnings = [{ code: 'session_has_attendance', params: { count: attendance.length } }];
      requireConfirmation(warnings, input.confirm, confirmMessage(warnings));
    }
    ctx.db.run(sql`DELETE FROM intro_sessions WHERE id = ${input.id}`);
    recordAudit(ctx, {
      entity: 'intro_session',
      entityId: session.id,
      action: 'delete',
      before: { session, attendance },
    });
    return { id: session.id, removedAttendance: attendance.length };
  });
}
