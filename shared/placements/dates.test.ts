import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, addMonths, daysBetween, durationOf, overlaps } from './dates';

describe('addDays and daysBetween', () => {
  test.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-29', 1, '2026-03-30'], // a European daylight-saving weekend: still one day
  ])('%s + %i = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(n);
  });
});

describe('addMonths keeps the day and clamps it to shorter months', () => {
  test.each([
    ['2026-04-01', 6, '2026-10-01'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-11-15', 3, '2027-02-15'],
    ['2026-05-31', -3, '2026-02-28'],
  ])('%s + %i months = %s', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });
});

describe('durationOf counts whole months of an inclusive period', () => {
  test.each([
    ['2026-04-01', '2026-09-30', 6, 0],
    ['2026-04-01', '2026-09-29', 5, 29],
    ['2026-04-01', '2027-01-31', 10, 0],
    ['2026-04-01', '2027-02-01', 10, 1],
    ['2026-04-15', '2026-10-14', 6, 0],
    ['2026-04-15', '2026-10-13', 5, 29],
    // Month ends: from 31 Aug, six months end on the day before 28 Feb (or 29 Feb in a leap year).
    ['2026-08-31', '2027-02-27', 6, 0],
    ['2026-08-31', '2027-02-26', 5, 27],
    ['2027-08-31', '2028-02-28', 6, 0],
    ['2027-08-31', '2028-02-27', 5, 28],
    // From 29 Feb of a leap year.
    ['2028-02-29', '2028-08-28', 6, 0],
    ['2028-02-29', '2028-12-28', 10, 0],
    ['2028-02-29', '2028-12-29', 10, 1],
    ['2026-04-01', '2026-04-01', 0, 1],
    ['2026-04-01', '2026-03-31', 0, 0],
    ['2026-04-01', '2026-01-01', 0, 0],
  ])('%s to %s: %i months %i days', (first, last, months, days) => {
    expect(durationOf(first, last)).toEqual({ months, days });
  });

  test('whole months then leftover days add up to the period, for any dates', () => {
    const date = fc.date({ min: new Date('2000-01-01'), max: new Date('2060-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 800 }), (d, span) => {
        const first = d.toISOString().slice(0, 10);
        const last = addDays(first, span);
        const { months, days } = durationOf(first, last);
        expect(addDays(addMonths(first, months), days)).toBe(addDays(last, 1));
        // Whole months means one more would overshoot.
        expect(addMonths(first, months + 1) > addDays(last, 1)).toBe(true);
      }),
    );
  });
});

describe('overlaps: inclusive periods', () => {
  test('a shared last/first day overlaps; the next day does not', () => {
    const a = { start: '2026-07-01', end: '2026-09-30' };
    expect(overlaps(a, { start: '2026-09-30', end: '2026-12-31' })).toBe(true);
    expect(overlaps(a, { start: '2026-10-01', end: '2026-12-31' })).toBe(false);
    expect(overlaps(a, { start: '2026-05-01', end: '2026-07-01' })).toBe(true);
    expect(overlaps(a, { start: '2026-05-01', end: '2026-06-30' })).toBe(false);
    expect(overlaps(a, { start: '2026-08-01', end: '2026-08-01' })).toBe(true);
  });
});
