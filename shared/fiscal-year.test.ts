import { describe, expect, test } from 'vitest';
import {
  currentFiscalYear,
  fiscalYearOf,
  fiscalYearRange,
  formatFiscalYear,
  isIsoDate,
  japaneseEraFiscalYear,
  todayIso,
  workingFiscalYear,
} from './fiscal-year';

describe('fiscalYearOf', () => {
  test('31 March belongs to the previous fiscal year, 1 April starts the next', () => {
    expect(fiscalYearOf('2027-03-31')).toBe(2026);
    expect(fiscalYearOf('2026-04-01')).toBe(2026);
    expect(fiscalYearOf('2026-03-31')).toBe(2025);
    expect(fiscalYearOf('2026-01-01')).toBe(2025);
    expect(fiscalYearOf('2026-12-31')).toBe(2026);
  });

  test('leap days fall in the fiscal year that began the April before', () => {
    expect(fiscalYearOf('2024-02-29')).toBe(2023);
    expect(fiscalYearOf('2028-02-29')).toBe(2027);
  });

  test('a range runs 1 April to 31 March and contains exactly its own dates', () => {
    const { start, end } = fiscalYearRange(2026);
    expect([start, end]).toEqual(['2026-04-01', '2027-03-31']);
    expect(fiscalYearOf(start)).toBe(2026);
    expect(fiscalYearOf(end)).toBe(2026);
  });
});

describe('today and the current fiscal year, from the local clock', () => {
  test('uses the local date, padded', () => {
    expect(todayIso(new Date(2026, 2, 5, 23, 59))).toBe('2026-03-05');
    expect(currentFiscalYear(new Date(2026, 2, 31, 23, 59))).toBe(2025);
    expect(currentFiscalYear(new Date(2026, 3, 1, 0, 0))).toBe(2026);
  });
});

describe('Japanese era names', () => {
  test('FY2026 is 令和8年度', () => {
    expect(japaneseEraFiscalYear(2026)).toBe('令和8年度');
    expect(formatFiscalYear(2026, 'ja')).toBe('2026年度（令和8年度）');
    expect(formatFiscalYear(2026, 'en')).toBe('FY2026');
  });

  test('the year of an era change is named by the era that holds most of it', () => {
    // Reiwa began on 1 May 2019: FY2019 is called 令和元年度 in documents since then.
    expect(japaneseEraFiscalYear(2019)).toBe('令和元年度');
    expect(formatFiscalYear(2019, 'ja')).toBe('2019年度（令和元年度）');
    expect(japaneseEraFiscalYear(2018)).toBe('平成30年度');
    expect(japaneseEraFiscalYear(2020)).toBe('令和2年度');
    // Heisei began on 8 January 1989, late in FY1988.
    expect(japaneseEraFiscalYear(1988)).toBe('昭和63年度');
    expect(japaneseEraFiscalYear(1989)).toBe('平成元年度');
  });
});

describe('isIsoDate', () => {
  test.each(['2026-04-01', '2024-02-29', '2000-02-29', '1999-12-31'])('accepts %s', (value) =>
    expect(isIsoDate(value)).toBe(true),
  );

  test.each([
    '2026-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-4-1',
    '26-04-01',
    '2026/04/01',
    '2026-04-01T00:00:00Z',
    ' 2026-04-01',
    '',
    '２０２６-04-01',
  ])('refuses %j', (value) => expect(isIsoDate(value)).toBe(false));
});

describe('workingFiscalYear: the year new records default to', () => {
  const fy26 = { fiscalYear: 2026, programmeEnd: '2027-06-30' };
  const fy27 = { fiscalYear: 2027, programmeEnd: '2028-06-30' };

  test('the current fiscal year when no cohort is ahead of it', () => {
    expect(workingFiscalYear([], '2026-12-07')).toBe(2026);
    expect(workingFiscalYear([fy26], '2026-12-07')).toBe(2026);
  });

  test('the upcoming cohort as soon as it is created, before its April', () => {
    expect(workingFiscalYear([fy26, fy27], '2026-12-07')).toBe(2027);
    expect(workingFiscalYear([fy27, fy26], '2027-03-31')).toBe(2027);
  });

  test("never behind the current year, even while last year's programme still runs", () => {
    expect(workingFiscalYear([fy26], '2027-05-01')).toBe(2027);
  });

  test('a cohort whose programme has ended does not pull the default forward', () => {
    // A year entered far ahead and already over cannot happen in practice; the rule still holds.
    expect(workingFiscalYear([{ fiscalYear: 2030, programmeEnd: '2026-01-01' }], '2026-12-07')).toBe(2026);
  });

  test('the last day of the programme still counts as running', () => {
    expect(workingFiscalYear([{ fiscalYear: 2027, programmeEnd: '2026-12-07' }], '2026-12-07')).toBe(2027);
  });
});
