// exports.statistics: the three tables of statistics.get with their totals. Excel: one sheet per table;
// CSV: the table asked for. Counts are number cells, so a spreadsheet can sum them again.
import { fiscalYearHeading, HEADING, type Lang, SHEET, say } from '../../../shared/exports/labels';
import { PREFECTURES } from '../../../shared/hosts/prefectures';
import type { Statistics, StatsQuery } from '../../../shared/statistics/schema';
import type { Context } from '../context';
import type { FileFormat } from '../files/table-file';
import type { XlsxSheet } from '../files/xlsx/write';
import { getStatistics } from '../statistics/service';
import { type Column, exportFile, sheetOf } from './columns';

export type StatisticsTable = 'countryYear' | 'byField' | 'byHost';

const named = (r: { nameEn: string; nameJa: string }, lang: Lang) => (lang === 'en' ? r.nameEn : r.nameJa);

/** Countries as rows, fiscal years as columns, a total column and a totals row (the source's table). */
function countryYearSheet(stats: Statistics, lang: Lang): XlsxSheet {
  const { years, rows, totals, grandTotal } = stats.countryYear;
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    { heading: HEADING.country, value: (r) => named(r, lang) },
    ...years.map((fy, i): Column<Row> => ({ heading: () => fiscalYearHeading(fy, lang), value: (r) => r.counts[i] })),
    { heading: HEADING.total, value: (r) => r.total },
  ];
  return sheetOf(SHEET.countryYear, columns, rows, lang, {
    footer: [[say(HEADING.total, lang), ...totals, grandTotal]],
  });
}

function byFieldSheet(stats: Statistics, lang: Lang): XlsxSheet {
  type Row = Statistics['byField'][number];
  const columns: Column<Row>[] = [
    { heading: HEADING.field, value: (r) => named(r, lang) },
    { heading: HEADING.trainees, value: (r) => r.count },
  ];
  return sheetOf(SHEET.byField, columns, stats.byField, lang, {
    footer: [[say(HEADING.total, lang), stats.total]],
  });
}

/** No totals row: a trainee placed at two hosts counts at each, so the counts do not add up to one. */
function byHostSheet(stats: Statistics, lang: Lang): XlsxSheet {
  type Row = Statistics['byHost'][number];
  const columns: Column<Row>[] = [
    { heading: HEADING.nameEn, value: (r) => r.nameEn },
    { heading: HEADING.nameJa, value: (r) => r.nameJa },
    { heading: HEADING.prefecture, value: (r) => PREFECTURES[r.prefecture - 1]?.[lang] ?? r.prefecture },
    { heading: HEADING.trainees, value: (r) => r.count },
  ];
  return sheetOf(SHEET.byHost, columns, stats.byHost, lang);
}

const SHEETS: Record<StatisticsTable, (stats: Statistics, lang: Lang) => XlsxSheet> = {
  countryYear: countryYearSheet,
  byField: byFieldSheet,
  byHost: byHostSheet,
};

const FILE_NAMES: Record<StatisticsTable, string> = {
  countryYear: 'statistics-country-year',
  byField: 'statistics-field',
  byHost: 'statistics-host',
};

export function exportStatistics(
  ctx: Context,
  input: { format: FileFormat; language: Lang; table: StatisticsTable; query: StatsQuery },
) {
  const { format, language: lang, table } = input;
  const stats = getStatistics(ctx, input.query);
  if (format === 'csv') return exportFile(ctx, format, FILE_NAMES[table], [SHEETS[table](stats, lang)]);
  const order: StatisticsTable[] = ['countryYear', 'byField', 'byHost'];
  return exportFile(
    ctx,
    format,
    'statistics',
    order.map((t) => SHEETS[t](stats, lang)),
  );
}
