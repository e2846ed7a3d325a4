// The ways a dispatch service refuses, each an AppFailure whose codes are i18n keys. A refusal is
// thrown inside the transaction, so nothing of the change is written.
import { AppFailure, type FieldIssue, type Warning } from '../../../shared/result';

export function notFound(what: string, id: number | string): never {
  throw new AppFailure({ code: 'not_found', message: `${what} ${id} does not exist.` });
}

/** The record changed since the person opened it. */
export function assertVersion(what: string, current: number, given: number): void {
  if (current === given) return;
  throw new AppFailure({
    code: 'stale',
    message: `${what} was changed by someone else after you opened it. Reload to see the latest version.`,
  });
}

/** The input is well-formed but names something wrong: a field, a date before the previous one … */
export function invalid(message: string, issues: FieldIssue[]): never {
  throw new AppFailure({ code: 'invalid_input', message, issues });
}

/** The data as it stands does not allow the change (a name taken, a state that has moved on …). */
export function conflict(message: string, issues: FieldIssue[] = []): never {
  throw new AppFailure({ code: 'conflict', message, ...(issues.length > 0 ? { issues } : {}) });
}

/** Warnings stop a save until the person confirms them. */
export function requireConfirmation(warnings: Warning[], confirmed: boolean, message: string): void {
  if (warnings.length === 0 || confirmed) return;
  throw new AppFailure({ code: 'needs_confirmation', message, warnings });
}

export const bool = (v: number) => v === 1;
