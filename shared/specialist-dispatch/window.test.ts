import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays } from '../placements/dates';
import {
  applicationWindow,
  fiscalYearOf,
  isInWindow,
  upcomingWindow,
  windowFiscalYearOf,
  windowPosition,
  windowWarning,
} from './window';

describe('the application window of a fiscal year', () => {
  test('FY2015 opened March–April 2014, as the source says', () => {
    expect(applicationWindow(2015)).toEqual({ fiscalYear: 2015, first: '2014-03-01', last: '2014-04-30' });
    expect(applicationWindow(2027)).toEqual({ fiscalYear: 2027, first: '2026-03-01', last: '2026-04-30' });
  });

  test.each([
    ['2014-02-28', false],
    ['2014-03-01', true],
    ['2014-04-30', true],
    ['2014-05-01', false],
    ['2015-03-15', false], // the next year's window, not this one's
  ])('received %s is inside the FY2015 window: %s', (date, inside) => {
    expect(isInWindow(date, 2015)).toBe(inside);
  });

  test('a leap year does not move the window: 29 February is still before it', () => {
    expect(isInWindow('2028-02-29', 2029)).toBe(false);
    expect(windowPosition('2028-02-29', 2029)).toEqual({ position: 'early', days: 1 });
    expect(windowPosition('2028-02-28', 2029)).toEqual({ position: 'early', days: 2 });
    expect(windowPosition('2027-02-28', 2028)).toEqual({ position: 'early', days: 1 });
  });
});

describe('which window a date falls in', () => {
  test.each([
    ['2014-03-01', 2015],
    ['2014-04-30', 2015],
    ['2026-03-31', 2027],
    ['2026-04-01', 2027],
    ['2014-02-28', null],
    ['2014-05-01', null],
    ['2014-12-31', null],
    ['2014-01-01', null],
  ])('%s → FY%s', (date, fy) => {
    expect(windowFiscalYearOf(date)).toBe(fy);
  });

  test('the window open on a date, else the next to open', () => {
    expect(upcomingWindow('2026-01-10').fiscalYear).toBe(2027);
    expect(upcomingWindow('2026-02-28').fiscalYear).toBe(2027);
    expect(upcomingWindow('2026-03-01').fiscalYear).toBe(2027);
    expect(upcomingWindow('2026-04-30').fiscalYear).toBe(2027);
    expect(upcomingWindow('2026-05-01').fiscalYear).toBe(2028);
    expect(upcomingWindow('2026-12-31').fiscalYear).toBe(2028);
  });

  test('the Japanese fiscal year of a window date is not the year it is for', () => {
    // A request in March 2026 arrives in FY2025 and asks for FY2027.
    expect(fiscalYearOf('2026-03-15')).toBe(2025);
    expect(fiscalYearOf('2026-04-01')).toBe(2026);
    expect(windowFiscalYearOf('2026-03-15')).toBe(2027);
  });
});

describe('days early or late, and the flag', () => {
  test.each([
    ['2014-02-28', 'early', 1],
    ['2013-12-31', 'early', 60],
    ['2014-03-01', 'inside', 0],
    ['2014-04-30', 'inside', 0],
    ['2014-05-01', 'late', 1],
    ['2014-06-30', 'late', 61],
    ['2015-03-01', 'late', 305],
  ] as const)('received %s for FY2015: %s by %i', (date, position, days) => {
    expect(windowPosition(date, 2015)).toEqual({ position, days });
  });

  test('flagged outside the window (never refused), nothing inside', () => {
    expect(windowWarning('2014-04-10', 2015)).toBeNull();
    expect(windowWarning('2014-05-02', 2015)).toEqual({
      code: 'received_after_window',
      params: { fiscalYear: 2015, first: '2014-03-01', last: '2014-04-30', received: '2014-05-02', days: 2 },
    });
    expect(windowWarning('2014-02-27', 2015)?.code).toBe('received_before_window');
    expect(windowWarning('2014-02-27', 2015)?.params?.days).toBe(2);
  });

  test('any date: inside exactly when its window is the fiscal year, and the days count back to the edge', () => {
    const date = fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(date, fc.integer({ min: 1990, max: 2102 }), (d, fy) => {
        const iso = d.toISOString().slice(0, 10);
        const at = windowPosition(iso, fy);
        const w = applicationWindow(fy);
        expect(at.position === 'inside').toBe(windowFiscalYearOf(iso) === fy);
        expect(at.position === 'inside').toBe(isInWindow(iso, fy));
        expect(windowWarning(iso, fy) === null).toBe(at.position === 'inside');
        if (at.position === 'early') expect(addDays(iso, at.days)).toBe(w.first);
        if (at.position === 'late') expect(addDays(w.last, at.days)).toBe(iso);
        // The upcoming window never lies behind the date and holds it or opens after it.
        const next = upcomingWindow(iso);
        expect(next.last >= iso).toBe(true);
        expect(isInWindow(iso, next.fiscalYear) || next.first > iso).toBe(true);
      }),
    );
  });
});
