// Reading progress entries as the contract shows them: the monthly report's host and month period,
// the ratings with the criterion's and the level's names, the attachments without their bytes.
// The reports (print views) read entries through listEntries and evaluationSettings too.
import { placementMonth } from '../../../shared/progress/due';
import type { AttachmentInfo, Criterion, Entry, EntryKind, Rating, ScaleLevel } from '../../../shared/progress/schema';
import { AppFailure } from '../../../shared/result';
import type { Context } from '../context';
import { type Sql, sql } from '../db/sql';

interface EntryRow {
  id: number;
  trainee_id: number;
  kind: EntryKind;
  entry_date: string;
  author: string;
  title: string | null;
  body: string | null;
  placement_id: number | null;
  placement_month: number | null;
  evaluation_stage: Entry['evaluationStage'];
  evaluator_role: Entry['evaluatorRole'];
  deleted: number;
  is_demo: number;
  version: number;
  created_at: string;
  updated_at: string;
  host_name_en: string | null;
  host_name_ja: string | null;
  placement_start: string | null;
  placement_end: string | null;
}

interface RatingRow {
  entry_id: number;
  criterion_id: number;
  name_en: string;
  name_ja: string;
  score: number;
  label_en: string;
  label_ja: string;
  comment: string | null;
}

interface AttachmentRow {
  id: number;
  entry_id: number;
  file_name: string;
  mime: string;
  size: number;
  created_at: string;
}

const SELECT_ENTRIES = sql`
  SELECT e.*, h.name_en AS host_name_en, h.name_ja AS host_name_ja,
         p.start_date AS placement_start, p.end_date AS placement_end
  FROM progress_entries e
  LEFT JOIN placements p ON p.id = e.placement_id
  LEFT JOIN hosts h ON h.id = p.host_id`;

const SELECT_RATINGS = sql`
  SELECT r.entry_id, r.criterion_id, c.name_en, c.name_ja, r.score, s.label_en, s.label_ja, r.comment
  FROM evaluation_ratings r
  JOIN progress_entries e ON e.id = r.entry_id
  JOIN evaluation_criteria c ON c.id = r.criterion_id
  JOIN evaluation_scale s ON s.score = r.score`;

const SELECT_ATTACHMENTS = sql`
  SELECT a.id, a.entry_id, a.file_name, a.mime, a.size, a.created_at
  FROM progress_attachments a JOIN progress_entries e ON e.id = a.entry_id`;

export function toAttachmentInfo(r: AttachmentRow): AttachmentInfo {
  return { id: r.id, entryId: r.entry_id, fileName: r.file_name, mime: r.mime, size: r.size, createdAt: r.created_at };
}

function toRating(r: RatingRow): Rating {
  return {
    criterionId: r.criterion_id,
    criterionEn: r.name_en,
    criterionJa: r.name_ja,
    score: r.score,
    labelEn: r.label_en,
    labelJa: r.label_ja,
    comment: r.comment,
  };
}

function group<T extends { entry_id: number }, U>(rows: T[], map: (r: T) => U): Map<number, U[]> {
  const out = new Map<number, U[]>();
  for (const r of rows) {
    const list = out.get(r.entry_id);
    if (list) list.push(map(r));
    else out.set(r.entry_id, [map(r)]);
  }
  return out;
}

