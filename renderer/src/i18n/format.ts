// How dates and fiscal years read on screen. Dates stay ISO (YYYY-MM-DD): unambiguous for an office
// that works in English and Japanese; where the fiscal year matters it is added, with the era in Japanese.
import { useTranslation } from 'react-i18next';
import { fiscalYearOf, formatFiscalYear } from '../../../shared/fiscal-year';
import type { Language } from '../../../shared/settings/schema';

export function fyLabel(fy: number, lang: Language, short = false): string {
  if (short) return lang === 'ja' ? `${fy}年度` : `FY${fy}`;
  return formatFiscalYear(fy, lang);
}

/** "2026-04-12 · FY2026" — a date together with the fiscal year it falls in. */
export function dateWithFy(date: string, lang: Language, show: (iso: string) => string = (d) => d): string {
  return `${show(date)} · ${fyLabel(fiscalYearOf(date), lang)}`;
}

/**
 * The one way a period reads on screen: "2026-04-01 – 2027-01-31" in English, "2026-04-01〜2027-01-31"
 * in Japanese. The strings with a period inside a sentence keep the same separators (locales.test.ts
 * holds them to it). A missing end (or start) reads "…".
 */
export const RANGE_SEPARATOR: Record<Language, string> = { en: ' – ', ja: '〜' };
export function dateRange(start: string | null, end: string | null, lang: Language): string {
  return `${start ?? '…'}${RANGE_SEPARATOR[lang]}${end ?? '…'}`;
}

/** An ISO timestamp in local time, to the minute: "2026-04-12 14:03". */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function useLang(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'ja' ? 'ja' : 'en';
}
