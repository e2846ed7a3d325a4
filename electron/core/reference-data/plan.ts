// What an import of one file would do once the person's decisions are applied: every row's values,
// which rows are left out, and what stops the import (an error nobody decided on, a typed or accepted
// value that breaks the file's rules, a value that cannot be stored). Pure, so the refusal happens
// before anything is written.
import { changeFindings } from '../../../shared/import-rules';
import { applyDecisions } from '../../../shared/reference-data/decisions';
import type { RuleContext } from '../../../shared/reference-data/programme';
import { ROW_RULES } from '../../../shared/reference-data/rules';
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

/**
 * A value a decision put in (typed, or a suggestion taken) meets the same rules as the file's own:
 * an error on a changed column, or one the change brings to the row, refuses the import.
 */
function brokenRules(file: ReferenceFile, row: StoredRow, ctx: RuleContext): FieldIssue[] {
  const rules = ROW_RULES[file];
  if (!rules || row.changes.length === 0) return [];
  const changed = new Set(row.changes.map((c) => c.column));
  return changeFindings(rules, row.printed, row.values, changed, ctx)
    .filter((f) => f.severity === 'error')
    .map((f) => ({
      path: 'decisions',
      code: 'value_breaks_rule',
      params: { file, line: row.line, column: f.column ?? '', value: row.values[f.column ?? ''] ?? '', rule: f.code },
    }));
}

export function planFile(
  file: ReferenceFile,
  checked: CheckedFile,
  decisions: Decision[],
  unusableColumn: Usable,
  ctx: RuleContext,
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
    const broken = brokenRules(file, row, ctx);
    issues.push(...broken);
    if (broken.length > 0) continue;
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
