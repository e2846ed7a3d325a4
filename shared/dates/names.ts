// English month and weekday names as people type them, and the Japanese weekday characters.

export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'] as const;

/** 1–12 for a full English month name, its 3-letter abbreviation or "Sept"; any case. Else undefined. */
export function monthFromWord(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w === 'sept') return 9;
  const i = MONTHS_EN.findIndex((m) => w === m.toLowerCase() || w === m.slice(0, 3).toLowerCase());
  return i < 0 ? undefined : i + 1;
}

/** 0–6 (Sunday first) for an English weekday name or its 3-letter abbreviation; any case. */
export function weekdayFromWord(word: string): number | undefined {
  const w = word.toLowerCase();
  const i = WEEKDAYS_EN.findIndex((d) => w === d.toLowerCase() || w === d.slice(0, 3).toLowerCase());
  return i < 0 ? undefined : i;
}
