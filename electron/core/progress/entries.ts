// Writing progress entries: create, update (with the version the person saw), soft delete and restore.
// Each change checks the rules (rules.ts), writes the entry and its ratings, and records its audit
// entry in one transaction; a refusal throws before anything is written.
import { todayIso } from '../../../shared/fiscal-year';
import { issuesOf } from '../../../shared/plausibility';
import { entryDateFindings, entryTraineeFindings } from '../../../shared/progress/plausibility';
import type { Entry, EntryData } from '../../../shared/progress/schema';
import { AppFailure } from '../../../shared/result';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { insertInto, updateSet } from '../db/sql-build';
import { assertVersion } from '../write-checks';
import { getEntry } from './rows';
import { dataIssues, type EntryFacts, refuse, shapeIssues } from './rules';

interface TraineeState {
  id: number;
  archived: boolean;
  isDemo: boolean;
  dateOfBirth: string;
  arrivalDate: string | null;
}

function traineeState(ctx: Context, traineeId: number): TraineeState {
  const row = ctx.db.get<{ archived: number; is_demo: number; date_of_birth: string; arrival_date: string | null }>(
    sql`SELECT archived, is_demo, date_of_birth, arrival_date FROM trainees WHERE id = ${traineeId}`,
  );
  if (!row) {
    throw new AppFailure({
      code: 'not_found',
      message: `Trainee ${traineeId} does not exist.`,
      issues: [{ path: 'traineeId', code: 'not_found' }],
    });
  }
  return {
    id: traineeId,
    archived: row.archived === 1,
    isDemo: row.is_demo === 1,
    dateOfBirth: row.date_of_birth,
    arrivalDate: row.arrival_date,
  };
}

export function archivedRefusal(path: string): AppFailure {
  return new AppFailure({
    code: 'conflict',
    message: 'The trainee is archived, so their record cannot be changed. Restore the trainee first.',
    issues: [{ path, code: 'trainee_archived' }],
  });
}

/** Reads what the data rules need; a named placement that does not exist is refused here. */
function loadFacts(ctx: Context, data: EntryData, trainee: TraineeState, entryId: number | null): EntryFacts {
  let placement: EntryFacts['placement'];
  let otherReportId: number | null = null;
  if (data.kind === 'monthly_report' && data.placementId !== null) {
    const row = ctx.db.get<{ trainee_id: number; cancelled: number; start_date: string; end_date: string }>(
      sql`SELECT trainee_id, cancelled, start_date, end_date FROM placements WHERE id = ${data.placementId}`,
    );
    if (!row) {
      throw new AppFailure({
        code: 'not_found',
        message: `Placement ${data.placementId} does not exist.`,
        issues: [{ path: 'data.placementId', code: 'not_found' }],
      });
    }
    placement = {
      id: data.placementId,
      traineeId: row.trainee_id,
      cancelled: row.cancelled === 1,
      start: row.start_date,
      end: row.end_date,
    };
    otherReportId = liveReportId(ctx, data.placementId, data.placementMonth ?? 0, entryId);
  }
  const criteria = new Map<number, boolean>();
  for (const r of data.ratings) {
    const row = ctx.db.get<{ active: number }>(sql`SELECT active FROM evaluation_criteria WHERE id = ${r.criterionId}`);
    if (row) criteria.set(r.criterionId, row.active === 1);
  }
  const kept =
    entryId === null
      ? []
      : ctx.db.all<{ criterion_id: number }>(
          sql`SELECT criterion_id FROM evaluation_ratings WHERE entry_id = ${entryId}`,
        );
  const scale = ctx.db.all<{ score: number }>(sql`SELECT score FROM evaluation_scale`);
  return {
    traineeId: trainee.id,
    archived: trainee.archived,
    placement,
    otherReportId,
    criteria,
    keptCriteria: new Set(kept.map((k) => k.criterion_id)),
    scale: new Set(scale.map((s) => s.score)),
  };
}

/** The live report of a placement month other than `exceptId` (a seek on progress_reports). */
function liveReportId(ctx: Context, placementId: number, month: number, exceptId: number | null): number | null {
  return (
    ctx.db.get<{ id: number }>(sql`
      SELECT id FROM progress_entries
      WHERE placement_id = ${placementId} AND placement_month = ${month} AND deleted = 0 AND kind = 'monthly_report'
        AND id IS NOT ${exceptId}
      LIMIT 1`)?.id ?? null
  );
}

function check(ctx: Context, data: EntryData, trainee: TraineeState, entryId: number | null, traineePath: string) {
  const today = todayIso(ctx.now());
  // The date must be plausible (shared/progress/plausibility.ts): within 1900 … today + 20 years, and
  // not before the trainee's birth (nor, for an evaluation, before the arrival).
  refuse([...shapeIssues(data, today), ...issuesOf(entryDateFindings(data.date, today))], 'input');
  const facts = loadFacts(ctx, data, trainee, entryId);
  refuse([...dataIssues(data, facts, traineePath), ...issuesOf(entryTraineeFindings(data, trainee))], 'data');
}

