// From a file's bytes to a table: the header and every other record with its row number. Nothing is
// dropped here — blank records stay (the preview reports them), and a CSV record that the parser had
// trouble with keeps its cells and gets a problem.
import Papa from 'papaparse';
import { IMPORT_MAX_ROWS, type ImportProblem } from '../../../shared/hosts/import-schema';
import { AppFailure } from '../../../shared/result';
import { READ_LIMITS, type ReadLimits, readXlsx, XlsxError } from '../files/xlsx/read';

export interface FileRecord {
  /** Row number as a spreadsheet shows it (1 = first record of the file). */
  line: number;
  cells: string[];
  problems: ImportProblem[];
}

export interface Table {
  /** Null when the file has no non-blank record at all. */
  header: FileRecord | null;
  records: FileRecord[];
  problems: ImportProblem[];
  /** The bytes were not UTF-8 (read with replacement characters so every row can still be shown). */
  notUtf8: boolean;
}

const fileProblem = (code: string, params?: ImportProblem['params']): ImportProblem => ({
  column: null,
  code,
  severity: 'error',
  ...(params ? { params } : {}),
});

export const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

/** The delimiter the header line uses most, outside quotes: `,` `;` or tab. */
function delimiterOf(text: string): string {
  const firstLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}

const PAPA_PROBLEMS: { [code: string]: string } = {
  MissingQuotes: 'unclosed_quote',
  InvalidQuotes: 'invalid_quotes',
};

function csvRecords(bytes: Buffer): { records: FileRecord[]; notUtf8: boolean } {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  let text: string;
  let notUtf8 = false;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    notUtf8 = true;
    text = new TextDecoder('utf-8').decode(body);
  }
  // One line ending everywhere: a file with mixed endings would otherwise fold lines together.
  text = text.replace(/\r\n?/g, '\n');
  if (text === '') return { records: [], notUtf8 };
  const parsed = Papa.parse<string[]>(text, {
    delimiter: delimiterOf(text),
    newline: '\n',
    quoteChar: '"',
    header: false,
    skipEmptyLines: false,
  });
  const rows = parsed.data;
  // The line break that ends the last line does not start another (blank) one.
  const last = rows[rows.length - 1];
  if (text.endsWith('\n') && last?.length === 1 && last[0] === '') rows.pop();
  const records = rows.map((cells, i) => ({ line: i + 1, cells: cells.map(String), problems: [] as ImportProblem[] }));
  for (const error of parsed.errors) {
    const record = records[error.row ?? -1] ?? records[records.length - 1];
    const code = PAPA_PROBLEMS[error.code] ?? 'csv_syntax';
    if (record && !record.problems.some((p) => p.code === code)) record.problems.push(fileProblem(code));
  }
  return { records, notUtf8 };
}

// What a sheet may hold, checked while it is read: a value below the last allowed row (the header and
// IMPORT_MAX_ROWS records) stops the reading there.
const XLSX_LIMITS: ReadLimits = { ...READ_LIMITS, maxRows: IMPORT_MAX_ROWS + 1 };

/** Limits of the container and its cells refuse the file as a whole, like its size does. */
const REFUSED: ReadonlySet<string> = new Set(['too_many_entries', 'expanded_too_large', 'cell_too_long']);

function xlsxRecords(bytes: Buffer): { records: FileRecord[]; problems: ImportProblem[] } {
  let sheet: ReturnType<typeof readXlsx>;
  try {
    sheet = readXlsx(bytes, XLSX_LIMITS);
  } catch (error) {
    if (!(error instanceof XlsxError)) throw error;
    if (error.code === 'too_many_rows') tooManyRows();
    if (REFUSED.has(error.code)) tooBig(error);
    const params = Object.keys(error.params).length > 0 ? error.params : undefined;
    return { records: [], problems: [fileProblem(error.code, params)] };
  }
  const problems =
    sheet.sheetCount > 1
      ? [{ ...fileProblem('other_sheets_ignored', { count: sheet.sheetCount - 1 }), severity: 'warning' as const }]
      : [];
  // Every row number up to the last one used, so an empty row in the sheet is shown as blank. (A loop:
  // spreading every row number into Math.max overflows the stack on a large sheet.)
  let last = 0;
  for (const [n, cells] of sheet.rows) if (n > last && !isBlank(cells)) last = n;
  const records = Array.from({ length: last }, (_, i) => ({
    line: i + 1,
    cells: sheet.rows.get(i + 1) ?? [],
    problems: [] as ImportProblem[],
  }));
  return { records, problems };
}

const LIMIT_MESSAGES: Record<string, (max: number) => string> = {
  too_many_entries: (max) => `The file holds more than ${max} parts; it is not a workbook the import can read.`,
  expanded_too_large: (max) =>
    `The workbook unpacks to more than ${max / 1024 / 1024} MB; split it into smaller files.`,
  cell_too_long: (max) => `A cell holds more than ${max.toLocaleString('en')} characters, more than Excel allows.`,
};

function tooBig(error: XlsxError): never {
  const max = error.params.max ?? 0;
  const params: Record<string, number> = error.code === 'expanded_too_large' ? { max, mb: max / 1024 / 1024 } : { max };
  throw new AppFailure({
    code: 'invalid_input',
    message: LIMIT_MESSAGES[error.code]?.(max) ?? error.message,
    issues: [{ path: 'data', code: error.code, params }],
  });
}

function tooManyRows(): never {
  throw new AppFailure({
    code: 'invalid_input',
    message: `The file has more than ${IMPORT_MAX_ROWS.toLocaleString('en')} rows; split it into smaller files.`,
    issues: [{ path: 'data', code: 'too_many_rows', params: { max: IMPORT_MAX_ROWS } }],
  });
}

export function readTable(format: 'csv' | 'xlsx', bytes: Buffer): Table {
  const problems: ImportProblem[] = [];
  let records: FileRecord[];
  let notUtf8 = false;
  if (format === 'csv') {
    ({ records, notUtf8 } = csvRecords(bytes));
    if (notUtf8) problems.push(fileProblem('not_utf8'));
  } else {
    const read = xlsxRecords(bytes);
    records = read.records;
    problems.push(...read.problems);
  }
  if (records.length > IMPORT_MAX_ROWS + 1) tooManyRows();
  const headerIndex = records.findIndex((r) => !isBlank(r.cells));
  if (headerIndex < 0) {
    if (problems.every((p) => p.severity !== 'error')) problems.push(fileProblem('empty_file'));
    return { header: null, records, problems, notUtf8 };
  }
  const header = records[headerIndex] as FileRecord;
  problems.push(...header.problems);
  return { header, records: records.filter((_, i) => i !== headerIndex), problems, notUtf8 };
}
