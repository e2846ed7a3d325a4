// Refusals and warnings of the cohort services, each a code (an i18n key) with a plain English message.
import { AppFailure, type ErrorCode, type FieldIssue, type Warning } from '../../../shared/result';
import { describeWarnings } from '../plausibility';

const WARNING_TEXT: Record<string, string> = {
  intro_outside_fiscal_year: 'The introductory training starts outside the cohort’s fiscal year',
  sessions_outside_intro: 'Some sessions fall outside the new introductory period',
  session_outside_intro: 'The session is dated outside the introductory period',
  planned_outside_intro: 'Some planned sessions are dated outside the introductory period',
  session_has_attendance: 'The session has attendance marks, which will be deleted with it',
};

/** What a cohort's warnings ask the person to confirm, for the needs_confirmation answer. */
export function confirmMessage(warnings: Warning[]): string {
  return `Please confirm: ${warnings.map((w) => WARNING_TEXT[w.code] ?? describeWarnings([w])).join('; ')}.`;
}

export function refuse(code: ErrorCode, message: string, issues?: FieldIssue[]): never {
  throw new AppFailure({ code, message, ...(issues ? { issues } : {}) });
}
