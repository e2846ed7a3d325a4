// Reading a reference CSV into rows without losing any: every record after the header becomes a row
// with its record number and its cells as printed; a record the parser had trouble with, or with the
// wrong number of cells, keeps its cells and gets a finding. Only blank records carry nothing to keep.
import Papa from 'papaparse';
import { makeFinding } from './findings';
import type { Finding, RawRow, ReferenceFile } from './schema';
import { cleanText, foldKey, rowKeys } from './text';

export interface CsvTable {
  columns: string[];
  rows: RawRow[];
  /** Findings of reading: header_mismatch, csv_syntax, column_count. */
  findings: Finding[];
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

/**
 * Cells are mapped to `columns` by header name when the header names them all (in any order),
 * else by position with a header_mismatch finding. Lines are record numbers, the header being 1.
 */
export function readCsv(file: ReferenceFile, text: string, columns: readonly string[]): CsvTable {
  const body = cleanText(text);
  const parsed = Papa.parse<string[]>(body, { delimiter: ',', newline: '\n', quoteChar: '"', skipEmptyLines: false });
  const records = parsed.data.map((cells, i) => ({ line: i + 1, cells: cells.map(String) }));
  const syntax = new Set(parsed.errors.map((e) => (e.row ?? records.length - 1) + 1));
  const findings: Finding[] = [];

  const nonBlank = records.filter((r) => !isBlank(r.cells));
  const header = nonBlank[0];
  if (!header) return { columns: [...columns], rows: [], findings };

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

  const data = nonBlank.slice(1);
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

  for (const [n, r] of data.entries()) {
    const row = rows[n] as RawRow;
    if (syntax.has(r.line)) {
      findings.push(makeFinding(file, { code: 'csv_syntax', severity: 'error', line: r.line, values: row.values }));
    }
    if (r.cells.length !== header.cells.length) {
      findings.push(
        makeFinding(file, {
          code: 'column_count',
          severity: r.cells.length < header.cells.length ? 'error' : 'warning',
          line: r.line,
          values: row.values,
          params: { expected: header.cells.length, found: r.cells.length, extra: row.extra.join(', ') },
        }),
      );
    }
  }
  return { columns: [...columns], rows, findings };
}
