// The shared pieces of the plausibility rules, case by case.
import { describe, expect, test } from 'vitest';
import {
  ageOn,
  dateInRange,
  fiscalYearInRange,
  issuesOf,
  latestDate,
  newWarnings,
  refuse,
  warn,
  warningsOf,
} from './plausibility';

const TODAY = '2026-06-01';

describe('dateInRange: 1900-01-01 … today + 20 years, both ends included', () => {
  test.each([
    ['1900-01-01', null],
    ['1899-12-31', 'date_before_1900'],
    ['0001-01-01', 'date_before_1900'],
    ['2026-06-01', null],
    ['2046-06-01', null],
    ['2046-06-02', 'date_too_far_ahead'],
    ['2100-01-01', 'date_too_far_ahead'],
  ])('%s → %s', (value, code) => {
    const finding = dateInRange('data.x', value, TODAY);
    expect(finding?.kind === 'refuse' ? finding.code : null).toBe(code);
    if (finding?.kind === 'refuse') expect(finding.path).toBe('data.x');
  });

  test('names the limits it applies, and leaves an empty date alone', () => {
    expect(dateInRange('d', '1850-02-03', TODAY)).toEqual(
      refuse('d', 'date_before_1900', { value: '1850-02-03', earliest: '1900-01-01' }),
    );
    expect(dateInRange('d', '2050-01-01', TODAY)).toEqual(
      refuse('d', 'date_too_far_ahead', { value: '2050-01-01', latest: '2046-06-01', years: 20 }),
    );
    expect(dateInRange('d', null, TODAY)).toBeNull();
    expect(dateInRange('d', '', TODAY)).toBeNull();
  });

  test('a feature may give the rule its own codes', () => {
    const codes = { early: 'x_early', late: 'x_late' };
    expect(dateInRange('d', '1800-01-01', TODAY, codes)).toMatchObject({ code: 'x_early' });
    expect(dateInRange('d', '2090-01-01', TODAY, codes)).toMatchObject({ code: 'x_late' });
  });

  test('today + 20 years from a leap day is 28 February', () => {
    expect(latestDate('2028-02-29')).toBe('2048-02-29');
    expect(latestDate('2024-02-29')).toBe('2044-02-29');
    expect(latestDate('2027-02-28')).toBe('2047-02-28');
  });
});

test.each([
  [2046, null],
  [2047, 'fiscal_year_too_far_ahead'],
])('fiscalYearInRange: FY%i with today in FY2026 → %s', (fy, code) => {
  expect(fiscalYearInRange('fiscalYear', fy, TODAY)?.code ?? null).toBe(code);
});

test.each([
  ['1990-05-12', '2026-05-11', 35],
  ['1990-05-12', '2026-05-12', 36],
  ['2000-02-29', '2020-02-28', 19],
  ['2000-02-29', '2020-02-29', 20],
  ['2000-02-29', '2021-02-28', 20],
  ['2000-02-29', '2021-03-01', 21],
  ['2006-06-02', '2026-06-01', 19],
])('ageOn(%s, %s) = %i', (birth, on, age) => {
  expect(ageOn(birth, on)).toBe(age);
});

test('findings split into field issues and warnings', () => {
  const findings = [refuse('a', 'x', { v: 1 }), warn('y', { w: 'z' })];
  expect(issuesOf(findings)).toEqual([{ path: 'a', code: 'x', params: { v: 1 } }]);
  expect(warningsOf(findings)).toEqual([{ code: 'y', params: { w: 'z' } }]);
});

test('newWarnings keeps only what the before state did not raise (same code and params)', () => {
  const a = { code: 'a', params: { n: 1 } };
  const a2 = { code: 'a', params: { n: 2 } };
  const b = { code: 'b', params: {} };
  expect(newWarnings([a, b], [a])).toEqual([b]);
  expect(newWarnings([a2], [a])).toEqual([a2]);
  expect(newWarnings([], [a])).toEqual([]);
});
