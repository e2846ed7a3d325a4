// exports.requests: every request the list's filters keep (no paging), in the list's order, with the
// words for states and window positions in the language asked for.
import type { ParsedInput } from '../../../shared/contract';
import { type Lang, say } from '../../../shared/exports/labels';
import type { DispatchRequest } from '../../../shared/specialist-dispatch/schema';
import type { Context } from '../context';
import { sql } from '../db/sql';
import type { FileFormat } from '../files/table-file';
import { requestRows, specialistNames } from '../specialist-dispatch/request-list';
import { toRequest } from '../specialist-dispatch/request-rows';
import { type Column, exportFile, sheetOf } from './columns';
import { D_HEADING, D_SHEET, REQUEST_STATE, windowWords } from './dispatch-labels';
import { countryNames } from './names';

type Query = ParsedInput<'exports.requests'>['query'];
type Row = DispatchRequest & { specialists: string[] };

export function exportRequests(
  ctx: Context,
  input: { format: FileFormat; language: Lang; query: Query; ids?: number[] | undefined },
) {
  const { format, language: lang } = input;
  // A selection: only the requests chosen, still in the query's order.
  const chosen = input.ids ? new Set(input.ids) : null;
  const rows = requestRows(ctx, input.query)
    .filter((r) => chosen === null || chosen.has(r.id))
    .map(toRequest);
  const names = specialistNames(
    ctx,
    rows.map((r) => r.id),
  );
  const data: Row[] = rows.map((r) => ({ ...r, specialists: names.get(r.id) ?? [] }));
  const countries = countryNames(ctx);
  const fields = new Map(
    ctx.db
      .all<{ id: number; name_en: string; name_ja: string }>(sql`SELECT id, name_en, name_ja FROM expertise_fields`)
      .map((f) => [f.id, f]),
  );
  const field = (id: number) => {
    const f = fields.get(id);
    return f ? (lang === 'en' ? f.name_en : f.name_ja) : String(id);
  };
  const columns: Column<Row>[] = [
    { heading: D_HEADING.reference, value: (r) => r.reference },
    { heading: D_HEADING.fiscalYear, value: (r) => r.fiscalYear },
    { heading: D_HEADING.country, value: (r) => countries.name(r.countryCode, lang) },
    { heading: D_HEADING.counterpart, value: (r) => r.counterpartName },
    { heading: D_HEADING.government, value: (r) => r.requestingGovernment },
    { heading: D_HEADING.field, value: (r) => field(r.fieldId) },
    { heading: D_HEADING.summary, value: (r) => r.summary },
    { heading: D_HEADING.wishedStart, value: (r) => r.wishedStart },
    { heading: D_HEADING.wishedEnd, value: (r) => r.wishedEnd },
    { heading: D_HEADING.received, value: (r) => r.receivedOn },
    { heading: D_HEADING.window, value: (r) => windowWords(r.window, lang) },
    { heading: D_HEADING.state, value: (r) => say(REQUEST_STATE[r.state], lang) },
    { heading: D_HEADING.stateSince, value: (r) => r.stateChangedOn },
    { heading: D_HEADING.specialists, value: (r) => r.specialists.join(', ') },
  ];
  return exportFile(ctx, format, 'dispatch-requests', [sheetOf(D_SHEET.requests, columns, data, lang)]);
}
