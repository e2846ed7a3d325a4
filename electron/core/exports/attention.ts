// exports.attention: every item of the Needs-attention list its filters match (the list's own
// function, without paging), in its order: overdue first, then by due date.
import type { ParsedInput } from '../../../shared/contract';
import { DUE_KIND, DUE_STATE, HEADING, type Lang, SHEET, say } from '../../../shared/exports/labels';
import type { AttentionItem } from '../../../shared/progress/schema';
import type { Context } from '../context';
import type { FileFormat } from '../files/table-file';
import { listAttention } from '../progress/attention';
import { type Column, exportFile, sheetOf } from './columns';
import { countryNames } from './names';

type Query = ParsedInput<'exports.attention'>['query'];

export function exportAttention(ctx: Context, input: { format: FileFormat; language: Lang; query: Query }) {
  const { format, language: lang, query } = input;
  const { items } = listAttention(ctx, { ...query, offset: 0, limit: Number.MAX_SAFE_INTEGER });
  const countries = countryNames(ctx);
  const columns: Column<AttentionItem>[] = [
    { heading: HEADING.state, value: (i) => say(DUE_STATE[i.state], lang) },
    { heading: HEADING.dueDate, value: (i) => i.dueDate },
    { heading: HEADING.dueKind, value: (i) => say(DUE_KIND[i.kind], lang) },
    { heading: HEADING.ref, value: (i) => i.traineeRef },
    { heading: HEADING.name, value: (i) => i.traineeName },
    { heading: HEADING.country, value: (i) => countries.name(i.country, lang) },
    { heading: HEADING.fiscalYear, value: (i) => i.fiscalYear },
    { heading: HEADING.host, value: (i) => (lang === 'en' ? i.hostNameEn : i.hostNameJa) },
    { heading: HEADING.placementMonth, value: (i) => i.placementMonth },
  ];
  return exportFile(ctx, format, 'needs-attention', [sheetOf(SHEET.attention, columns, items, lang)]);
}
