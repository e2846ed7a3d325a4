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
import { MAX_COLUMNS, readXlsx, XlsxError } from '../files/xlsx/read';

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

function xlsxRecords(bytes: Buffer): { records: FileRecord[]; problems: ImportProblem[] } {
  let sheet: ReturnType<typeof readXlsx>;
  try {
    sheet = readXlsx(bytes);
  } catch (error) {
    if (error instanceof XlsxError) {
      const params = error.code === 'too_many_columns' ? { max: MAX_COLUMNS } : undefined;
      return { records: [], problems: [fileProblem(error.code, params)] };
    }
    throw error;
  }
  const problems =
    sheet.sheetCount > 1
      ? [{ ...fileProblem('other_sheets_ignored', { count: sheet.sheetCount - 1 }), severity: 'warning' as const }]
      : [];
  // Every row number up to the last one used, so an empty row in the sheet is shown as blank.
  const last = Math.max(0, ...[...sheet.rows.entries()].filter(([, cells]) => !isBlank(cells)).map(([n]) => n));
  if (last > IMPORT_MAX_ROWS + 1) tooManyRows();
  const records = Array.from({ length: last }, (_, i) => ({
    line: i + 1,
    cells: sheet.rows.get(i + 1) ?? [],
    problems: [] as ImportProblem[],
  }));
  return { records, problems };
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
