// How the screen says where the files made went in the documents register: the number of one file, or
// the first and last of a cohort's, each written the way the person's language writes it.
import type { TFunction } from 'i18next';
import { printedNumber } from '../../../shared/documents/numbers';
import type { RegisterEntry } from '../../../shared/documents/schema';
import type { Language } from '../../../shared/settings/schema';

export function recordedText(t: TFunction, issued: readonly RegisterEntry[], lang: Language): string {
  const first = issued[0];
  const last = issued[issued.length - 1];
  if (!first || !last) return '';
  if (issued.length === 1) return t('templates.generate.recordedOne', { number: printedNumber(first, lang) });
  return t('templates.generate.recordedMany', {
    count: issued.length,
    first: printedNumber(first, lang),
    last: printedNumber(last, lang),
  });
}
