// The three reference files CLAIR ships, checked together: what the import screen shows first.

import type { TextEncoding } from '../text/encodings';
import { checkAcceptedTrainees } from './accepted-trainees';
import { checkCounterparts } from './counterparts';
import { checkDispatchProjects, type DispatchOptions } from './dispatch-projects';
import { FIELD_VOCABULARY_SEED } from './fields';
import { type RuleContext, ruleContext } from './programme';
import type { CheckedFile, CheckedTraineeTable, ReferenceFile, Summary } from './schema';

export interface ReferenceTexts {
  counterparts: string;
  dispatchProjects: string;
  acceptedTrainees: string;
  /** The encoding each file was read in, when it was read from bytes. */
  encodings?: Partial<Record<ReferenceFile, TextEncoding>>;
}

/** Lines of unclosed quotes a person chose to read as rows, per CSV file. */
export type ReadAsRows = Partial<Record<'counterparts' | 'dispatch_projects', number[]>>;

export interface CheckedReference {
  counterparts: CheckedFile;
  dispatchProjects: CheckedFile;
  acceptedTrainees: CheckedTraineeTable;
  /** The three files' summaries added up. */
  summary: Summary;
  /** What the rules were checked against: a value typed on screen is checked against the same. */
  rules: RuleContext & { fields: string[] };
}

export function checkReferenceFiles(
  texts: ReferenceTexts,
  options: DispatchOptions = {},
  readAsRows: ReadAsRows = {},
): CheckedReference {
  const withEncoding = <T extends CheckedFile>(checked: T): T => {
    const encoding = texts.encodings?.[checked.file];
    return encoding ? { ...checked, encoding } : checked;
  };
  const rules = {
    fiscalYear: options.fiscalYear ?? ruleContext().fiscalYear,
    fields: [...(options.fields ?? FIELD_VOCABULARY_SEED)],
  };
  const counterparts = withEncoding(checkCounterparts(texts.counterparts, readAsRows.counterparts));
  const dispatchProjects = withEncoding(
    checkDispatchProjects(texts.dispatchProjects, { ...rules, readAsRows: readAsRows.dispatch_projects ?? [] }),
  );
  const acceptedTrainees = withEncoding(checkAcceptedTrainees(texts.acceptedTrainees, rules));
  const summary: Summary = { rows: 0, rowsWithFindings: 0, findings: { error: 0, warning: 0, info: 0 }, byCode: {} };
  for (const { summary: s } of [counterparts, dispatchProjects, acceptedTrainees]) {
    summary.rows += s.rows;
    summary.rowsWithFindings += s.rowsWithFindings;
    summary.findings.error += s.findings.error;
    summary.findings.warning += s.findings.warning;
    summary.findings.info += s.findings.info;
    for (const [code, n] of Object.entries(s.byCode)) summary.byCode[code] = (summary.byCode[code] ?? 0) + n;
  }
  return { counterparts, dispatchProjects, acceptedTrainees, summary, rules };
}
