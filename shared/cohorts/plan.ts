// The introductory month planned in one step: sessions laid out from a weekly pattern, or from an
// earlier cohort's programme by position (week n of its intro, same weekday), over this cohort's
// intro period. Japanese public holidays are skipped and reported, so the person sees what moved.
// Pure: the dialog previews with it and the person edits the result before one write saves it.
import { type Holiday, holidayOn } from '../calendar/holidays';
import { weekdayOf } from '../dates/calendar';
import type { IsoDate } from '../fiscal-year';
import { addDays } from './dates';

/** 0 Sunday … 6 Saturday, as `weekdayOf` counts. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
/** The order a week is shown and counted in: Monday first, as the office's timetable is. */
export const WEEK: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];

export interface SessionDraft {
  title: string;
  topic: string | null;
  venue: string | null;
}

export interface PlannedSession extends SessionDraft {
  date: IsoDate;
}

/** A holiday in the period, with the sessions that would have fallen on it. */
export interface SkippedHoliday {
  holiday: Holiday;
  titles: string[];
}

export interface Plan {
  sessions: PlannedSession[];
  holidays: SkippedHoliday[];
  /** Sessions of a copied programme that land after the intro period ends (a shorter month). */
  beyond: PlannedSession[];
}

export type WeeklyPattern = Partial<Record<Weekday, SessionDraft[]>>;

function* days(from: IsoDate, to: IsoDate): Generator<IsoDate> {
  for (let d = from; d <= to; d = addDays(d, 1)) yield d;
}

/** Sorts a plan's pieces by date; sessions of one day keep their order. */
function finish(sessions: PlannedSession[], holidays: Map<IsoDate, SkippedHoliday>, beyond: PlannedSession[]): Plan {
  const byDate = (a: { date: IsoDate }, b: { date: IsoDate }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  return {
    sessions: sessions.sort(byDate),
    holidays: [...holidays.values()].sort((a, b) => byDate(a.holiday, b.holiday)),
    beyond,
  };
}

/** Every holiday of the period is listed, with or without sessions that fell on it. */
function holidaysOf(from: IsoDate, to: IsoDate): Map<IsoDate, SkippedHoliday> {
  const map = new Map<IsoDate, SkippedHoliday>();
  for (const d of days(from, to)) {
    const holiday = holidayOn(d);
    if (holiday) map.set(d, { holiday, titles: [] });
  }
  return map;
}

/** The pattern's sessions on each day of `from`..`to`, holidays left out. */
export function expandPattern(pattern: WeeklyPattern, from: IsoDate, to: IsoDate): Plan {
  const holidays = holidaysOf(from, to);
  const sessions: PlannedSession[] = [];
  for (const date of days(from, to)) {
    const drafts = (pattern[weekdayOf(date) as Weekday] ?? []).filter((s) => s.title.trim() !== '');
    const skipped = holidays.get(date);
    if (skipped) skipped.titles.push(...drafts.map((s) => s.title));
    else sessions.push(...drafts.map((s) => ({ ...s, date })));
  }
  return finish(sessions, holidays, []);
}

/** The Monday of the week `date` is in. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

const DAY_MS = 86_400_000;
const weeksBetween = (a: IsoDate, b: IsoDate) => Math.round((Date.parse(b) - Date.parse(a)) / (7 * DAY_MS));

/**
 * An earlier programme laid onto `from`..`to`: a session in week n of the source intro (weeks begin
 * on Monday, week 0 holds `sourceStart`) goes to the same weekday of week n here. A day before
 * `from` is dropped (the source began later in its week), one after `to` goes to `beyond`.
 */
export function copyProgramme(source: PlannedSession[], sourceStart: IsoDate, from: IsoDate, to: IsoDate): Plan {
  const holidays = holidaysOf(from, to);
  const sessions: PlannedSession[] = [];
  const beyond: PlannedSession[] = [];
  const base = mondayOf(from);
  for (const s of source) {
    const week = weeksBetween(mondayOf(sourceStart), mondayOf(s.date));
    const date = addDays(base, week * 7 + ((weekdayOf(s.date) + 6) % 7));
    const moved = { ...s, date };
    const skipped = holidays.get(date);
    if (date < from) continue;
    if (date > to) beyond.push(moved);
    else if (skipped) skipped.titles.push(s.title);
    else sessions.push(moved);
  }
  return finish(sessions, holidays, beyond);
}

/** Existing sessions on each date of a plan, so the preview can say where a day is taken already. */
export function collisions(
  plan: { date: IsoDate }[],
  existing: { date: IsoDate; title: string }[],
): Map<IsoDate, string[]> {
  const planned = new Set(plan.map((p) => p.date));
  const out = new Map<IsoDate, string[]>();
  for (const e of existing) {
    if (planned.has(e.date)) out.set(e.date, [...(out.get(e.date) ?? []), e.title]);
  }
  return out;
}
