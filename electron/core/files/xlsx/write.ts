// Writes worksheets of text (and number) cells as an .xlsx file with exceljs's streaming writer: a
// bold, frozen header row, optional bold rows (totals) and column widths, nothing else. Each row is
// written out as it is added, so a large export never holds the whole workbook as cell objects.
// Text is written in its cell, not in a shared-string table: at 50,000 rows × 22 columns that table
// took about 1 GB and twice the time. A text cell is never a formula cell, so "=1+2" stays text.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

// Characters XML cannot hold (exceljs drops them) are written the way Excel does, as _xHHHH_; so is
// the underscore of a literal "_xHHHH_", which would otherwise be read back as such an escape.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it looks for.
const MAY_NEED_ESCAPE = /[_\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function escapeOoxml(text: string): string {
  if (!MAY_NEED_ESCAPE.test(text)) return text;
  return (
    text
      .replace(/_(?=x[0-9a-fA-F]{4}_)/g, '_x005F_')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: as above.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (ch) => {
        return `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
      })
  );
}

export type CellValue = string | number;

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/g;

/** Column widths from the longest text in each column (East Asian characters count double). */
function widthsOf(rows: CellValue[][]): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((value, i) => {
      const text = String(value);
      const current = widths[i] ?? 0;
      // Text that could not widen the column even if every character were wide is not measured.
      if (text.length * 2 + 2 <= current) return;
      const wide = text.match(WIDE);
      const width = Math.min(60, Math.max(8, text.length + (wide?.length ?? 0) + 2));
      widths[i] = Math.max(current, width);
    });
  }
  return widths;
}

export interface XlsxSheet {
  /** At most 31 characters, none of : \ / ? * [ ] (Excel's rules for sheet names). */
  name: string;
  /** The first row is the header. */
  rows: CellValue[][];
  /** Indexes of further rows to set in bold (totals). */
  bold?: number[];
}

// One style object per look, shared by every cell that has it: exceljs remembers a style's index by
// the object, so a fresh style per cell made it serialise and look up 1.1 million styles at 50,000
// rows (about half the export's time).
const PLAIN: Partial<ExcelJS.Style> = Object.freeze({});
const BOLD: Partial<ExcelJS.Style> = Object.freeze({ font: { bold: true } });

/** An empty text is no cell at all, as in a file Excel saves. */
const cellOf = (value: CellValue) => (typeof value === 'number' ? value : value === '' ? null : escapeOoxml(value));

/** Rows written between two pauses, in which the zip stream takes what was written so far. */
const ROWS_PER_PAUSE = 5000;
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

async function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: XlsxSheet): Promise<void> {
  const ws = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  ws.columns = widthsOf(sheet.rows).map((width) => ({ width }));
  const bold = new Set(sheet.bold ?? []);
  for (let r = 0; r < sheet.rows.length; r++) {
    const values = sheet.rows[r] ?? [];
    const row = ws.addRow(values.map(cellOf));
    const style = r === 0 || bold.has(r) ? BOLD : PLAIN;
    row.eachCell((cell) => {
      cell.style = style;
    });
    row.commit();
    if (r % ROWS_PER_PAUSE === ROWS_PER_PAUSE - 1) await pause();
  }
  ws.commit();
}

/** One sheet; the first row is the header. */
export function writeXlsx(sheetName: string, rows: CellValue[][], date: Date): Promise<Buffer> {
  return writeWorkbook([{ name: sheetName, rows }], date);
}

/** A workbook of one or more sheets, in the order given. */
export async function writeWorkbook(sheets: XlsxSheet[], date: Date): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'CLAIR Desk';
  workbook.lastModifiedBy = 'CLAIR Desk';
  workbook.created = date;
  workbook.modified = date;
  for (const sheet of sheets) await addSheet(workbook, sheet);
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}
