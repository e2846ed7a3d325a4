// How the Specialist Dispatch records read on screen: state names, the application-window flag and the
// sentence the request form shows while the date is typed, specialists' names in the UI language, and
// the matching reasons in words. Pure (given `t`), so each is tested case by case.
import type { TFunction } from 'i18next';
import { isIsoDate } from '../../../shared/fiscal-year';
import type { Language } from '../../../shared/settings/schema';
import type { MatchResult } from '../../../shared/specialist-dispatch/schema';
import { applicationWindow, windowPosition } from '../../../shared/specialist-dispatch/window';
import { HAPPY_PATH, REQUEST_STATES, type RequestState } from '../../../shared/specialist-dispatch/workflow';
import { dateRange, fyLabel } from '../i18n/format';
import { countOf } from '../i18n/plural';

/** The states in the order of the path a request takes, then the two ways out of it (declined, cancelled). */
export const STATE_ORDER: readonly RequestState[] = [
  ...HAPPY_PATH,
  ...REQUEST_STATES.filter((s) => !HAPPY_PATH.includes(s)),
];

export const stateText = (t: TFunction, state: string) => t(`dispatch.state.${state}`, { defaultValue: state });

/** A name pair in the UI language: the Japanese name first in Japanese when there is one. */
export function personName(p: { nameEn: string; nameJa: string | null }, lang: Language): string {
  return lang === 'ja' && p.nameJa ? p.nameJa : p.nameEn;
}

/** The other language's name, shown beneath (null when it is the same or missing). */
export function otherName(p: { nameEn: string; nameJa: string | null }, lang: Language): string | null {
  if (!p.nameJa) return null;
  return lang === 'ja' ? p.nameEn : p.nameJa;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1 Mar – 30 Apr 2026" / "2026年3月1日〜4月30日" (the window never spans two calendar years). */
export function dayRange(first: string, last: string, lang: Language): string {
  const [y1, m1, d1] = first.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = last.split('-').map(Number) as [number, number, number];
  if (lang === 'ja') {
    return y1 === y2 ? `${y1}年${m1}月${d1}日〜${m2}月${d2}日` : `${y1}年${m1}月${d1}日〜${y2}年${m2}月${d2}日`;
  }
  const en = (m: number) => MONTHS_EN[m - 1] ?? String(m);
  return y1 === y2 ? `${d1} ${en(m1)} – ${d2} ${en(m2)} ${y2}` : `${d1} ${en(m1)} ${y1} – ${d2} ${en(m2)} ${y2}`;
}

/** The list's badge for a request outside its window: "Outside window: 12 days late"; null inside. */
export function windowFlag(t: TFunction, w: { position: 'inside' | 'early' | 'late'; days: number }): string | null {
  if (w.position === 'inside') return null;
  return t(`dispatch.window.flag_${w.position}`, { count: w.days });
}

/**
 * The sentence under the date received, as the person types it: the fiscal year's window and where
 * the date falls. Null until both the year and a whole date are there.
 */
export function windowNote(
  t: TFunction,
  lang: Language,
  fiscalYear: number | null,
  received: string | null,
): { text: string; outside: boolean } | null {
  if (fiscalYear === null || !received || !isIsoDate(received)) return null;
  const w = applicationWindow(fiscalYear);
  const at = windowPosition(received, fiscalYear);
  const vars = { fy: fyLabel(fiscalYear, lang, true), range: dayRange(w.first, w.last, lang), count: at.days };
  return { text: t(`dispatch.window.note_${at.position}`, vars), outside: at.position !== 'inside' };
}

/** A language code in the UI language ("th" → "Thai" / "タイ語"); the code itself when unknown. */
export function languageName(code: string, lang: Language): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

type Reason = MatchResult['matches'][number]['reasons'][number];

/** One matching reason in words, e.g. "Field: Solid Waste Management (exact)". */
export function reasonText(t: TFunction, lang: Language, reason: Reason, country: (code: string) => string): string {
  const p = reason.params ?? {};
  const ja = lang === 'ja';
  const vars: Record<string, string | number> = { ...p };
  if (p.field !== undefined) vars.field = String((ja ? p.fieldJa : p.field) ?? p.field);
  if (p.requestedField !== undefined) {
    vars.requestedField = String((ja ? p.requestedFieldJa : p.requestedField) ?? p.requestedField);
  }
  if (typeof p.country === 'string') vars.country = country(p.country);
  if (typeof p.language === 'string') vars.language = languageName(p.language, lang);
  if (typeof p.start === 'string' && typeof p.end === 'string') vars.period = dateRange(p.start, p.end, lang);
  const key = `dispatch.reason.${reason.code}`;
  return t(key, { ...vars, ...countOf(key, p), defaultValue: reason.code });
}

/** The list of reason codes the screen translates (a test checks each has words in both languages). */
export const REASON_CODES = [
  'field_exact',
  'field_related',
  'field_none',
  'available_full',
  'available_partial',
  'availability_unknown',
  'unavailable',
  'already_dispatched',
  'speaks_country_language',
  'speaks_english',
  'dispatched_to_country',
  'dispatched_in_field',
  'retiree',
] as const;
