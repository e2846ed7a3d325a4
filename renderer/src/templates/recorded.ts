// How the screen says where the files made went in the documents register: the number of one file, or
// the first and last of a cohort's, each written the way the person's language writes it.
import type { TFunction } from 'i18next';
import type { RegisterEntry } from '../../../shared/documents/schema';
import type { Language } from '../../../shared/settings/schema';

/** As the register writes it (documents/labels.ts; a feature does not import another). */
const numberOf = (r: RegisterEntry, lang: Language) => (lang === 'ja' ? r.numberJa : r.numberEn);

export function recordedText(t: TFunction, issued: readonly RegisterEntry[], lang: Language): string {
  const first = issued[0];
  const last = issued[issued.length - 1];
  if (!first || !last) return '';
  if (issued.length === 1) return t('templates.generate.recordedOne', { number: numberOf(first, lang) });
  return t('templates.generate.recordedMany', {
    count: issued.length,
    first: numberOf(first, lang),
    last: numberOf(last, lang),
  });
}
