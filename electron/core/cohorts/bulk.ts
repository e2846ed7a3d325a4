// A lifecycle move or a cohort for several trainees: the single-trainee change for each (its rules,
// its status_changes row, its audit entry), all in one transaction, or none when one refuses.
import type { ParsedInput } from '../../../shared/contract';
import { todayIso } from '../../../shared/fiscal-year';
import type { Warning } from '../../../shared/result';
import { TraineeInput } from '../../../shared/trainees/schema';
import { runBulk } from '../bulk';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { confirmMessage, findWarnings } from '../trainees/checks';
import { resolveTraineeSelection } from '../trainees/selection';
import { getTrainee, updateTrainee } from '../trainees/service';
import { requireConfirmation } from '../write-checks';
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

const sameWarning = (a: Warning, b: Warning) =>
  a.code === b.code && JSON.stringify(a.params ?? {}) === JSON.stringify(b.params ?? {});

/**
 * Into the cohort of a fiscal year: the trainee's record saved with that year, as the form would save
 * it, so every rule of an edit holds. Warnings the record already carried were confirmed when it was
 * saved; those the new year brings (an arrival outside it…) are asked about, each naming its
 * trainee, before anything is kept, as the form would ask.
 */
export function bulkAssign(ctx: Context, input: ParsedInput<'cohorts.trainees.bulkAssign'>) {
  return ctx.db.tx(() => {
    const cohort = ctx.db.get<{ id: number }>(sql`SELECT id FROM cohorts WHERE fiscal_year = ${input.fiscalYear}`);
    if (!cohort) {
      refuse('not_found', `There is no cohort for FY${input.fiscalYear}.`, [
        { path: 'fiscalYear', code: 'cohort_not_found', params: { fiscalYear: input.fiscalYear } },
      ]);
    }
    const today = todayIso(ctx.now());
    const asked: Warning[] = [];
    const done = runBulk(ctx, resolveTraineeSelection(ctx, input.selection), (id) => {
      const before = getTrainee(ctx, id);
      if (before.archived) {
        refuse('conflict', `${before.fullName} (${before.ref}) is archived.`, [
          { path: 'id', code: 'trainee_archived' },
        ]);
      }
      if (before.fiscalYear === input.fiscalYear) return;
      const data = Object.fromEntries(INPUT_KEYS.map((k) => [k, before[k]])) as TraineeInput;
      const moved = { ...data, fiscalYear: input.fiscalYear };
      if (!input.confirm) {
        const had = findWarnings(ctx, data, id, today);
        for (const w of findWarnings(ctx, moved, id, today)) {
          if (had.some((h) => sameWarning(h, w))) continue;
          asked.push({ code: w.code, params: { ...w.params, trainee: `${before.fullName} (${before.ref})` } });
        }
      }
      updateTrainee(ctx, { id, version: before.version, data: moved, confirm: true });
    });
    // Thrown inside the transaction: nobody is moved until the person confirms.
    requireConfirmation(asked, input.confirm, confirmMessage(asked));
    return done;
  });
}
