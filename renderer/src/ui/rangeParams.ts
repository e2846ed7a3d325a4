// A range of fiscal years kept in the URL (#/statistics?from=2020&to=2026), so the print view opens
// with the same range and a reload or a bookmark shows the same figures: the statistics and the
// dispatch history read it the same way.
import type { StatsQuery } from '../../../shared/statistics/schema';

export interface YearRange {
  from: number | null;
  to: number | null;
}

const year = (v: string | null) => (v && /^\d{4}$/.test(v) && +v >= 1990 && +v <= 2100 ? Number(v) : null);

export function parseRange(params: URLSearchParams): YearRange {
  const from = year(params.get('from'));
  const to = year(params.get('to'));
  // A reversed range (typed into the URL) reads the right way round.
  return from !== null && to !== null && from > to ? { from: to, to: from } : { from, to };
}

export function rangeParams(range: YearRange, extra: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (range.from !== null) params.set('from', String(range.from));
  if (range.to !== null) params.set('to', String(range.to));
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params;
}

export function toStatsQuery(range: YearRange): StatsQuery {
  return {
    ...(range.from === null ? {} : { fromYear: range.from }),
    ...(range.to === null ? {} : { toYear: range.to }),
  };
}
