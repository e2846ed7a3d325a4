// The ways a dispatch service refuses, each an AppFailure whose codes are i18n keys. A refusal is
// thrown inside the transaction, so nothing of the change is written.
import { AppFailure, type FieldIssue } from '../../../shared/result';

export function notFound(what: string, id: number | string): never {
  throw new AppFailure({ code: 'not_found', message: `${what} ${id} does not exist.` });
}

/** The input is well-formed but names something wrong: a field, a date before the previous one … */
export function invalid(message: string, issues: FieldIssue[]): never {
  throw new AppFailure({ code: 'invalid_input', message, issues });
}

/** The data as it stands does not allow the change (a name taken, a state that has moved on …). */
export function conflict(message: string, issues: FieldIssue[] = []): never {
  throw new AppFailure({ code: 'conflict', message, ...(issues.length > 0 ? { issues } : {}) });
}

export const bool = (v: number) => v === 1;
