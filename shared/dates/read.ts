// One reader for every date a person types: ISO, day-first (or month-first) numbers, English month
// names, Japanese 年月日, and Japanese eras. Each format has its own small reader; the first whose
// pattern matches decides, so a matching but impossible date is refused, not tried elsewhere.
import { type DateProblem, fullYear, type IsoResult, isoFrom, problem, weekdayOf } from './calendar';
import { ERA_TOKEN, ERA_YEAR, eraFromToken, eraYearFromToken, fromEra } from './era';
import { monthFromWord, WEEKDAYS_JA, weekdayFromWord } from './names';
import { normalizeDateText } from './normalize';

export type DateFormatName = 'iso' | 'numeric' | 'words' | 'japanese' | 'era';

export type DateReading = { ok: true; iso: string; format: DateFormatName } | DateProblem;

export interface ReadDateOptions {
  /** How to read 05/04/2027: day first (Singapore, the default) or month first. */
  order?: 'dmy' | 'mdy';
}

type Order = NonNullable<ReadDateOptions['order']>;
/** undefined: not this format, try the next one. */
type Reader = (text: string, order: Order) => IsoResult | undefined;

const n = (s: string | undefined): number => Number(s);

const YEAR_FIRST = /^(\d{4}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{1,2})$/;
function readYearFirst(t: string): IsoResult | undefined {
  const m = YEAR_FIRST.exec(t);
  return m ? isoFrom(n(m[1]), n(m[3]), n(m[4])) : undefined;
}

const NUMERIC = /^(\d{1,2}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{2}|\d{4})$/;
function readNumeric(t: string, order: Order): IsoResult | undefined {
  const m = NUMERIC.exec(t);
  if (!m) return undefined;
  const [day, month] = order === 'mdy' ? [n(m[3]), n(m[1])] : [n(m[1]), n(m[3])];
  return isoFrom(fullYear(m[4] as string), month, day);
}

// Letters and digits separate themselves, so only the day and a following year need a separator.
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?[ ./-]*([a-z]+)\.?[ ,./-]*(\d{2}|\d{4})$/;
const MONTH_DAY_YEAR = /^([a-z]+)\.?[ ./-]*(\d{1,2})(?:st|nd|rd|th)?[ ,./-]+(\d{2}|\d{4})$/;
function readWords(t: string): IsoResult | undefined {
  const dmy = DAY_MONTH_YEAR.exec(t);
  const mdy = dmy ? null : MONTH_DAY_YEAR.exec(t);
  const [day, word, year] = dmy ? [dmy[1], dmy[2], dmy[3]] : mdy ? [mdy[2], mdy[1], mdy[3]] : [];
  const month = word === undefined ? undefined : monthFromWord(word);
  return month === undefined ? undefined : isoFrom(fullYear(year as string), month, n(day));
}

const JAPANESE = /^(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日$/;
function readJapanese(t: string): IsoResult | undefined {
  const m = JAPANESE.exec(t);
  return m ? isoFrom(n(m[1]), n(m[2]), n(m[3])) : undefined;
}

const ERA_KANJI = new RegExp(`^${ERA_TOKEN} ?${ERA_YEAR} ?年 ?(\\d{1,2}) ?月 ?(\\d{1,2}) ?日$`);
const ERA_SHORT = new RegExp(`^${ERA_TOKEN} ?${ERA_YEAR} ?([-/.]) ?(\\d{1,2}) ?\\3 ?(\\d{1,2})$`);
function readEraDate(t: string): IsoResult | undefined {
  const kanji = ERA_KANJI.exec(t);
  const short = kanji ? null : ERA_SHORT.exec(t);
  const [token, year, month, day] = kanji ? kanji.slice(1) : short ? [short[1], short[2], short[4], short[5]] : [];
  const era = token === undefined ? undefined : eraFromToken(token);
  if (!era) return undefined;
  return fromEra(era.name, eraYearFromToken(year as string), n(month), n(day));
}

const READERS: ReadonlyArray<readonly [DateFormatName, Reader]> = [
  ['iso', readYearFirst],
  ['numeric', readNumeric],
  ['words', readWords],
  ['japanese', readJapanese],
  ['era', readEraDate],
];

// A weekday may be written with the date: 2027年4月5日(月), 2027/4/5（月曜日）, Monday, 5 April 2027.
const JA_WEEKDAY = /^(.*?) ?\(([日月火水木金土])(?:曜日?)?\)$/;
const EN_WEEKDAY = /^([a-z]+)\.?,? (.*)$/;
function splitWeekday(t: string): { body: string; weekday?: number } {
  const ja = JA_WEEKDAY.exec(t);
  if (ja) return { body: ja[1] as string, weekday: WEEKDAYS_JA.indexOf(ja[2] as (typeof WEEKDAYS_JA)[number]) };
  const en = EN_WEEKDAY.exec(t);
  const weekday = en ? weekdayFromWord(en[1] as string) : undefined;
  return weekday === undefined ? { body: t } : { body: en?.[2] as string, weekday };
}

// Something that names a year, or a year and month, but no day: 令和9年, R9.4, 2027年4月, April 2027.
const INCOMPLETE = [
  new RegExp(`^${ERA_TOKEN} ?${ERA_YEAR} ?年( ?\\d{1,2} ?月)?$`),
  new RegExp(`^${ERA_TOKEN} ?${ERA_YEAR}( ?[-/.] ?\\d{1,2})?$`),
  /^\d{4} ?年( ?\d{1,2} ?月)?$/,
  /^\d{4}( ?[-/.] ?\d{1,2})?$/,
  /^\d{1,2} ?[-/.] ?\d{4}$/,
];
const MONTH_YEAR_WORDS = /^([a-z]+)\.?[ ,./-]*\d{4}$/;
function isIncomplete(t: string): boolean {
  const words = MONTH_YEAR_WORDS.exec(t);
  return INCOMPLETE.some((re) => re.test(t)) || (words !== null && monthFromWord(words[1] as string) !== undefined);
}

/**
 * Reads a typed date into ISO YYYY-MM-DD, or says why not (never throws). Accepts ISO and
 * year-first (2027/04/05, 2027.4.5), numeric day-first or, with order 'mdy', month-first
 * (05/04/2027, 5.4.27), English month names (5 Apr 2027, April 5, 2027, 05-APR-27), Japanese
 * (2027年4月5日(月)) and Japanese eras (令和9年4月5日, 令和元年5月1日, R9.4.5), in full-width too.
 */
export function readDate(text: string, options: ReadDateOptions = {}): DateReading {
  const t = normalizeDateText(text);
  if (t === '') return problem('empty');
  const { body, weekday } = splitWeekday(t);
  for (const [format, read] of READERS) {
    const result = read(body, options.order ?? 'dmy');
    if (!result) continue;
    if (!result.ok) return result;
    // A weekday that does not fit means the day or the weekday was mistyped: say so, guess neither.
    if (weekday !== undefined && weekdayOf(result.iso) !== weekday) {
      return problem('weekday_mismatch', { iso: result.iso, weekday });
    }
    return { ok: true, iso: result.iso, format };
  }
  return problem(isIncomplete(body) ? 'incomplete_date' : 'unreadable');
}
