// Periods counted in months, the way a Japanese office counts them (Civil Code art. 143): a period of
// N months that starts on day D ends the day before day D, N months later; when that month has no
// day D (31 Jan + 1 month), it ends on that month's last day (28 or 29 Feb). Pure UTC arithmetic on
// ISO dates, so the time zone never shifts a day; shared so the renderer can show the defaults.
import type { IsoDate } from '../fiscal-year';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function iso(d: Date): IsoDate {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function parts(date: IsoDate): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

/** The last day of a period of `months` months starting on `start` (see the file comment). */
export function periodEnd(start: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(start);
  const monthIndex = m - 1 + months;
  const ty = y + Math.floor(monthIndex / 12);
  const tm = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  if (d > lastDay) return iso(new Date(Date.UTC(ty, tm, lastDay)));
  return iso(new Date(Date.UTC(ty, tm, d - 1)));
}

/** The date `days` days after `date` (negative for before). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(date);
  return iso(new Date(Date.UTC(y, m - 1, d + days)));
}

/** The introductory training lasts one month unless the cohort says otherwise. */
export const INTRO_MONTHS = 1;
/** The programme window, counted from the intro's first day, when the cohort does not give one. */
export const PROGRAMME_MONTHS = 10;

export interface CohortDates {
  introStart: IsoDate;
  introEnd: IsoDate;
  programmeStart: IsoDate;
  programmeEnd: IsoDate;
}

/** Fills the dates a person left empty: intro one month, programme from the start for ten months. */
export function resolveCohortDates(d: {
  introStart: IsoDate;
  introEnd?: IsoDate | null;
  programmeStart?: IsoDate | null;
  programmeEnd?: IsoDate | null;
}): CohortDates {
  const programmeStart = d.programmeStart ?? d.introStart;
  return {
    introStart: d.introStart,
    introEnd: d.introEnd ?? periodEnd(d.introStart, INTRO_MONTHS),
    programmeStart,
    programmeEnd: d.programmeEnd ?? periodEnd(programmeStart, PROGRAMME_MONTHS),
  };
}
