// What an import of one file would do once the person's decisions are applied: every row's values,
// which rows are left out, and what stops the import (an error nobody decided on, a value that cannot
// be stored). Pure, so the refusal happens before anything is written.
import { applyDecisions } from '../../../shared/reference-data/decisions';
import type { CheckedFile, Decision, Finding, ReferenceFile, StoredRow } from '../../../shared/reference-data/schema';
import type { FieldIssue } from '../../../shared/result';

export interface FilePlan {
  file: ReferenceFile;
  checked: CheckedFile;
  rows: StoredRow[];
  /** The decisions on this file's findings, as taken (kept with the import's record). */
  decisions: Decision[];
  issues: FieldIssue[];
}

const undecided = (file: ReferenceFile, f: Finding): FieldIssue => ({
  path: 'decisions',
  code: 'finding_undecided',
  params: { file, line: f.line, finding: f.code, findingId: f.id },
});

/** Values without which a row cannot be stored (the table's NOT NULL columns and foreign keys). */
export type Usable = (row: StoredRow) => string | null;

export function planFile(
  file: ReferenceFile,
  checked: CheckedFile,
  decisions: Decision[],
  unusableColumn: Usable,
): FilePlan {
  const ids = new Set(checked.findings.map((f) => f.id));
  const mine = decisions.filter((d) => ids.has(d.findingId));
  const rows = applyDecisions(checked.rows, checked.findings, mine);
  const decided = new Set(mine.map((d) => d.findingId));
  const byId = new Map(checked.findings.map((f) => [f.id, f]));
  const issues: FieldIssue[] = [];
  // An error about the whole file (its header) stops it too, until someone decides on it.
  const rowLines = new Set(checked.rows.map((r) => r.line));
  for (const f of checked.findings) {
    if (f.severity === 'error' && !decided.has(f.id) && !f.lines.some((l) => rowLines.has(l)))
      issues.push(undecided(file, f));
  }
  for (const row of rows) {
    if (row.excluded) continue;
    for (const id of row.blocking) issues.push(undecided(file, byId.get(id) as Finding));
    if (row.blocking.length > 0) continue;
    const column = unusableColumn(row);
    if (column !== null)
      issues.push({ path: 'decisions', code: 'value_unusable', params: { file, line: row.line, column } });
  }
  // A finding covering several rows is reported once.
  const seen = new Set<string>();
  const unique = issues.filter((i) => {
    const key = JSON.stringify(i.params);
    return !seen.has(key) && seen.add(key) !== undefined;
  });
  return { file, checked, rows, decisions: mine, issues: unique };
}
