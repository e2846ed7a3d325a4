// A table (or several) as the bytes of a CSV or Excel file, the way every export hands it over: a file
// name, a MIME type and base64. Shared by the host directory's export and the list/statistics exports.
//
// Formula injection: a spreadsheet runs a CSV cell starting with = + - @ (or a tab or carriage return)
// as a formula. In CSV such a cell gets a leading apostrophe, which spreadsheet apps read as "text"
// (apostrophes already there get one more, so an import that takes one off gives the value back). In
// Excel files every text is a string cell, never a formula cell, so it is shown as text as is.
import Papa from 'papaparse';
import { type CellValue, writeWorkbook, type XlsxSheet } from './xlsx/write';

export type FileFormat = 'csv' | 'xlsx';

export const MIME: Record<FileFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const FORMULA_LIKE = /^'*[=+\-@\t\r]/;

/** UTF-8 with a byte-order mark, so Excel opens Japanese (and every other script) correctly; CRLF lines. */
export function writeCsv(rows: CellValue[][]): Buffer {
  const [header = [], ...data] = rows;
  const text = Papa.unparse(
    { fields: header.map(String), data },
    { escapeFormulae: FORMULA_LIKE, newline: '\r\n', quotes: false, delimiter: ',' },
  );
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${text}\r\n`, 'utf8')]);
}

export interface ExportedFile {
  fileName: string;
  mime: string;
  data: string;
}

/** CSV holds one table: the first sheet's. */
export async function tableFile(
  format: FileFormat,
  fileName: string,
  sheets: XlsxSheet[],
  date: Date,
): Promise<ExportedFile> {
  const first = sheets[0] ?? { name: 'Sheet1', rows: [] };
  const bytes = format === 'csv' ? writeCsv(first.rows) : await writeWorkbook(sheets, date);
  return { fileName: `${fileName}.${format}`, mime: MIME[format], data: bytes.toString('base64') };
}
