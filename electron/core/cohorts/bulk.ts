// A lifecycle move or a cohort for several trainees: the single-trainee change for each (its rules,
// its status_changes row, its audit entry), all in one transaction, or none when one refuses.
import type { ParsedInput } from '../../../shared/contract';
import { TraineeInput } from '../../../shared/trainees/schema';
import { runBulk } from '../bulk';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { resolveTraineeSelection } from '../trainees/selection';
import { getTrainee, updateTrainee } from '../trainees/service';
import { refuse } from './checks';
import { transitionTrainee } from './lifecycle';

export function bulkTransition(ctx: Context, input: ParsedInput<'cohorts.trainees.bulkTransition'>) {
  return ctx.db.tx(() =>
    runBulk(ctx, resolveTraineeSelection(ctx, input.selection), (id) => {
      const { version } = getTrainee(ctx, id);
      transitionTrainee(ctx, { id, version, to: input.to, date: input.date, reason: input.reason });
    }),
  );
}

const INPUT_KEYS = Object.keys(TraineeInput.shape) as (keyof TraineeInput)[];

/**
 * Into the cohort of a fiscal year: the trainee's record saved with that year, as the form would save
 * it, so every rule of an edit holds. Warnings the record already carried were confirmed when it was
 * saved; a move of cohort adds none of its own.
 */
export function bulkAssign(ctx: Context, input: ParsedInput<'cohorts.trainees.bulkAssign'>) {
  return ctx.db.tx(() => {
    const cohort = ctx.db.get<{ id: number }>(sql`SELECT id FROM cohorts WHERE fiscal_year = ${input.fiscalYear}`);
    if (!cohort) {
      refuse('not_found', `There is no cohort for FY${input.fiscalYear}.`, [
        { path: 'fiscalYear', code: 'cohort_not_found', params: { fiscalYear: input.fiscalYear } },
      ]);
    }
    return runBulk(ctx, resolveTraineeSelection(ctx, input.selection), (id) => {
      const before = getTrainee(ctx, id);
      if (before.archived) {
        refuse('conflict', `${before.fullName} (${before.ref}) is archived.`, [
          { path: 'id', code: 'trainee_archived' },
        ]);
      }
      if (before.fiscalYear === input.fiscalYear) return;
      const data = Object.fromEntries(INPUT_KEYS.map((k) => [k, before[k]])) as TraineeInput;
      updateTrainee(ctx, {
        id,
        version: before.version,
        data: { ...data, fiscalYear: input.fiscalYear },
        confirm: true,
      });
    });
  });
}
