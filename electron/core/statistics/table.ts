// The country × fiscal-year table from grouped counts: pure, so its rules are tested case by case.
// Columns are every fiscal year of the range (years without trainees show 0, as in the source text's
// table); rows are the countries with at least one trainee in the range, in the countries' own order.
import type { CountryYearTable } from '../../../shared/statistics/schema';

export interface CountryInfo {
  code: string;
  nameEn: string;
  nameJa: string;
}

export interface YearCount {
  country: string;
  fiscalYear: number;
  count: number;
}

/** The fiscal years shown: the range asked for, an open end filled from the data; none without either. */
export function yearsOf(range: { fromYear?: number; toYear?: number }, dataYears: number[]): number[] {
  const first = range.fromYear ?? (dataYears.length ? Math.min(...dataYears) : range.toYear);
  const last = range.toYear ?? (dataYears.length ? Math.max(...dataYears) : range.fromYear);
  if (first === undefined || last === undefined) return [];
  const years: number[] = [];
  // An open end beyond the data (from 2030 with data up to 2025) gives that one year, not nothing.
  for (let y = first; y <= Math.max(first, last); y++) years.push(y);
  return years;
}

/**
 * `countries` in display order (a country missing there, e.g. deleted, goes last under its code).
 * Counts outside `years` are ignored.
 */
export function countryYearTable(counts: YearCount[], countries: CountryInfo[], years: number[]): CountryYearTable {
  const column = new Map(years.map((y, i) => [y, i]));
  const byCountry = new Map<string, number[]>();
  for (const c of counts) {
    const i = column.get(c.fiscalYear);
    if (i === undefined || c.count === 0) continue;
    const row = byCountry.get(c.country) ?? years.map(() => 0);
    row[i] = (row[i] ?? 0) + c.count;
    byCountry.set(c.country, row);
  }
  const known = new Set(countries.map((c) => c.code));
  const unknown = [...byCountry.keys()].filter((code) => !known.has(code)).sort();
  const order: CountryInfo[] = [...countries, ...unknown.map((code) => ({ code, nameEn: code, nameJa: code }))];
  const rows = order.flatMap((country) => {
    const row = byCountry.get(country.code);
    if (!row) return [];
    return [{ ...country, counts: row, total: row.reduce((a, b) => a + b, 0) }];
  });
  const totals = years.map((_, i) => rows.reduce((sum, r) => sum + (r.counts[i] ?? 0), 0));
  return { years, rows, totals, grandTotal: totals.reduce((a, b) => a + b, 0) };
}