/** Entries with their ratings and attachments, read with one query each for the whole set. */
function assemble(ctx: Context, where: Sql, order: Sql): Entry[] {
  const rows = ctx.db.all<EntryRow>(sql`${SELECT_ENTRIES} WHERE ${where} ${order}`);
  if (rows.length === 0) return [];
  const ratings = group(
    ctx.db.all<RatingRow>(sql`${SELECT_RATINGS} WHERE ${where} ORDER BY c.sort_order, c.id`),
    toRating,
  );
  const attachments = group(
    ctx.db.all<AttachmentRow>(sql`${SELECT_ATTACHMENTS} WHERE ${where} ORDER BY a.id`),
    toAttachmentInfo,
  );
  return rows.map((r) => {
    const period =
      r.kind === 'monthly_report' && r.placement_start && r.placement_end && r.placement_month
        ? placementMonth(r.placement_start, r.placement_end, r.placement_month)
        : null;
    return {
      id: r.id,
      traineeId: r.trainee_id,
      kind: r.kind,
      date: r.entry_date,
      author: r.author,
      title: r.title,
      body: r.body,
      placementId: r.placement_id,
      placementMonth: r.placement_month,
      hostNameEn: r.host_name_en,
      hostNameJa: r.host_name_ja,
      // A placement shortened after its report was written may no longer hold the month.
      periodStart: period?.start ?? null,
      periodEnd: period?.end ?? null,
      evaluationStage: r.evaluation_stage,
      evaluatorRole: r.evaluator_role,
      ratings: ratings.get(r.id) ?? [],
      attachments: attachments.get(r.id) ?? [],
      deleted: r.deleted === 1,
      isDemo: r.is_demo === 1,
      version: r.version,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  });
}

export function assertTraineeExists(ctx: Context, traineeId: number, path = 'traineeId'): void {
  if (!ctx.db.get(sql`SELECT 1 FROM trainees WHERE id = ${traineeId}`)) {
    throw new AppFailure({
      code: 'not_found',
      message: `Trainee ${traineeId} does not exist.`,
      issues: [{ path, code: 'not_found' }],
    });
  }
}

/**
 * A trainee's entries, oldest first (by date, then as written). Deleted entries only when asked;
 * `kind` narrows to one kind.
 */
export function listEntries(
  ctx: Context,
  traineeId: number,
  opts: { includeDeleted?: boolean; kind?: EntryKind } = {},
): Entry[] {
  assertTraineeExists(ctx, traineeId);
  const where = [sql`e.trainee_id = ${traineeId}`];
  if (!opts.includeDeleted) where.push(sql`e.deleted = 0`);
  if (opts.kind) where.push(sql`e.kind = ${opts.kind}`);
  const clause = where.reduce((a, b) => sql`${a} AND ${b}`);
  return assemble(ctx, clause, sql`ORDER BY e.entry_date, e.id`);
}

export function getEntry(ctx: Context, id: number): Entry {
  const entry = assemble(ctx, sql`e.id = ${id}`, sql``)[0];
  if (!entry) throw new AppFailure({ code: 'not_found', message: `Progress entry ${id} does not exist.` });
  return entry;
}

interface CriterionRow {
  id: number;
  name_en: string;
  name_ja: string;
  active: number;
  sort_order: number;
}

export function toCriterion(r: CriterionRow): Criterion {
  return { id: r.id, nameEn: r.name_en, nameJa: r.name_ja, active: r.active === 1, sortOrder: r.sort_order };
}

export function listCriteria(ctx: Context): Criterion[] {
  return ctx.db.all<CriterionRow>(sql`SELECT * FROM evaluation_criteria ORDER BY sort_order, id`).map(toCriterion);
}

export function getCriterion(ctx: Context, id: number): Criterion | null {
  const row = ctx.db.get<CriterionRow>(sql`SELECT * FROM evaluation_criteria WHERE id = ${id}`);
  return row ? toCriterion(row) : null;
}

export function listScale(ctx: Context): ScaleLevel[] {
  return ctx.db.all<ScaleLevel>(
    sql`SELECT score, label_en AS labelEn, label_ja AS labelJa FROM evaluation_scale ORDER BY score`,
  );
}

/** The criteria (active and inactive, in their order) and the rating scale, lowest level first. */
export function evaluationSettings(ctx: Context): { criteria: Criterion[]; scale: ScaleLevel[] } {
  return { criteria: listCriteria(ctx), scale: listScale(ctx) };
}
