// From a file's bytes to a table: the header and every other record with its row number. Nothing is
// dropped here: blank records stay (the preview reports them), and a CSV record the reader had trouble
// with keeps its cells and gets a problem naming its lines. A CSV's bytes are decoded by the one
// decoder (electron/core/files/decode.ts) and read by the one CSV reader (shared/text/csv.ts).
import {
  IMPORT_MAX_CELL_LENGTH,
  IMPORT_MAX_COLUMNS,
  IMPORT_MAX_ROWS,
  type ImportProblem,
} from '../../../shared/hosts/import-schema';
import { AppFailure } from '../../../shared/result';
import { type CsvFinding, CsvLimitError, type CsvRecord, readCsvText } from '../../../shared/text/csv';
import type { TextEncoding } from '../../../shared/text/encodings';
import { decodeText, UndecodableError } from '../files/decode';
import { READ_LIMITS, type ReadLimits, readXlsx, XlsxError } from '../files/xlsx/read';

export interface FileRecord {
  /** Row number as a spreadsheet shows it: for CSV the physical line the record starts on. */
  line: number;
  cells: string[];
  problems: ImportProblem[];
}

export interface Table {
  /** Null when the file has no non-blank record at all. */
  header: FileRecord | null;
  records: FileRecord[];
  problems: ImportProblem[];
  /** The encoding a CSV was read in (null for Excel), and the encodings that read it cleanly. */
  encoding: TextEncoding | null;
  encodings: TextEncoding[];
}

export interface ReadOptions {
  encoding?: TextEncoding | undefined;
  readAsRows?: readonly number[] | undefined;
}

const fileProblem = (code: string, params?: ImportProblem['params']): ImportProblem => ({
  column: null,
  code,
  severity: 'error',
  ...(params ? { params } : {}),
});

export const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

const CSV_LIMITS = { maxRows: IMPORT_MAX_ROWS, maxColumns: IMPORT_MAX_COLUMNS, maxCellLength: IMPORT_MAX_CELL_LENGTH };

/** The reader's findings that become a record's problems (blank lines are the preview's blank rows). */
function problemOf(finding: CsvFinding): ImportProblem | null {
  const { line, params } = finding;
  if (finding.code === 'unclosed_quote') return fileProblem('unclosed_quote', { line, ...params });
  if (finding.code === 'stray_quote') return fileProblem('invalid_quotes', { line });
  if (finding.code === 'quote_read_as_text') return { ...fileProblem('quote_kept', { line }), severity: 'warning' };
  if (finding.code === 'cell_count') return { ...fileProblem('cell_count', params), severity: 'warning' };
  return null;
}

function limitFailure(error: CsvLimitError): never {
  if (error.code === 'too_many_rows') tooManyRows();
  const what = error.code === 'too_many_columns' ? 'columns' : 'characters in one cell';
  throw new AppFailure({
    code: 'invalid_input',
    message: `Line ${error.line} of the file has more than ${error.max.toLocaleString('en')} ${what}.`,
    issues: [{ path: 'data', code: error.code, params: { max: error.max, line: error.line } }],
  });
}

interface CsvRead {
  records: FileRecord[];
  problems: ImportProblem[];
  encoding: TextEncoding | null;
  encodings: TextEncoding[];
}

function csvRecords(bytes: Buffer, options: ReadOptions): CsvRead {
  let decoded: ReturnType<typeof decodeText>;
  try {
    decoded = decodeText(bytes, options.encoding);
  } catch (error) {
    if (!(error instanceof UndecodableError)) throw error;
    const candidates = options.encoding ? decodeCandidates(bytes) : [];
    const problem = fileProblem('undecodable', { encoding: error.encoding, line: error.line });
    return { records: [], problems: [problem], encoding: error.encoding, encodings: candidates };
  }
  let csv: ReturnType<typeof readCsvText>;
  try {
    csv = readCsvText(decoded.text, { readAsRows: options.readAsRows ?? [], limits: CSV_LIMITS });
  } catch (error) {
    if (error instanceof CsvLimitError) limitFailure(error);
    throw error;
  }
  const all: CsvRecord[] = (csv.header ? [csv.header, ...csv.records] : csv.records).sort((a, b) => a.line - b.line);
  const records = all.map((r) => ({ line: r.line, cells: r.cells, problems: [] as ImportProblem[] }));
  for (const finding of csv.findings) {
    const problem = problemOf(finding);
    const record = records[all.findIndex((r) => r.line <= finding.line && finding.line <= r.endLine)];
    if (problem && record) record.problems.push(problem);
  }
  return { records, problems: [], encoding: decoded.encoding, encodings: decoded.candidates };
}

/** The encodings that read the bytes cleanly, when the one a person chose does not. */
function decodeCandidates(bytes: Buffer): TextEncoding[] {
  try {
    return decodeText(bytes).candidates;
  } catch {
    return [];
  }
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

export function readTable(format: 'csv' | 'xlsx', bytes: Buffer, options: ReadOptions = {}): Table {
  const problems: ImportProblem[] = [];
  let records: FileRecord[];
  let encoding: TextEncoding | null = null;
  let encodings: TextEncoding[] = [];
  if (format === 'csv') {
    const read = csvRecords(bytes, options);
    ({ records, encoding, encodings } = read);
    problems.push(...read.problems);
  } else {
    const read = xlsxRecords(bytes);
    records = read.records;
    problems.push(...read.problems);
  }
  if (records.length > IMPORT_MAX_ROWS + 1) tooManyRows();
  const headerIndex = records.findIndex((r) => !isBlank(r.cells));
  if (headerIndex < 0) {
    if (problems.every((p) => p.severity !== 'error')) problems.push(fileProblem('empty_file'));
    return { header: null, records, problems, encoding, encodings };
  }
  const header = records[headerIndex] as FileRecord;
  problems.push(...header.problems);
  return { header, records: records.filter((_, i) => i !== headerIndex), problems, encoding, encodings };
}
