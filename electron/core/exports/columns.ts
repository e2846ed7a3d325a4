// A table to export, described once for both languages: each column's heading and how a row gives its
// cell. Empty values are empty cells; dates stay ISO (YYYY-MM-DD) text, which every spreadsheet sorts.
import { type Lang, type Pair, say } from '../../../shared/exports/labels';
import { todayIso } from '../../../shared/fiscal-year';
import type { Context } from '../context';
import { type ExportedFile, type FileFormat, tableFile } from '../files/table-file';
import type { CellValue, XlsxSheet } from '../files/xlsx/write';

export interface Column<T> {
  heading: Pair | ((lang: Lang) => string);
  value: (row: T, lang: Lang) => CellValue | null | undefined;
}

export function sheetOf<T>(
  name: Pair,
  columns: Column<T>[],
  rows: readonly T[],
  lang: Lang,
  extra: { footer?: CellValue[][] } = {},
): XlsxSheet {
  const header = columns.map((c) => (typeof c.heading === 'function' ? c.heading(lang) : say(c.heading, lang)));
  const body = rows.map((row) => columns.map((c) => c.value(row, lang) ?? ''));
  const footer = extra.footer ?? [];
  const all = [header, ...body, ...footer];
  // Totals rows are set in bold.
  return { name: say(name, lang), rows: all, bold: footer.map((_, i) => body.length + 1 + i) };
}

/** `base-YYYY-MM-DD.csv|xlsx`, dated by the core's clock. */
export function exportFile(ctx: Context, format: FileFormat, base: string, sheets: XlsxSheet[]): Promise<ExportedFile> {
  return tableFile(format, `${base}-${todayIso(ctx.now())}`, sheets, ctx.now());
}
