// One-time launch codes for the browser mode. The address CLAIR Desk prints (and opens) carries a
// code, never the session token: the page trades the code for the token once, so the address that
// stays in the browser's history opens nothing. Only digests are kept, and every comparison takes
// the same time whatever the bytes, so neither a code nor the token leaks through timing.
import crypto from 'node:crypto';

/** Codes minted and not yet used; the oldest is dropped beyond this (each start or test mints one). */
const MAX_PENDING = 64;

const digest = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest();

/** Whether two secrets are equal, in a time that does not depend on where they differ. */
export function sameSecret(given: string, expected: string): boolean {
  return crypto.timingSafeEqual(digest(given), digest(expected));
}

export interface LaunchCodes {
  /** A new random code, valid until it is used once. */
  mint(): string;
  /** True once for a code that was minted; false for a used or unknown one. */
  redeem(code: string): boolean;
  /** The code no longer opens anything (a newer address replaced it); nothing if it was used. */
  revoke(code: string): void;
  /** Codes not yet used. */
  readonly pending: number;
}

export function launchCodes(): LaunchCodes {
  const pending: Buffer[] = [];
  /** Removes the code from the pending ones; true when it was there. */
  const take = (code: string): boolean => {
    const given = digest(code);
    // Every pending code is compared, so the time taken says nothing about which one matched.
    let found = -1;
    pending.forEach((d, i) => {
      if (crypto.timingSafeEqual(d, given)) found = i;
    });
    if (found < 0) return false;
    pending.splice(found, 1);
    return true;
  };
  return {
    mint() {
      const code = crypto.randomBytes(24).toString('base64url');
      pending.push(digest(code));
      if (pending.length > MAX_PENDING) pending.shift();
      return code;
    },
    redeem: take,
    revoke(code) {
      take(code);
    },
    get pending() {
      return pending.length;
    },
  };
}
