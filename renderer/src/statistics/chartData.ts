// The statistics as chart series: pure, so the screen's and the print's charts draw the same thing.
// Each country keeps its colour whatever the range (colours by code, not by position in the table).
import type { Language } from '../../../shared/settings/schema';
import type { Statistics } from './queries';

/** Distinct on screen and in print, and apart in lightness for readers who see fewer hues. */
const PALETTE = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
  '#393b79',
  '#ad494a',
];
const BY_CODE: Record<string, number> = {
  TH: 0,
  ID: 1,
  PH: 2,
  VN: 3,
  MM: 4,
  MY: 5,
  LA: 6,
  KH: 7,
  BN: 8,
  SG: 9,
  TL: 10,
  IN: 11,
};

export function countryColor(code: string): string {
  const known = BY_CODE[code];
  if (known !== undefined) return PALETTE[known] as string;
  let hash = 0;
  for (const ch of code) hash = (hash * 31 + ch.charCodeAt(0)) % PALETTE.length;
  return PALETTE[hash] as string;
}

export const nameIn = (item: { nameEn: string; nameJa: string }, lang: Language) =>
  lang === 'ja' ? item.nameJa || item.nameEn : item.nameEn;

export interface Series {
  name: string;
  label: string;
  color: string;
}

/** One bar per fiscal year, stacked by country: rows `{ year: 'FY2026', TH: 3, … }`. */
export function byYear(stats: Statistics, yearLabel: (fy: number) => string, lang: Language) {
  const { years, rows } = stats.countryYear;
  const data = years.map((fy, i) => {
    const row: Record<string, string | number> = { year: yearLabel(fy) };
    for (const r of rows) row[r.code] = r.counts[i] ?? 0;
    return row;
  });
  const series: Series[] = rows.map((r) => ({ name: r.code, label: nameIn(r, lang), color: countryColor(r.code) }));
  return { data, series };
}

/** One bar per country: its total over the range. */
export function byCountry(stats: Statistics, lang: Language) {
  return stats.countryYear.rows.map((r) => ({ name: nameIn(r, lang), code: r.code, count: r.total }));
}

export function byField(stats: Statistics, lang: Language) {
  return stats.byField.map((f) => ({ name: nameIn(f, lang), count: f.count }));
}
