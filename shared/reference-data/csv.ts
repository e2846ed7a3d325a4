// Reading a reference CSV into rows without losing any, with the one CSV reader (shared/text/csv.ts):
// every record after the header becomes a row with the physical line it starts on and its cells as
// printed; a record with the wrong number of cells keeps its cells and gets a finding. Blank and
// separator-only lines carry nothing to keep and become findings; an unclosed quote says how many
// lines it took in, and those lines can be read as rows instead (`readAsRows`).
import { type CsvFinding, readCsvText } from '../text/csv';
import { makeFinding } from './findings';
import type { Finding, FindingCode, RawRow, ReferenceFile } from './schema';
import { foldKey, rowKeys } from './text';

export interface CsvTable {
  columns: string[];
  rows: RawRow[];
  /** Findings of reading: header_mismatch, unclosed_quote, csv_syntax, column_count, blank lines. */
  findings: Finding[];
}

/** More than any of CLAIR's files will hold; a file past them is refused before it is read on. */
export const REFERENCE_LIMITS = { maxBytes: 5 * 1024 * 1024, maxRows: 10_000, maxColumns: 200, maxCellLength: 32_767 };

const READER_CODES: Record<CsvFinding['code'], FindingCode> = {
  unclosed_quote: 'unclosed_quote',
  stray_quote: 'csv_syntax',
  quote_read_as_text: 'csv_syntax',
  cell_count: 'column_count',
  blank_line: 'blank_line',
  separator_only_line: 'separator_only_line',
};

/**
 * Cells are mapped to `columns` by header name when the header names them all (in any order),
 * else by position with a header_mismatch finding. Lines are physical lines, the file's first being 1.
 */
export function readCsv(
  file: ReferenceFile,
  text: string,
  columns: readonly string[],
  readAsRows: readonly number[] = [],
): CsvTable {
  const csv = readCsvText(text, { delimiter: ',', readAsRows, limits: REFERENCE_LIMITS });
  const findings: Finding[] = [];
  const header = csv.header;
  if (!header) return { columns: [...columns], rows: [], findings: csv.findings.map((f) => readerFinding(file, f)) };

  const headerKeys = header.cells.map(foldKey);
  const byName = columns.map((c) => headerKeys.indexOf(foldKey(c)));
  const named = byName.every((i) => i >= 0) && new Set(byName).size === columns.length;
  const indexOf = named ? byName : columns.map((_, i) => i);
  if (!named || header.cells.length !== columns.length) {
    findings.push(
      makeFinding(file, {
        code: 'header_mismatch',
        severity: named ? 'warning' : 'error',
        line: header.line,
        params: { expected: columns.join(', '), found: header.cells.join(', ') },
      }),
    );
  }

  const data = csv.records.filter((r) => r.line > header.line && !isBlankRecord(r.cells));
  const used = new Set(indexOf);
  const keys = rowKeys(
    file,
    data.map((r) => indexOf.map((i) => r.cells[i] ?? '')),
  );
  const rows = data.map((r, n): RawRow => {
    const values = Object.fromEntries(columns.map((c, k) => [c, r.cells[indexOf[k] as number] ?? '']));
    const extra = r.cells.filter((_, i) => !used.has(i));
    return { line: r.line, values, extra, key: keys[n] as string };
  });
  const rowAt = (line: number) => rows[data.findIndex((r) => r.line <= line && line <= r.endLine)];
  for (const f of csv.findings) findings.push(readerFinding(file, f, rowAt(f.line)));
  return { columns: [...columns], rows, findings };
}

const isBlankRecord = (cells: string[]) => cells.every((c) => c.trim() === '');

function readerFinding(file: ReferenceFile, f: CsvFinding, row?: RawRow): Finding {
  const code = READER_CODES[f.code];
  const fewer = f.code === 'cell_count' && (f.params.found ?? 0) < (f.params.expected ?? 0);
  const severity =
    code === 'blank_line' || code === 'separator_only_line'
      ? 'info'
      : code === 'column_count' && !fewer
        ? 'warning'
        : 'error';
  const params: Record<string, string | number> = { ...f.params };
  if (code === 'column_count') params.extra = row?.extra.join(', ') ?? '';
  if (code === 'unclosed_quote') params.line = f.line;
  return makeFinding(file, {
    code,
    severity,
    line: row?.line ?? f.line,
    // A decision on it applies to its row, also where the quote opens on a later line of the row.
    lines: row && !f.lines.includes(row.line) ? [row.line, ...f.lines] : f.lines,
    ...(row ? { values: row.values } : {}),
    params,
  });
}
