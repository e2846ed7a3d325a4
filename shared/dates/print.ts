// How a printed document shows its dates. The Settings' "Show dates as" decides once a choice is
// saved; until then each language prints as its readers expect: Japanese documents in era dates
// (令和9年4月5日), English ones in Western dates (5 Apr 2027). The screens keep their own default.
import { type DateLang, type FormatDateOptions, formatDate } from './format';

export type DateStyle = FormatDateOptions['style'];

/** `chosen` is the saved choice, or null when none has been saved. */
export function printDateStyle(chosen: DateStyle | null, lang: DateLang): DateStyle {
  return chosen ?? (lang === 'ja' ? 'era' : 'western');
}

/** A printed date: "—" for none, the stored text as it is if it is not a date (formatDate keeps it). */
export function printDateFormatter(chosen: DateStyle | null, lang: DateLang): (iso: string | null) => string {
  const style = printDateStyle(chosen, lang);
  return (iso) => (iso ? formatDate(iso, { lang, style }) : '—');
}
