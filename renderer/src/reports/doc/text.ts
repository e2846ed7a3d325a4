// How values read in a printed report, in the print's language (not the UI's): names given in both
// languages, fiscal years (with the Japanese era in Japanese), rates, scores with their scale label.
import type { TFunction } from 'i18next';
import { formatFiscalYear } from '../../../../shared/fiscal-year';
import type { ScaleLevel } from '../../../../shared/progress/schema';
import type { Language } from '../../../../shared/settings/schema';
import { prefectureName } from '../../ui/prefectures';

export interface Bilingual {
  nameEn: string;
  nameJa: string;
}

export const nameIn = (b: Bilingual, lang: Language) => (lang === 'ja' ? b.nameJa || b.nameEn : b.nameEn || b.nameJa);
/** The other language's name, when it differs (printed beneath). */
export const otherName = (b: Bilingual, lang: Language) => {
  const other = lang === 'ja' ? b.nameEn : b.nameJa;
  return other && other !== nameIn(b, lang) ? other : null;
};

export const fyText = (fy: number, lang: Language) => formatFiscalYear(fy, lang);

export function rateText(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

/** A period with its dates as the document writes them (`date`, see dates.tsx). */
export function rangeText(
  t: TFunction,
  date: (iso: string) => string,
  start: string | null,
  end: string | null,
): string {
  if (!start && !end) return t('reports.doc.none');
  return t('reports.doc.range', { start: start ? date(start) : '…', end: end ? date(end) : '…' });
}

/** "4 · Good" — the score with its label on the report's scale. */
export function scoreText(score: number | null, scale: readonly ScaleLevel[], lang: Language): string {
  if (score === null) return '—';
  const level = scale.find((l) => l.score === score);
  if (!level) return String(score);
  return `${score} · ${lang === 'ja' ? level.labelJa : level.labelEn}`;
}

export const prefectureText = (code: number, lang: Language) => (code > 0 ? prefectureName(code, lang) : '—');

/** The language a trainee's native-script name is most likely written in, for <span lang>. */
const NATIVE_LANGS: Record<string, string> = {
  TH: 'th',
  KH: 'km',
  LA: 'lo',
  MM: 'my',
  VN: 'vi',
  ID: 'id',
  MY: 'ms',
  PH: 'fil',
  IN: 'hi',
  BN: 'ms',
  SG: 'en',
  TL: 'pt',
};
export const nativeLang = (country: string) => NATIVE_LANGS[country];
