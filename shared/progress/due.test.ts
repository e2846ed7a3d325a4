import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, earlier } from '../placements/dates';
import {
  documentState,
  dueState,
  dueWindow,
  finalDue,
  MAX_PLACEMENT_MONTHS,
  midTermDue,
  monthsStartedBy,
  placementMonth,
  placementMonths,
  reportDue,
} from './due';

const periods = (start: string, end: string) => placementMonths(start, end).map((m) => [m.start, m.end]);

const day = fc.integer({ min: 0, max: 4000 }).map((n) => addDays('2024-01-01', n));

describe('placementMonths', () => {
  test('whole calendar months from the 1st', () => {
    expect(periods('2026-05-01', '2026-07-31')).toEqual([
      ['2026-05-01', '2026-05-31'],
      ['2026-06-01', '2026-06-30'],
      ['2026-07-01', '2026-07-31'],
    ]);
  });

  test('from mid-month, each month ends the day before the same day next month', () => {
    expect(periods('2026-04-15', '2026-07-14')).toEqual([
      ['2026-04-15', '2026-05-14'],
      ['2026-05-15', '2026-06-14'],
      ['2026-06-15', '2026-07-14'],
    ]);
  });

  test('the last month is clipped to the placement’s end', () => {
    expect(periods('2026-05-01', '2026-06-10')).toEqual([
      ['2026-05-01', '2026-05-31'],
      ['2026-06-01', '2026-06-10'],
    ]);
    expect(periods('2026-05-01', '2026-05-01')).toEqual([['2026-05-01', '2026-05-01']]);
  });

  test('starting on the 31st: the day is kept where the month has one, clamped where not', () => {
    expect(periods('2026-01-31', '2026-05-30')).toEqual([
      ['2026-01-31', '2026-02-27'],
      ['2026-02-28', '2026-03-30'],
      ['2026-03-31', '2026-04-29'],
      ['2026-04-30', '2026-05-30'],
    ]);
  });

  test('across a leap February', () => {
    expect(periods('2028-01-30', '2028-03-29')).toEqual([
      ['2028-01-30', '2028-02-28'],
      ['2028-02-29', '2028-03-29'],
    ]);
    expect(periods('2027-01-30', '2027-03-29')).toEqual([
      ['2027-01-30', '2027-02-27'],
      ['2027-02-28', '2027-03-29'],
    ]);
    expect(periods('2028-02-29', '2028-04-28')).toEqual([
      ['2028-02-29', '2028-03-28'],
      ['2028-03-29', '2028-04-28'],
    ]);
  });

  test('across the new year', () => {
    expect(periods('2026-11-20', '2027-01-19').at(-1)).toEqual(['2026-12-20', '2027-01-19']);
  });

  test('at most 24 months are tracked', () => {
    expect(placementMonths('2026-01-01', '2029-12-31')).toHaveLength(MAX_PLACEMENT_MONTHS);
  });

  test('monthsStartedBy counts the months begun by a day', () => {
    expect(monthsStartedBy('2026-01-31', '2026-02-27')).toBe(1);
    expect(monthsStartedBy('2026-01-31', '2026-02-28')).toBe(2);
    expect(monthsStartedBy('2028-01-31', '2028-02-28')).toBe(1);
    expect(monthsStartedBy('2028-01-31', '2028-02-29')).toBe(2);
    expect(monthsStartedBy('2026-05-01', '2026-04-30')).toBe(0);
    expect(monthsStartedBy('2026-05-01', '2026-05-01')).toBe(1);
    expect(monthsStartedBy('2026-05-15', '2026-12-14')).toBe(7);
    expect(monthsStartedBy('2026-05-15', '2026-12-15')).toBe(8);
  });

  test('property: monthsStartedBy(start, day) is the number of months starting by that day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -40, max: 800 }), (start, n) => {
        const until = addDays(start, n);
        const starts = placementMonths(start, addDays(start, 800)).filter((m) => m.start <= until);
        expect(monthsStartedBy(start, until)).toBe(starts.length);
      }),
      { numRuns: 500 },
    );
  });

  test('placementMonth picks one month, or null outside the placement', () => {
    expect(placementMonth('2026-01-31', '2026-05-30', 2)).toEqual({ month: 2, start: '2026-02-28', end: '2026-03-30' });
    expect(placementMonth('2026-01-31', '2026-05-30', 5)).toBeNull();
    expect(placementMonth('2026-01-31', '2026-05-30', 0)).toBeNull();
  });

  test('property: the months tile the placement exactly, in order, each at most a calendar month', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 700 }), (start, length) => {
        const end = addDays(start, length);
        const months = placementMonths(start, end);
        expect(months[0]?.start).toBe(start);
        months.forEach((m, i) => {
          expect(m.month).toBe(i + 1);
          expect(m.start <= m.end).toBe(true);
          // No gap, no overlap: each month starts the day after the previous one ends.
          if (i > 0) expect(m.start).toBe(addDays(months[i - 1]?.end ?? '', 1));
          expect(placementMonth(start, end, m.month)).toEqual(m);
        });
        expect(monthsStartedBy(start, end)).toBe(months.length);
        const last = months.at(-1);
        if (months.length < MAX_PLACEMENT_MONTHS) expect(last?.end).toBe(end);
        else expect(last && last.end <= end).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('due dates', () => {
  test('a report is due a week after its month ends', () => {
    expect(reportDue('2026-05-31')).toBe('2026-06-07');
    expect(reportDue('2026-12-28')).toBe('2027-01-04');
    expect(reportDue('2028-02-22')).toBe('2028-02-29');
  });

  test('the mid-term evaluation is due at the middle of the span, the final a week after it ends', () => {
    expect(midTermDue('2026-05-01', '2026-10-31')).toBe('2026-07-31');
    expect(midTermDue('2026-05-01', '2026-05-01')).toBe('2026-05-01');
    expect(midTermDue('2026-05-01', '2026-05-04')).toBe('2026-05-02');
    expect(finalDue('2027-01-31')).toBe('2027-02-07');
  });

  test('state: overdue after the due day, due soon within 14 days, otherwise not listed', () => {
    const today = dueWindow('2026-09-15');
    expect(dueState('2026-09-14', today)).toBe('overdue');
    expect(dueState('2026-09-15', today)).toBe('due_soon');
    expect(dueState('2026-09-29', today)).toBe('due_soon');
    expect(dueState('2026-09-30', today)).toBeNull();
  });

  test('property: only the months started by lastReportMonthStart can have a report listed', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), day, (start, length, today) => {
        const end = addDays(start, length);
        const window = dueWindow(today);
        const listed = (k: number) => {
          const m = placementMonth(start, end, k);
          return m !== null && dueState(reportDue(m.end), window) !== null;
        };
        const all = placementMonths(start, end)
          .filter((m) => listed(m.month))
          .map((m) => m.month);
        const until = earlier(end, window.lastReportMonthStart);
        const kMax = monthsStartedBy(start, until);
        expect(Array.from({ length: kMax }, (_, i) => i + 1).filter(listed)).toEqual(all);
      }),
      { numRuns: 500 },
    );
  });

  test('documents: overdue once expired, due soon within 90 days or before departure', () => {
    const today = dueWindow('2026-09-15');
    expect(documentState('2026-09-14', today, null)).toBe('overdue');
    expect(documentState('2026-09-15', today, null)).toBe('due_soon');
    expect(documentState('2026-12-14', today, null)).toBe('due_soon');
    expect(documentState('2026-12-15', today, null)).toBeNull();
    expect(documentState('2027-01-31', today, '2027-02-20')).toBe('due_soon');
    expect(documentState('2027-02-20', today, '2027-02-20')).toBeNull();
    expect(documentState('2027-03-01', today, '2027-02-20')).toBeNull();
  });
});

describe('the date arithmetic underneath (shared/placements/dates.ts, done without Date objects)', () => {
  const viaDate = (date: string, days: number) =>
    new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  test('property: addDays agrees with Date over four centuries, leap days and century years included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -80_000, max: 80_000 }).map((n) => viaDate('2000-03-01', n)),
        fc.integer({ min: -1000, max: 1000 }),
        (date, n) => {
          expect(addDays(date, n)).toBe(viaDate(date, n));
        },
      ),
      { numRuns: 2000 },
    );
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('1970-01-01', -1)).toBe('1969-12-31');
  });
});
