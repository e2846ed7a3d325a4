// The evaluation criteria and the rating scale: editable settings, each change audited. A criterion
// is never deleted (old ratings name it); it is made inactive. The scale is saved whole, and a level
// that a rating uses cannot be removed.
import type { Criterion, ScaleLevel } from '../../../shared/progress/schema';
import { AppFailure, type FieldIssue } from '../../../shared/result';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { insertInto, updateSet } from '../db/sql-build';
import { getCriterion, listScale } from './rows';

type CriterionInput = Omit<Criterion, 'id'>;

function assertNameFree(ctx: Context, nameEn: string, exceptId: number | null): void {
  const clash = ctx.db.get<{ id: number }>(
    sql`SELECT id FROM evaluation_criteria WHERE lower(name_en) = lower(${nameEn}) AND id IS NOT ${exceptId}`,
  );
  if (clash) {
    throw new AppFailure({
      code: 'conflict',
      message: `A criterion named "${nameEn}" already exists.`,
      issues: [{ path: 'nameEn', code: 'criterion_exists' }],
    });
  }
}

const columns = (c: CriterionInput) => ({
  name_en: c.nameEn,
  name_ja: c.nameJa,
  active: c.active ? 1 : 0,
  sort_order: c.sortOrder,
});

export function createCriterion(ctx: Context, input: CriterionInput): Criterion {
  return ctx.db.tx(() => {
    assertNameFree(ctx, input.nameEn, null);
    const { lastInsertRowid } = ctx.db.run(insertInto('evaluation_criteria', columns(input)));
    const after = getCriterion(ctx, Number(lastInsertRowid)) as Criterion;
    recordAudit(ctx, { entity: 'evaluation_criterion', entityId: after.id, action: 'create', after });
    return after;
  });
}

export function updateCriterion(ctx: Context, id: number, input: CriterionInput): Criterion {
  return ctx.db.tx(() => {
    const before = getCriterion(ctx, id);
    if (!before) throw new AppFailure({ code: 'not_found', message: `Evaluation criterion ${id} does not exist.` });
    assertNameFree(ctx, input.nameEn, id);
    ctx.db.run(updateSet('evaluation_criteria', columns(input), sql`id = ${id}`));
    const after = getCriterion(ctx, id) as Criterion;
    recordAudit(ctx, { entity: 'evaluation_criterion', entityId: id, action: 'update', before, after });
    return after;
  });
}

/** The levels must be 1, 2, … n in that order; returns the problems, path by level. */
export function scaleIssues(levels: ScaleLevel[]): FieldIssue[] {
  return levels.flatMap((l, i) =>
    l.score === i + 1 ? [] : [{ path: `levels.${i}.score`, code: 'scale_not_contiguous', params: { expected: i + 1 } }],
  );
}

export function saveScale(ctx: Context, input: { levels: ScaleLevel[] }): ScaleLevel[] {
  const issues = scaleIssues(input.levels);
  if (issues.length > 0) {
    throw new AppFailure({
      code: 'invalid_input',
      message: 'The levels of a scale are numbered 1, 2, 3 … in order, with no gaps. Nothing was saved.',
      issues,
    });
  }
  return ctx.db.tx(() => {
    const before = listScale(ctx);
    const top = input.levels.length;
    const used = ctx.db.get<{ score: number }>(sql`
      SELECT score FROM evaluation_ratings WHERE score > ${top} ORDER BY score LIMIT 1`);
    if (used) {
      throw new AppFailure({
        code: 'conflict',
        message: `Level ${used.score} is used by saved ratings, so it cannot be removed. Nothing was saved.`,
        issues: [{ path: 'levels', code: 'scale_level_in_use', params: { score: used.score } }],
      });
    }
    ctx.db.run(sql`DELETE FROM evaluation_scale WHERE score > ${top}`);
    for (const l of input.levels) {
      ctx.db.run(sql`
        INSERT INTO evaluation_scale (score, label_en, label_ja) VALUES (${l.score}, ${l.labelEn}, ${l.labelJa})
        ON CONFLICT (score) DO UPDATE SET label_en = excluded.label_en, label_ja = excluded.label_ja`);
    }
    const after = listScale(ctx);
    recordAudit(ctx, { entity: 'evaluation_scale', entityId: 'scale', action: 'update', before, after });
    return after;
  });
}
