// A count split by where it comes from: CLAIR's list of past projects (the reference file) and the
// app's own records. Written "3 + 1" (reference, then app), "+1" when only the app has some, "3" when
// only the list has, "–" for none, so the two stay apart in print without colour.
import type { TFunction } from 'i18next';

export interface Sourced {
  reference: number;
  app: number;
}

export function sourcedParts(c: Sourced): { reference: string | null; app: string | null } {
  if (c.reference === 0 && c.app === 0) return { reference: '–', app: null };
  return {
    reference: c.reference > 0 ? String(c.reference) : null,
    app: c.app > 0 ? (c.reference > 0 ? ` + ${c.app}` : `+${c.app}`) : null,
  };
}

/** The same count in words, for screen readers and tooltips. */
export function sourcedWords(t: TFunction, c: Sourced): string {
  if (c.reference === 0 && c.app === 0) return t('dispatch.history.none');
  return t('dispatch.history.cellWords', { reference: c.reference, app: c.app });
}

export const sum = (c: Sourced) => c.reference + c.app;
