import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isIsoDate } from '../fiscal-year';
import { addDays, periodEnd, resolveCohortDates } from './dates';

describe('periodEnd: N months from a day end the day before that day, N months later', () => {
  test.each([
    ['2026-04-01', 1, '2026-04-30'],
    ['2026-04-15', 1, '2026-05-14'],
    ['2026-03-01', 1, '2026-03-31'],
    ['2026-12-10', 1, '2027-01-09'],
    ['2026-12-01', 1, '2026-12-31'],
    ['2026-04-01', 10, '2027-01-31'],
    ['2026-06-15', 10, '2027-04-14'],
  ])('%s + %i month(s) → %s', (start, months, end) => {
    expect(periodEnd(start, months)).toBe(end);
  });

  test('when the target month has no such day, the period ends on its last day (Civil Code art. 143)', () => {
    expect(periodEnd('2027-01-31', 1)).toBe('2027-02-28');
    expect(periodEnd('2028-01-31', 1)).toBe('2028-02-29');
    expect(periodEnd('2027-01-30', 1)).toBe('2027-02-28');
    expect(periodEnd('2028-01-30', 1)).toBe('2028-02-29');
    expect(periodEnd('2026-03-31', 1)).toBe('2026-04-30');
    expect(periodEnd('2026-05-31', 1)).toBe('2026-06-30');
    expect(periodEnd('2026-05-31', 10)).toBe('2027-03-30'); // 31 March exists: the day before it
    expect(periodEnd('2026-04-30', 10)).toBe('2027-02-28');
    expect(periodEnd('2027-04-30', 10)).toBe('2028-02-29');
  });

  test('a day that exists in the target month: the day before it, leap day included', () => {
    expect(periodEnd('2028-01-29', 1)).toBe('2028-02-28');
    expect(periodEnd('2027-01-29', 1)).toBe('2027-02-28');
    expect(periodEnd('2028-02-29', 1)).toBe('2028-03-28');
    expect(periodEnd('2028-03-01', 1)).toBe('2028-03-31');
    expect(periodEnd('2028-02-01', 1)).toBe('2028-02-29');
    expect(periodEnd('2027-02-01', 1)).toBe('2027-02-28');
    expect(periodEnd('2100-02-01', 1)).toBe('2100-02-28'); // 2100 is not a leap year
  });

  test('always a real date, after the start, within the span of N months', () => {
    const day = fc.integer({ min: 0, max: 200 * 366 }).map((n) => addDays('1950-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 24 }), (start, months) => {
        const end = periodEnd(start, months);
        expect(isIsoDate(end)).toBe(true);
        expect(end >= start).toBe(true);
        // The next period starts the day after: N months later, or the 1st when the day was missing.
        const next = addDays(end, 1);
        expect(next.slice(8) === start.slice(8) || next.slice(8) === '01').toBe(true);
      }),
    );
  });
});

describe('addDays', () => {
  test('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2027-03-31', 1)).toBe('2027-04-01');
    expect(addDays('2027-04-01', -1)).toBe('2027-03-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('resolveCohortDates', () => {
  test('defaults: intro one month, programme from the intro start for ten months', () => {
    expect(resolveCohortDates({ introStart: '2026-04-01' })).toEqual({
      introStart: '2026-04-01',
      introEnd: '2026-04-30',
      programmeStart: '2026-04-01',
      programmeEnd: '2027-01-31',
    });
  });

  test('given dates are kept; a given programme start moves the default programme end', () => {
    expect(
      resolveCohortDates({ introStart: '2026-04-06', introEnd: '2026-05-08', programmeStart: '2026-04-01' }),
    ).toEqual({
      introStart: '2026-04-06',
      introEnd: '2026-05-08',
      programmeStart: '2026-04-01',
      programmeEnd: '2027-01-31',
    });
  });
});
