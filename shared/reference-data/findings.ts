// Building findings and counting them. A finding's id depends only on what it says and where, so the
// same file checked twice gives the same ids and decisions taken on one check apply to the next.
import type { Finding, FindingCode, Params, RawRow, ReferenceFile, Severity, Suggestion, Summary } from './schema';

export interface FindingSpec {
  code: FindingCode;
  severity: Severity;
  line: number;
  lines?: number[];
  column?: string | null;
  values?: Record<string, string>;
  params?: Params;
  suggestion?: Suggestion;
}

export function makeFinding(file: ReferenceFile, spec: FindingSpec): Finding {
  const column = spec.column ?? null;
  return {
    id: `${file}:${spec.code}:${spec.line}:${column ?? ''}`,
    file,
    code: spec.code,
    severity: spec.severity,
    line: spec.line,
    lines: spec.lines ?? [spec.line],
    column,
    values: spec.values ?? {},
    params: spec.params ?? {},
    ...(spec.suggestion ? { suggestion: spec.suggestion } : {}),
  };
}

/** A row-level finding, carrying the row's printed values. */
export const rowFinding = (file: ReferenceFile, row: RawRow, spec: Omit<FindingSpec, 'line' | 'values'>): Finding =>
  makeFinding(file, { ...spec, line: row.line, values: row.values });

/** Findings in file order (then by code), so lists read top to bottom. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.line - b.line || a.code.localeCompare(b.code) || a.id.localeCompare(b.id));
}

/** Counts by severity and code; rowsWithFindings counts data rows only (not the header or notes). */
export function summarise(rowLines: number[], findings: Finding[]): Summary {
  const counts = { error: 0, warning: 0, info: 0 };
  const byCode: Record<string, number> = {};
  const isRow = new Set(rowLines);
  const flagged = new Set<number>();
  for (const f of findings) {
    counts[f.severity]++;
    byCode[f.code] = (byCode[f.code] ?? 0) + 1;
    for (const line of f.lines) if (isRow.has(line)) flagged.add(line);
  }
  return { rows: rowLines.length, rowsWithFindings: flagged.size, findings: counts, byCode };
}
