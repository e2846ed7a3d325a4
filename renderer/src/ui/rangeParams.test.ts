import { describe, expect, test } from 'vitest';
import { parseRange, rangeParams, toStatsQuery } from './rangeParams';

describe('the year range in the URL', () => {
  test('read, written and turned into the query; open ends stay open', () => {
    const range = parseRange(new URLSearchParams('from=2020&to=2026'));
    expect(range).toEqual({ from: 2020, to: 2026 });
    expect(rangeParams(range, { lang: 'ja' }).toString()).toBe('from=2020&to=2026&lang=ja');
    expect(toStatsQuery(range)).toEqual({ fromYear: 2020, toYear: 2026 });
    expect(toStatsQuery(parseRange(new URLSearchParams('to=2024')))).toEqual({ toYear: 2024 });
    expect(rangeParams({ from: null, to: null }).toString()).toBe('');
  });

  test('a reversed range reads the right way round; nonsense is ignored', () => {
    expect(parseRange(new URLSearchParams('from=2026&to=2020'))).toEqual({ from: 2020, to: 2026 });
    expect(parseRange(new URLSearchParams('from=20x6&to=1800'))).toEqual({ from: null, to: null });
  });
});
