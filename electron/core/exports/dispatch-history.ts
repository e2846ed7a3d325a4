// exports.dispatchHistory: the history of dispatches (specialistDispatch.dispatch.history) as tables. Every figure keeps
// its source: CLAIR's reference file or the app's records. By country × year has one row per country
// and source; by field one column per source. Excel: the three sheets; CSV: the table asked for.
import type { ParsedInput } from '../../../shared/contract';
import { fiscalYearHeading, type Lang, say } from '../../../shared/exports/labels';
import type { DispatchHistory } from '../../../shared/specialist-dispatch/schema';
import type { Context } from '../context';
import type { XlsxSheet } from '../files/xlsx/write';
import { dispatchHistory } from '../specialist-dispatch/history';
import { type Column, exportFile, sheetOf } from './columns';
import { D_HEADING, D_SHEET, REQUEST_STATE, SOURCE } from './dispatch-labels';

type Input = ParsedInput<'exports.dispatchHistory'>;
type Table = Input['table'];
type Source = 'reference' | 'app';
const SOURCES: Source[] = ['reference', 'app'];

const named = (r: { nameEn: string; nameJa: string }, lang: Lang) => (lang === 'en' ? r.nameEn : r.nameJa);

function byCountrySheet(h: DispatchHistory, lang: Lang): XlsxSheet {
  type Row = { country: DispatchHistory['byCountry'][number]; source: Source };
  const rows: Row[] = h.byCountry.flatMap((country) => SOURCES.map((source) => ({ country, source })));
  const columns: Column<Row>[] = [
    { heading: D_HEADING.country, value: (r) => named(r.country, lang) },
    { heading: D_HEADING.source, value: (r) => say(SOURCE[r.source], lang) },
    ...h.years.map(
      (fy, i): Column<Row> => ({
        heading: () => fiscalYearHeading(fy, lang),
        value: (r) => r.country.counts[i]?.[r.source] ?? 0,
      }),
    ),
    { heading: D_HEADING.total, value: (r) => r.country.total[r.source] },
  ];
  const footer = SOURCES.map((s) => [
    say(D_HEADING.total, lang),
    say(SOURCE[s], lang),
    ...h.totals.map((t) => t[s]),
    h.grandTotal[s],
  ]);
  return sheetOf(D_SHEET.byCountry, columns, rows, lang, { footer });
}

function byFieldSheet(h: DispatchHistory, lang: Lang): XlsxSheet {
  type Row = DispatchHistory['byField'][number];
  const columns: Column<Row>[] = [
    { heading: D_HEADING.field, value: (r) => named(r, lang) },
    ...SOURCES.map((s): Column<Row> => ({ heading: SOURCE[s], value: (r) => r.count[s] })),
    { heading: D_HEADING.total, value: (r) => r.count.reference + r.count.app },
  ];
  const { reference, app } = h.grandTotal;
  return sheetOf(D_SHEET.byField, columns, h.byField, lang, {
    footer: [[say(D_HEADING.total, lang), reference, app, reference + app]],
  });
}

function projectsSheet(h: DispatchHistory, lang: Lang): XlsxSheet {
  type Row = DispatchHistory['projects'][number];
  const columns: Column<Row>[] = [
    { heading: D_HEADING.source, value: (r) => say(SOURCE[r.source], lang) },
    { heading: D_HEADING.fiscalYear, value: (r) => r.fiscalYear },
    { heading: D_HEADING.country, value: (r) => r.country },
    { heading: D_HEADING.locality, value: (r) => r.locality },
    { heading: D_HEADING.field, value: (r) => r.field },
    { heading: D_HEADING.state, value: (r) => (r.state ? say(REQUEST_STATE[r.state], lang) : null) },
    { heading: D_HEADING.specialists, value: (r) => r.specialists.join(', ') },
  ];
  return sheetOf(D_SHEET.projects, columns, h.projects, lang);
}

const SHEETS: Record<Table, (h: DispatchHistory, lang: Lang) => XlsxSheet> = {
  byCountry: byCountrySheet,
  byField: byFieldSheet,
  projects: projectsSheet,
};

const FILE_NAMES: Record<Table, string> = {
  byCountry: 'dispatch-history-country-year',
  byField: 'dispatch-history-field',
  projects: 'dispatch-history-projects',
};

export function exportDispatchHistory(ctx: Context, input: Input) {
  const { format, language: lang, table } = input;
  const history = dispatchHistory(ctx, input.query);
  if (format === 'csv') return exportFile(ctx, format, FILE_NAMES[table], [SHEETS[table](history, lang)]);
  const order: Table[] = ['byCountry', 'byField', 'projects'];
  return exportFile(
    ctx,
    format,
    'dispatch-history',
    order.map((t) => SHEETS[t](history, lang)),
  );
}
