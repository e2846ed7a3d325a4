// Dates shown back to people, in English or Japanese, Western or era years. Everything here is
// built from the era table, not Intl's japanese calendar, so every build shows the same thing.
import { isIsoDate } from '../fiscal-year';
import { isoParts, weekdayOf } from './calendar';
import { ERAS, type EraDate, toEra } from './era';
import { MONTHS_EN, WEEKDAYS_EN, WEEKDAYS_JA } from './names';

export type DateLang = 'en' | 'ja';

export interface FormatDateOptions {
  lang: DateLang;
  /** 'era' and 'both' fall back to 'western' before Meiji, which has no era here. */
  style: 'western' | 'era' | 'both';
}

/** 令和9年, 令和元年: the first year of an era is written 元年. */
function eraYearJa(era: EraDate): string {
  return `${era.kanji}${era.year === 1 ? '元' : era.year}年`;
}

function formatEnglish(iso: string, era: EraDate | null, style: FormatDateOptions['style']): string {
  const { year, month, day } = isoParts(iso);
  const western = `${day} ${MONTHS_EN[month - 1]?.slice(0, 3)} ${year}`;
  if (style === 'western' || !era) return western;
  const short = `${era.letter}${era.year}.${month}.${day}`;
  return style === 'era' ? short : `${western} (${short})`;
}

function formatJapanese(iso: string, era: EraDate | null, style: FormatDateOptions['style']): string {
  const { year, month, day } = isoParts(iso);
  if (style === 'western' || !era) return `${year}年${month}月${day}日`;
  if (style === 'era') return `${eraYearJa(era)}${month}月${day}日`;
  return `${year}年（${eraYearJa(era)}）${month}月${day}日`;
}

/**
 * en: 5 Apr 2027 · R9.4.5 · 5 Apr 2027 (R9.4.5); ja: 2027年4月5日 · 令和9年4月5日 · 2027年（令和9年）4月5日.
 * A string that is not an ISO date is returned as it is, so a bad stored value stays visible.
 */
export function formatDate(iso: string, { lang, style }: FormatDateOptions): string {
  if (!isIsoDate(iso)) return iso;
  return lang === 'ja' ? formatJapanese(iso, toEra(iso), style) : formatEnglish(iso, toEra(iso), style);
}

/**
 * The date said back in full, to show under a field while someone types, so a misread day or
 * month is caught: en "Monday, 5 April 2027 · Reiwa 9", ja "2027年4月5日（月）· 令和9年".
 */
export function describeDate(iso: string, lang: DateLang): string {
  if (!isIsoDate(iso)) return iso;
  const { year, month, day } = isoParts(iso);
  const weekday = weekdayOf(iso);
  const era = toEra(iso);
  if (lang === 'ja') {
    const date = `${year}年${month}月${day}日（${WEEKDAYS_JA[weekday]}）`;
    return era ? `${date}· ${eraYearJa(era)}` : date;
  }
  const date = `${WEEKDAYS_EN[weekday]}, ${day} ${MONTHS_EN[month - 1]} ${year}`;
  const english = ERAS.find((e) => e.name === era?.era)?.english;
  return era ? `${date} · ${english} ${era.year}` : date;
}
