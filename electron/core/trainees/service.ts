// Registering and keeping trainee records. Every change runs in one transaction with its audit entry.
import { todayIso } from '../../../shared/fiscal-year';
import { AppFailure, type Warning } from '../../../shared/result';
import type { Trainee, TraineeInput } from '../../../shared/trainees/schema';
import { recordAudit } from '../audit/audit';
import { recordInitialStatus, recordInitialStatuses } from '../cohorts/status-log';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { insertInto, updateSet } from '../db/sql-build';
import { assertVersion, requireConfirmation } from '../write-checks';
import { assertValid, confirmMessage, findWarnings } from './checks';
import { inputColumns, type TraineeRow, toTrainee } from './rows';

export function getTrainee(ctx: Context, id: number): Trainee {
  const row = ctx.db.get<TraineeRow>(sql`
    SELECT t.*, EXISTS (SELECT 1 FROM trainee_photos p WHERE p.trainee_id = t.id) AS has_photo
    FROM trainees t WHERE t.id = ${id}`);
  if (!row) throw new AppFailure({ code: 'not_found', message: `Trainee ${id} does not exist.` });
  return toTrainee(row);
}

/** The next reference number of a fiscal year: FY2026-0001, FY2026-0002, ... */
function nextRef(ctx: Context, fiscalYear: number): string {
  const row = ctx.db.get<{ last: number }>(sql`
    INSERT INTO ref_counters (fiscal_year, last) VALUES (${fiscalYear}, 1)
    ON CONFLICT (fiscal_year) DO UPDATE SET last = last + 1
    RETURNING last`);
  return `FY${fiscalYear}-${String(row?.last ?? 1).padStart(4, '0')}`;
}

function insertRow(ctx: Context, data: TraineeInput, isDemo: boolean, now: Date = ctx.now()): number {
  const ref = nextRef(ctx, data.fiscalYear);
  const at = now.toISOString();
  const { lastInsertRowid } = ctx.db.run(
    insertInto('trainees', {
      ref,
      ...inputColumns(ref, data),
      is_demo: isDemo ? 1 : 0,
      created_at: at,
      updated_at: at,
    }),
  );
  return Number(lastInsertRowid);
}

export function createTrainee(
  ctx: Context,
  input: { data: TraineeInput; confirm: boolean },
): { trainee: Trainee; warnings: Warning[] } {
  return ctx.db.tx(() => {
    const today = todayIso(ctx.now());
    assertValid(ctx, input.data, null, today);
    const warnings = findWarnings(ctx, input.data, null, today);
    requireConfirmation(warnings, input.confirm, confirmMessage(warnings));
    const trainee = getTrainee(ctx, insertRow(ctx, input.data, false));
    recordInitialStatus(ctx, trainee.id, trainee.status);
    recordAudit(ctx, { entity: 'trainee', entityId: trainee.id, action: 'create', after: trainee });
    return { trainee, warnings };
  });
}

export function updateTrainee(
  ctx: Context,
  input: { id: number; version: number; data: TraineeInput; confirm: boolean },
): { trainee: Trainee; warnings: Warning[] } {
  return ctx.db.tx(() => {
    const before = getTrainee(ctx, input.id);
    assertVersion(`${before.fullName} (${before.ref})`, before.version, input.version);
    // The status moves only through cohorts.trainees.transition, which dates and records each step.
    if (input.data.status !== before.status) {
      throw new AppFailure({
        code: 'conflict',
        message: `The status of ${before.fullName} (${before.ref}) is changed with a status transition, not by editing.`,
        issues: [{ path: 'data.status', code: 'use_transition', params: { status: before.status } }],
      });
    }
    const today = todayIso(ctx.now());
    assertValid(ctx, input.data, input.id, today);
    const warnings = findWarnings(ctx, input.data, input.id, today);
    requireConfirmation(warnings, input.confirm, confirmMessage(warnings));
    ctx.db.run(
      updateSet(
        'trainees',
        { ...inputColumns(before.ref, input.data), version: before.version + 1, updated_at: ctx.now().toISOString() },
        sql`id = ${input.id}`,
      ),
    );
    const trainee = getTrainee(ctx, input.id);
    recordAudit(ctx, { entity: 'trainee', entityId: input.id, action: 'update', before, after: trainee });
    return { trainee, warnings };
  });
}

export function setArchived(ctx: Context, id: number, archived: boolean): Trainee {
  return ctx.db.tx(() => {
    const before = getTrainee(ctx, id);
    if (before.archived === archived) return before;
    ctx.db.run(sql`
      UPDATE trainees SET archived = ${archived ? 1 : 0}, version = version + 1, updated_at = ${ctx.now().toISOString()}
      WHERE id = ${id}`);
    const after = getTrainee(ctx, id);
    recordAudit(ctx, {
      entity: 'trainee',
      entityId: id,
      action: archived ? 'archive' : 'restore',
      before: { archived: before.archived },
      after: { archived },
    });
    return after;
  });
}

/**
 * Bulk registration (demo data, benchmarks, later imports): each record is validated like a single
 * create, and the batch gets one audit entry.
 */
export function insertTrainees(ctx: Context, records: TraineeInput[], options: { demo: boolean }): number {
  return ctx.db.tx(() => {
    const lastId = ctx.db.get<{ id: number | null }>(sql`SELECT max(id) AS id FROM trainees`)?.id ?? 0;
    for (const data of records) {
      // One reading of the clock per record, as before the plausibility rules: today and the timestamps.
      const now = ctx.now();
      assertValid(ctx, data, null, todayIso(now));
      insertRow(ctx, data, options.demo, now);
    }
    recordInitialStatuses(ctx, lastId);
    recordAudit(ctx, {
      entity: 'trainee',
      entityId: '*',
      action: options.demo ? 'demo-load' : 'bulk-create',
      after: { count: records.length },
    });
    return records.length;
  });
}

export function traineeFacets(ctx: Context) {
  // Index seeks, not a pass over 50,000 rows: the years hop from one to the next down the
  // (archived, fiscal_year, …) index for each archived value; the counts read the narrow indexes.
  const years = ctx.db.all<{ fiscal_year: number }>(sql`
    WITH RECURSIVE y (a, v) AS (
      SELECT 0, (SELECT max(fiscal_year) FROM trainees WHERE archived = 0)
      UNION ALL SELECT 1, (SELECT max(fiscal_year) FROM trainees WHERE archived = 1)
      UNION ALL SELECT a, (SELECT max(fiscal_year) FROM trainees WHERE archived = y.a AND fiscal_year < y.v)
        FROM y WHERE v IS NOT NULL
    )
    SELECT DISTINCT v AS fiscal_year FROM y WHERE v IS NOT NULL ORDER BY v DESC`);
  const counts = ctx.db.get<{ active: number; archived: number; demo: number }>(sql`
    SELECT (SELECT count(*) FROM trainees WHERE archived = 0) AS active,
           (SELECT count(*) FROM trainees WHERE archived = 1) AS archived,
           (SELECT count(*) FROM trainees WHERE is_demo = 1) AS demo`);
  return {
    fiscalYears: years.map((y) => y.fiscal_year),
    counts: { active: counts?.active ?? 0, archived: counts?.archived ?? 0, demo: counts?.demo ?? 0 },
  };
}
