// The decisions a person takes on the check's findings, kept by finding id until Import sends them.
// Pure: which choices a finding offers, "all at once" actions, what blocks the import, and the input
// of referenceData.import (decisions with the hashes of the files as checked).

import type { TypedValueCheck } from '../../../shared/import-rules';
import { applyDecisions, decideAll } from '../../../shared/reference-data/decisions';
import type { ReferenceCheck, ReferenceImportInput } from '../../../shared/reference-data/import-schema';
import { checkDecisionValue } from '../../../shared/reference-data/rules';
import type { CheckedFile, Decision, Finding, ReferenceFile, StoredRow } from '../../../shared/reference-data/schema';

export type DecisionMap = Readonly<Record<string, Decision>>;
export type Choice = Decision['choice'];

/** The check's three files in the order the screen shows them. */
export function filesOf(check: ReferenceCheck): CheckedFile[] {
  return [check.counterparts, check.dispatchProjects, check.acceptedTrainees];
}

/**
 * The choices a finding offers: its suggestion when it has one, as printed, a typed value when the
 * finding names a column of the file (the trainee table's figures are not typed over), leaving the row out.
 */
export function choicesFor(finding: Finding, columns: string[]): Choice[] {
  const out: Choice[] = [];
  if (finding.suggestion) out.push('accept');
  out.push('keep');
  if (editColumn(finding, columns) !== null) out.push('edit');
  out.push('exclude');
  return out;
}

/** The column "type a value" changes: the suggestion's, else the finding's, when the file has it. */
export function editColumn(finding: Finding, columns: string[]): string | null {
  if (finding.file === 'accepted_trainees') return null;
  const column = finding.suggestion?.column ?? finding.column;
  return column !== null && columns.includes(column) ? column : null;
}

export function decide(map: DecisionMap, decision: Decision): DecisionMap {
  return { ...map, [decision.findingId]: decision };
}

/** "All at once": the choice for every finding of the file not decided yet (accept: those with a suggestion). */
export function decideRest(map: DecisionMap, file: CheckedFile, choice: 'accept' | 'keep'): DecisionMap {
  const open = (f: Finding) => !(f.id in map) && (choice !== 'accept' || f.suggestion !== undefined);
  const next = { ...map };
  for (const d of decideAll(file.findings, choice, open)) next[d.findingId] = d;
  return next;
}

/** Forgets the decisions on one file's findings. */
export function clearFile(map: DecisionMap, file: CheckedFile): DecisionMap {
  const ids = new Set(file.findings.map((f) => f.id));
  return Object.fromEntries(Object.entries(map).filter(([id]) => !ids.has(id)));
}

/** What each row of the file would be stored as, with the decisions taken so far. */
export function storedRows(file: CheckedFile, map: DecisionMap): StoredRow[] {
  return applyDecisions(file.rows, file.findings, Object.values(map));
}

/** Error findings nobody has decided on, over the three files: Import waits for them. */
export function blockingFindings(check: ReferenceCheck, map: DecisionMap): Finding[] {
  return filesOf(check).flatMap((f) => f.findings.filter((x) => x.severity === 'error' && !(x.id in map)));
}

/**
 * A value typed for a row, checked by the file's row rules as the core will check it: against the
 * row as it stands without this value (printed, with the other decisions applied).
 */
export function typedCheck(
  check: Pick<ReferenceCheck, 'rules'>,
  file: CheckedFile,
  row: StoredRow,
  column: string,
  value: string,
): TypedValueCheck | null {
  const without = { ...row.values, [column]: row.printed[column] ?? '' };
  return checkDecisionValue(file.file, without, column, value, check.rules);
}

/** The values typed for one file's findings, each with whether it breaks its rule. */
function typedEdits(
  check: Pick<ReferenceCheck, 'rules'>,
  file: CheckedFile,
  map: DecisionMap,
): { decision: Extract<Decision, { choice: 'edit' }>; lines: number[]; refused: boolean }[] {
  const rows = new Map(storedRows(file, map).map((r) => [r.line, r]));
  return file.findings.flatMap((f) => {
    const d = map[f.id];
    const row = rows.get(f.line);
    if (d?.choice !== 'edit' || !row || row.excluded) return [];
    return [{ decision: d, lines: f.lines, refused: !!typedCheck(check, file, row, d.column, d.value)?.refused }];
  });
}

/** Typed values that break their rule, over the three files: Import waits for them too. */
export function refusedEdits(check: ReferenceCheck, map: DecisionMap): Decision[] {
  return filesOf(check).flatMap((file) =>
    typedEdits(check, file, map)
      .filter((e) => e.refused)
      .map((e) => e.decision),
  );
}

/** The cells ("line:column") whose typed value breaks its rule: shown as refused, never as stored. */
export function refusedCells(check: Pick<ReferenceCheck, 'rules'>, file: CheckedFile, map: DecisionMap): Set<string> {
  return new Set(
    typedEdits(check, file, map)
      .filter((e) => e.refused)
      .flatMap((e) => e.lines.map((line) => `${line}:${e.decision.column}`)),
  );
}

const HASH_KEY: Record<
  ReferenceFile,
  keyof Pick<ReferenceCheck, 'counterparts' | 'dispatchProjects' | 'acceptedTrainees'>
> = { counterparts: 'counterparts', dispatch_projects: 'dispatchProjects', accepted_trainees: 'acceptedTrainees' };

export function importInput(check: ReferenceCheck, map: DecisionMap): ReferenceImportInput {
  const files = Object.keys(HASH_KEY) as ReferenceFile[];
  const known = new Set(filesOf(check).flatMap((f) => f.findings.map((x) => x.id)));
  return {
    files,
    decisions: Object.values(map).filter((d) => known.has(d.findingId)),
    hashes: Object.fromEntries(files.map((file) => [file, check[HASH_KEY[file]].contentHash])),
  };
}
