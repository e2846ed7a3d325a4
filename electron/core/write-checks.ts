// The two answers a write can give before it saves, the same on every channel: `stale` when the record
// changed since the person opened it, `needs_confirmation` while warnings are not yet confirmed. The
// renderer's forms act on both (a reload beside the person's edits; the warnings dialog).
import { AppFailure, type Warning } from '../../shared/result';

/** Refuses a change made to an older version; `what` names the record for the message. */
export function assertVersion(what: string, current: number, given: number): void {
  if (current === given) return;
  throw new AppFailure({
    code: 'stale',
    message: `${what} was changed by someone else after you opened it. Reload to see the latest version.`,
  });
}

/** Warnings stop a save until the person confirms them; `message` says what they confirm. */
export function requireConfirmation(warnings: Warning[], confirmed: boolean, message: string): void {
  if (warnings.length === 0 || confirmed) return;
  throw new AppFailure({ code: 'needs_confirmation', message, warnings });
}
