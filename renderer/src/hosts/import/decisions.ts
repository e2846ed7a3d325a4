// The person's choice for each row of a preview: create or skip. Rows with errors stay "skip" (the
// core would refuse them); warnings (possible duplicates) start as "skip" but may be created.
import type { ImportPreview, ImportRow } from '../../../../shared/hosts/import-schema';

export type Action = 'create' | 'skip';
export type Decisions = Record<number, Action>;
export type RowFilter = 'all' | 'problems' | 'create' | 'skip';

export const isLocked = (row: ImportRow) => row.host === null;

/** What the preview proposes. */
export const initialDecisions = (preview: ImportPreview): Decisions =>
  Object.fromEntries(preview.rows.map((r) => [r.line, isLocked(r) ? 'skip' : r.action]));

/** "Skip all rows with problems": every row with an error or a warning is skipped. */
export const skipProblems = (preview: ImportPreview, d: Decisions): Decisions =>
  Object.fromEntries(preview.rows.map((r) => [r.line, r.problems.length > 0 ? 'skip' : (d[r.line] ?? 'skip')]));

/** "Create all rows without errors": possible duplicates included, which the person has seen. */
export const createValid = (preview: ImportPreview): Decisions =>
  Object.fromEntries(preview.rows.map((r) => [r.line, isLocked(r) ? 'skip' : 'create']));

export function setAction(d: Decisions, row: ImportRow, action: Action): Decisions {
  return { ...d, [row.line]: isLocked(row) ? 'skip' : action };
}

export const countCreate = (d: Decisions) => Object.values(d).filter((a) => a === 'create').length;

export function filterRows(rows: ImportRow[], d: Decisions, filter: RowFilter): ImportRow[] {
  if (filter === 'problems') return rows.filter((r) => r.problems.length > 0);
  if (filter === 'create' || filter === 'skip') return rows.filter((r) => d[r.line] === filter);
  return rows;
}

/** The decisions as the commit takes them: one for every row of the preview, blank rows included. */
export const toCommit = (preview: ImportPreview, d: Decisions) =>
  preview.rows.map((r) => ({ line: r.line, action: isLocked(r) ? ('skip' as const) : (d[r.line] ?? 'skip') }));
