// The Japanese eras since the Meiji restoration, converted from this table alone: Intl's japanese
// calendar depends on the ICU build (and starts Meiji on a different day), so it is not used here.
//
// Meiji: 明治元年 is Gregorian 1868 and the era starts on 1868-01-25, the Gregorian date of
// 慶応4年1月1日, to which the era name was backdated. Japan kept the lunisolar calendar until
// 明治6年 (1873); earlier Meiji dates are read as Gregorian month and day, not converted from the
// old calendar (no one in this app was born then).
//
// Meiji→Taisho and Taisho→Showa changed on the day the emperor died (即日改元), so that day has
// both names: 1912-07-30 is 明治45年7月30日 and 大正元年7月30日, 1926-12-25 is 大正15年12月25日 and
// 昭和元年12月25日. Both are read; toEra names such a day by the new era, as the edict did.
// Showa→Heisei and Heisei→Reiwa changed at midnight, so those boundaries do not overlap.
import { isIsoDate } from '../fiscal-year';
import { type DateProblem, type IsoResult, isoFrom, problem } from './calendar';
import { normalizeDateText } from './normalize';

export type EraName = 'meiji' | 'taisho' | 'showa' | 'heisei' | 'reiwa';

export interface Era {
  name: EraName;
  kanji: string;
  /** The capital letter used in short forms such as R9.4.5. */
  letter: string;
  english: string;
  /** ISO first and last day; the current era has no last day. */
  first: string;
  last?: string;
}

export const ERAS: readonly Era[] = [
  { name: 'meiji', kanji: '明治', letter: 'M', english: 'Meiji', first: '1868-01-25', last: '1912-07-30' },
  { name: 'taisho', kanji: '大正', letter: 'T', english: 'Taisho', first: '1912-07-30', last: '1926-12-25' },
  { name: 'showa', kanji: '昭和', letter: 'S', english: 'Showa', first: '1926-12-25', last: '1989-01-07' },
  { name: 'heisei', kanji: '平成', letter: 'H', english: 'Heisei', first: '1989-01-08', last: '2019-04-30' },
  { name: 'reiwa', kanji: '令和', letter: 'R', english: 'Reiwa', first: '2019-05-01' },
];

export interface EraDate {
  era: EraName;
  kanji: string;
  letter: string;
  year: number;
}

/** Matches an era written in kanji or as its letter (after normalizeDateText, so lower case). */
export const ERA_TOKEN = '(明治|大正|昭和|平成|令和|[mtshr])';
/** Matches an era year: digits, or 元 for the first year. */
export const ERA_YEAR = '(\\d{1,3}|元)';

const eraOf = (name: EraName): Era => ERAS.find((e) => e.name === name) as Era;

/** Era year 1 is the Gregorian year the era started in. */
const gregorianOffset = (era: Era): number => Number(era.first.slice(0, 4)) - 1;

export function eraFromToken(token: string): Era | undefined {
  return ERAS.find((e) => e.kanji === token || e.letter.toLowerCase() === token.toLowerCase());
}

export function eraYearFromToken(token: string): number {
  return token === '元' ? 1 : Number(token);
}

/** The era and era year of an ISO date; null before Meiji (or for a string that is not a date). */
export function toEra(iso: string): EraDate | null {
  if (!isIsoDate(iso)) return null;
  for (let i = ERAS.length - 1; i >= 0; i--) {
    const era = ERAS[i] as Era;
    if (iso >= era.first) {
      const year = Number(iso.slice(0, 4)) - gregorianOffset(era);
      return { era: era.name, kanji: era.kanji, letter: era.letter, year };
    }
  }
  return null;
}

/** params: the era's name and ISO first and last day (no last day for the current era). */
function outsideEra(era: Era): DateProblem {
  const params: Record<string, string> = { era: era.name, first: era.first };
  if (era.last) params.last = era.last;
  return problem('outside_era', params);
}

/**
 * The ISO date for an era date. A date the era does not cover (平成31年5月1日, 令和元年4月30日) is
 * refused with `outside_era` rather than moved into the neighbouring era: it is most likely a typo.
 */
export function fromEra(era: EraName, year: number, month: number, day: number): IsoResult {
  const e = eraOf(era);
  const date = isoFrom(gregorianOffset(e) + year, month, day);
  if (!date.ok) return date;
  if (date.iso < e.first || (e.last !== undefined && date.iso > e.last)) return outsideEra(e);
  return date;
}

const ERA_YEAR_ONLY = new RegExp(`^${ERA_TOKEN} ?${ERA_YEAR} ?年?$`);
const GREGORIAN_YEAR_ONLY = /^(\d{4}) ?年?$/;

/**
 * A year on its own, for fields that ask only for a year: 平成元年 → 1989, 令和9年 → 2027, R9 → 2027.
 * A Gregorian year (2027, 2027年) is read as itself. An era year that does not exist (平成32年,
 * 大正0年) is refused with `outside_era`; anything else with `empty` or `unreadable`.
 */
export function readEraYear(text: string): { ok: true; year: number } | DateProblem {
  const t = normalizeDateText(text);
  if (t === '') return problem('empty');
  const gregorian = GREGORIAN_YEAR_ONLY.exec(t);
  if (gregorian) return { ok: true, year: Number(gregorian[1]) };
  const m = ERA_YEAR_ONLY.exec(t);
  const era = m ? eraFromToken(m[1] as string) : undefined;
  if (!m || !era) return problem('unreadable');
  const year = gregorianOffset(era) + eraYearFromToken(m[2] as string);
  const lastYear = era.last ? Number(era.last.slice(0, 4)) : Number.POSITIVE_INFINITY;
  if (year <= gregorianOffset(era) || year > lastYear) return outsideEra(era);
  return { ok: true, year };
}
