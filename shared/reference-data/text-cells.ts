// The text rules every value entering the app meets (shared/text/findings.ts), as findings of a
// reference file's rows: Zawgyi and full-width values come with the value to accept instead.
import type { CellKind } from '../text/findings';
import { textFindings } from '../text/findings';
import { rowFinding } from './findings';
import type { Finding, FindingCode, Params, RawRow, ReferenceFile, Severity, Suggestion } from './schema';

/** A finding on one cell, before it is placed on its row. */
export interface TextCellFinding {
  code: FindingCode;
  severity: Severity;
  column: string;
  params: Params;
  suggestion?: Suggestion;
}

/**
 * The findings about the text of a row's cells (read from the file or typed during the import), for
 * the columns named with what they hold.
 */
export function textCellSpecs(values: Readonly<Record<string, string>>, kinds: Record<string, CellKind>) {
  return Object.entries(kinds).flatMap(([column, kind]): TextCellFinding[] =>
    textFindings(values[column] ?? '', kind).map((f) => ({
      code: f.code,
      severity: f.severity,
      column,
      params: f.params,
      ...(f.offer !== undefined ? { suggestion: { column, value: f.offer } } : {}),
    })),
  );
}

/** The same, as findings of a file's row. */
export function textCellFindings(file: ReferenceFile, row: RawRow, kinds: Record<string, CellKind>): Finding[] {
  return textCellSpecs(row.values, kinds).map((spec) => rowFinding(file, row, spec));
}

/** What the dispatch-project list's columns hold. */
export const DISPATCH_TEXT_KINDS: Record<string, CellKind> = {
  fiscal_year: 'code',
  country: 'name',
  locality: 'name',
  area_of_expertise: 'text',
};
