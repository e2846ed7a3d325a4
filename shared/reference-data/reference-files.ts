// The three reference files CLAIR ships, checked together: what the import screen shows first.
import { checkAcceptedTrainees } from './accepted-trainees';
import { checkCounterparts } from './counterparts';
import { checkDispatchProjects, type DispatchOptions } from './dispatch-projects';
import type { CheckedFile, CheckedTraineeTable, Summary } from './schema';

export interface ReferenceTexts {
  counterparts: string;
  dispatchProjects: string;
  acceptedTrainees: string;
}

export interface CheckedReference {
  counterparts: CheckedFile;
  dispatchProjects: CheckedFile;
  acceptedTrainees: CheckedTraineeTable;
  /** The three files' summaries added up. */
  summary: Summary;
}

export function checkReferenceFiles(texts: ReferenceTexts, options: DispatchOptions = {}): CheckedReference {
  const counterparts = checkCounterparts(texts.counterparts);
  const dispatchProjects = checkDispatchProjects(texts.dispatchProjects, options);
  const acceptedTrainees = checkAcceptedTrainees(texts.acceptedTrainees);
  const summary: Summary = { rows: 0, rowsWithFindings: 0, findings: { error: 0, warning: 0, info: 0 }, byCode: {} };
  for (const { summary: s } of [counterparts, dispatchProjects, acceptedTrainees]) {
    summary.rows += s.rows;
    summary.rowsWithFindings += s.rowsWithFindings;
    summary.findings.error += s.findings.error;
    summary.findings.warning += s.findings.warning;
    summary.findings.info += s.findings.info;
    for (const [code, n] of Object.entries(s.byCode)) summary.byCode[code] = (summary.byCode[code] ?? 0) + n;
  }
  return { counterparts, dispatchProjects, acceptedTrainees, summary };
}
