// Japanese public holidays, from @holiday-jp/holiday_jp (the Cabinet Office's list, kept up by the
// project). Looked up by the ISO date keys of its table rather than through `between()`, which
// compares Date objects in the machine's local time zone: the office is in Singapore, and a day must
// be the same day everywhere.
import holidayJp from '@holiday-jp/holiday_jp';
import type { IsoDate } from '../fiscal-year';

export interface Holiday {
  date: IsoDate;
  /** The name in Japanese, as the Cabinet Office gives it. */
  name: string;
  nameEn: string;
}

type Row = { date: string; name: string; name_en: string };
const TABLE = holidayJp.holidays as unknown as Record<string, Row>;

/** The holiday on `date`, or null (also for a date outside the library's years). */
export function holidayOn(date: IsoDate): Holiday | null {
  const row = TABLE[date];
  return row ? { date: row.date, name: row.name, nameEn: row.name_en } : null;
}

/** The holidays from `from` to `to`, both included, in date order. */
export function holidaysBetween(from: IsoDate, to: IsoDate): Holiday[] {
  if (to < from) return [];
  return Object.keys(TABLE)
    .filter((d) => d >= from && d <= to)
    .sort()
    .map((d) => holidayOn(d) as Holiday);
}

/** The holiday's name in the person's language. */
export function holidayName(h: Holiday, lang: 'en' | 'ja'): string {
  return lang === 'ja' ? h.name : h.nameEn;
}