function columns(data: EntryData, author: string) {
  return {
    kind: data.kind,
    entry_date: data.date,
    author,
    title: data.title,
    body: data.body,
    placement_id: data.placementId,
    placement_month: data.placementMonth,
    evaluation_stage: data.evaluationStage,
    evaluator_role: data.evaluatorRole,
  };
}

function writeRatings(ctx: Context, entryId: number, data: EntryData): void {
  ctx.db.run(sql`DELETE FROM evaluation_ratings WHERE entry_id = ${entryId}`);
  for (const r of data.ratings) {
    ctx.db.run(
      insertInto('evaluation_ratings', {
        entry_id: entryId,
        criterion_id: r.criterionId,
        score: r.score,
        comment: r.comment,
      }),
    );
  }
}

function audit(ctx: Context, action: string, before: Entry | undefined, after: Entry): void {
  recordAudit(ctx, { entity: 'progress_entry', entityId: after.id, action, before, after });
}

export function createEntry(ctx: Context, input: { traineeId: number; data: EntryData }) {
  return ctx.db.tx(() => {
    const trainee = traineeState(ctx, input.traineeId);
    check(ctx, input.data, trainee, null, 'traineeId');
    const at = ctx.now().toISOString();
    const { lastInsertRowid } = ctx.db.run(
      insertInto('progress_entries', {
        trainee_id: trainee.id,
        // The author defaults to the staff member using the app (the settings' staff name).
        ...columns(input.data, input.data.author ?? ctx.actor()),
        is_demo: trainee.isDemo ? 1 : 0,
        created_at: at,
        updated_at: at,
      }),
    );
    const id = Number(lastInsertRowid);
    writeRatings(ctx, id, input.data);
    const entry = getEntry(ctx, id);
    audit(ctx, 'create', undefined, entry);
    return { entry, warnings: [] };
  });
}

/** The entry as it stands, refusing a stale version. */
function current(ctx: Context, id: number, version: number): Entry {
  const before = getEntry(ctx, id);
  assertVersion(`This entry (${before.date})`, before.version, version);
  return before;
}

function refuseDeleted(entry: Entry): void {
  if (entry.deleted) {
    throw new AppFailure({
      code: 'conflict',
      message: 'This entry is deleted. Restore it first to change it.',
      issues: [{ path: 'id', code: 'entry_deleted' }],
    });
  }
}

export function updateEntry(ctx: Context, input: { id: number; version: number; data: EntryData }) {
  return ctx.db.tx(() => {
    const before = current(ctx, input.id, input.version);
    refuseDeleted(before);
    const trainee = traineeState(ctx, before.traineeId);
    check(ctx, input.data, trainee, before.id, 'id');
    ctx.db.run(
      updateSet(
        'progress_entries',
        {
          // An author left empty keeps the entry's author (it was someone's name when written).
          ...columns(input.data, input.data.author ?? before.author),
          version: before.version + 1,
          updated_at: ctx.now().toISOString(),
        },
        sql`id = ${before.id}`,
      ),
    );
    writeRatings(ctx, before.id, input.data);
    const entry = getEntry(ctx, before.id);
    audit(ctx, 'update', before, entry);
    return { entry, warnings: [] };
  });
}

/** Soft delete: the entry stays (with its attachments) and can be restored; it no longer counts as done. */
export function deleteEntry(ctx: Context, input: { id: number; version: number }): Entry {
  return ctx.db.tx(() => {
    const before = current(ctx, input.id, input.version);
    refuseDeleted(before);
    if (traineeState(ctx, before.traineeId).archived) throw archivedRefusal('id');
    return setDeleted(ctx, before, true);
  });
}

export function restoreEntry(ctx: Context, input: { id: number; version: number }): Entry {
  return ctx.db.tx(() => {
    const before = current(ctx, input.id, input.version);
    if (!before.deleted) {
      throw new AppFailure({
        code: 'conflict',
        message: 'This entry is not deleted.',
        issues: [{ path: 'id', code: 'entry_not_deleted' }],
      });
    }
    if (traineeState(ctx, before.traineeId).archived) throw archivedRefusal('id');
    // Only one live report per placement month: a report written since the deletion wins.
    if (before.kind === 'monthly_report' && before.placementId !== null && before.placementMonth !== null) {
      const other = liveReportId(ctx, before.placementId, before.placementMonth, before.id);
      if (other !== null) {
        throw new AppFailure({
          code: 'conflict',
          message: `Month ${before.placementMonth} of this placement has another report (entry ${other}); delete that one first.`,
          issues: [{ path: 'id', code: 'report_exists', params: { month: before.placementMonth, entryId: other } }],
        });
      }
    }
    return setDeleted(ctx, before, false);
  });
}

function setDeleted(ctx: Context, before: Entry, deleted: boolean): Entry {
  ctx.db.run(sql`
    UPDATE progress_entries SET deleted = ${deleted ? 1 : 0}, version = version + 1, updated_at = ${ctx.now().toISOString()}
    WHERE id = ${before.id}`);
  const entry = getEntry(ctx, before.id);
  audit(ctx, deleted ? 'delete' : 'restore', before, entry);
  return entry;
}
