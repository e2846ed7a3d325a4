// exports.progress: one trainee's progress entries (not the deleted ones), oldest first, as the
// progress tab lists them; ratings and attachments are summed up in one cell each.
import {
  ENTRY_KIND,
  EVALUATION_STAGE,
  EVALUATOR_ROLE,
  HEADING,
  type Lang,
  SHEET,
  say,
} from '../../../shared/exports/labels';
import type { Entry } from '../../../shared/progress/schema';
import type { Context } from '../context';
import { sql } from '../db/sql';
import type { FileFormat } from '../files/table-file';
import { listEntries } from '../progress/rows';
import { type Column, exportFile, sheetOf } from './columns';

/** "Attitude: 4 Good (comment); Japanese language: 3 Satisfactory" */
function ratingsText(entry: Entry, lang: Lang): string {
  return entry.ratings
    .map((r) => {
      const criterion = lang === 'en' ? r.criterionEn : r.criterionJa;
      const label = lang === 'en' ? r.labelEn : r.labelJa;
      const comment = r.comment ? (lang === 'en' ? ` (${r.comment})` : `（${r.comment}）`) : '';
      return `${criterion}: ${r.score} ${label}${comment}`;
    })
    .join('; ');
}

export function exportProgress(ctx: Context, input: { format: FileFormat; language: Lang; traineeId: number }) {
  const { format, language: lang, traineeId } = input;
  const entries = listEntries(ctx, traineeId);
  const ref = ctx.db.get<{ ref: string }>(sql`SELECT ref FROM trainees WHERE id = ${traineeId}`)?.ref ?? traineeId;
  const columns: Column<Entry>[] = [
    { heading: HEADING.date, value: (e) => e.date },
    { heading: HEADING.kind, value: (e) => say(ENTRY_KIND[e.kind], lang) },
    { heading: HEADING.title, value: (e) => e.title },
    { heading: HEADING.author, value: (e) => e.author },
    { heading: HEADING.host, value: (e) => (lang === 'en' ? e.hostNameEn : e.hostNameJa) },
    { heading: HEADING.placementMonth, value: (e) => e.placementMonth },
    {
      heading: HEADING.period,
      value: (e) => (e.periodStart && e.periodEnd ? `${e.periodStart} – ${e.periodEnd}` : null),
    },
    {
      heading: HEADING.evaluationStage,
      value: (e) => e.evaluationStage && say(EVALUATION_STAGE[e.evaluationStage], lang),
    },
    { heading: HEADING.evaluatorRole, value: (e) => e.evaluatorRole && say(EVALUATOR_ROLE[e.evaluatorRole], lang) },
    { heading: HEADING.ratings, value: (e) => ratingsText(e, lang) },
    { heading: HEADING.body, value: (e) => e.body },
    { heading: HEADING.attachments, value: (e) => e.attachments.map((a) => a.fileName).join('; ') },
  ];
  return exportFile(ctx, format, `progress-${ref}`, [sheetOf(SHEET.progress, columns, entries, lang)]);
}
