// The plausibility rules of cohorts, sessions, attendance and status changes, case by case.
import { describe, expect, test } from 'vitest';
import type { Finding } from '../plausibility';
import { resolveCohortDates } from './dates';
import {
  attendanceFinding,
  type CohortDatesInput,
  cohortFindings,
  introFiscalYearFinding,
  sessionFindings,
  transitionFindings,
} from './plausibility';

const TODAY = '2026-06-01';
const summary = (findings: Finding[]) =>
  findings.map((f) => (f.kind === 'refuse' ? `refuse ${f.path} ${f.code}` : `warn ${f.code}`));

/** The defaults: intro 1–30 April, programme 1 April – 31 January. */
const dates = (over: Partial<CohortDatesInput> = {}): CohortDatesInput => ({
  ...resolveCohortDates({ introStart: '2026-04-01' }),
  ...over,
});

describe('cohort dates', () => {
  test('the defaults raise nothing, whatever day the intro starts on', () => {
    for (const introStart of ['2026-04-01', '2026-05-31', '2027-01-31', '2027-03-31', '2026-08-31']) {
      expect(cohortFindings(2026, resolveCohortDates({ introStart }), TODAY)).toEqual([]);
    }
  });

  test.each<[string, Partial<CohortDatesInput>, string[]]>([
    ['an intro start before 1900', { introStart: '1899-04-01' }, ['refuse introStart date_before_1900']],
    [
      'a programme end more than 20 years ahead',
      { programmeEnd: '2047-01-31' },
      ['refuse programmeEnd date_too_far_ahead'],
    ],
    [
      'an intro two fiscal years away',
      { introStart: '2028-04-01', introEnd: '2028-04-30', programmeStart: '2028-04-01', programmeEnd: '2029-01-31' },
      ['refuse introStart intro_far_from_fiscal_year'],
    ],
    [
      'an intro in the next fiscal year',
      { introStart: '2027-04-01', introEnd: '2027-04-30', programmeStart: '2027-04-01', programmeEnd: '2028-01-31' },
      ['warn intro_outside_fiscal_year'],
    ],
    ['an intro of 13 days', { introEnd: '2026-04-13' }, ['warn intro_length_unusual']],
    ['an intro of 14 days', { introEnd: '2026-04-14' }, []],
    ['an intro of 62 days', { introEnd: '2026-06-01' }, []],
    ['an intro of 63 days', { introEnd: '2026-06-02' }, ['warn intro_length_unusual']],
    ['a programme window just under 6 months', { programmeEnd: '2026-09-29' }, ['warn programme_window_too_short']],
    ['a programme window of 6 months', { programmeEnd: '2026-09-30' }, []],
    ['a programme window of 12 months', { programmeEnd: '2027-03-31' }, []],
    ['a programme window over 12 months', { programmeEnd: '2027-04-01' }, ['warn programme_window_too_long']],
  ])('%s', (_, over, expected) => {
    expect(summary(cohortFindings(2026, dates(over), TODAY))).toEqual(expected);
  });

  test('the intro length names its days and the usual range; paths follow the prefix', () => {
    expect(cohortFindings(2026, dates({ introEnd: '2026-04-01' }), TODAY, 'data.')).toContainEqual({
      kind: 'warn',
      code: 'intro_length_unusual',
      params: { start: '2026-04-01', end: '2026-04-01', days: 1, count: 1, min: 14, max: 62 },
    });
    expect(cohortFindings(2026, dates({ introStart: '1850-04-01' }), TODAY, 'data.')).toMatchObject([
      { path: 'data.introStart', code: 'date_before_1900' },
    ]);
  });

  test('the fiscal year rule kept its codes and params', () => {
    expect(introFiscalYearFinding(2026, '2026-03-31', 'introStart')).toEqual({
      kind: 'warn',
      code: 'intro_outside_fiscal_year',
      params: { fiscalYear: 2026, start: '2026-04-01', end: '2027-03-31' },
    });
    expect(introFiscalYearFinding(2026, '2025-03-31', 'introStart')).toEqual({
      kind: 'refuse',
      path: 'introStart',
      code: 'intro_far_from_fiscal_year',
      params: { fiscalYear: 2026 },
    });
    expect(introFiscalYearFinding(2026, '2027-03-31', 'introStart')).toBeNull();
  });
});

test.each([
  ['1899-12-31', ['refuse date date_before_1900']],
  ['2026-04-02', []],
  ['2046-06-02', ['refuse date date_too_far_ahead']],
])('a session dated %s → %o', (date, expected) => {
  expect(summary(sessionFindings(date, TODAY, 'date'))).toEqual(expected);
});

describe('attendance', () => {
  test.each([
    ['2026-05-31', 'present', null],
    ['2026-06-01', 'present', null],
    ['2026-06-02', 'present', 'attendance_in_future'],
    ['2026-06-02', 'late', 'attendance_in_future'],
    ['2026-06-02', 'absent', 'attendance_in_future'],
    ['2026-06-02', 'excused', null],
    ['2026-06-02', null, null],
  ] as const)('a session on %s marked %s → %s', (date, mark, code) => {
    expect(attendanceFinding({ date }, mark, TODAY, 'mark')?.code ?? null).toBe(code);
  });

  test('names the session’s date and today', () => {
    expect(attendanceFinding({ date: '2026-06-10' }, 'present', TODAY, 'marks.0.mark')).toEqual({
      kind: 'refuse',
      path: 'marks.0.mark',
      code: 'attendance_in_future',
      params: { date: '2026-06-10', today: TODAY },
    });
  });
});

describe('status changes', () => {
  const trainee = { dateOfBirth: '1990-05-12' };
  test.each([
    ['2026-04-10', []],
    ['1990-05-12', []],
    ['1990-05-11', ['refuse date date_before_birth']],
    ['1899-01-01', ['refuse date date_before_1900']],
    ['2047-01-01', ['refuse date date_too_far_ahead']],
  ])('effective %s → %o', (date, expected) => {
    expect(summary(transitionFindings(date, trainee, TODAY))).toEqual(expected);
  });
});
