import { describe, expect, test } from 'vitest';
import { holidayName, holidayOn, holidaysBetween } from './holidays';

describe('Japanese public holidays', () => {
  test('Golden Week 2026: Shōwa Day, then 3–6 May with the substitute holiday', () => {
    expect(holidaysBetween('2026-04-28', '2026-05-07').map((h) => [h.date, h.nameEn])).toEqual([
      ['2026-04-29', 'Showa Day'],
      ['2026-05-03', 'Constitution Memorial Day'],
      ['2026-05-04', 'Greenery Day'],
      ['2026-05-05', "Children's Day"],
      ['2026-05-06', 'Holiday in lieu'],
    ]);
  });

  test('both ends are included; an empty or reversed range has none', () => {
    expect(holidaysBetween('2026-04-29', '2026-04-29')).toHaveLength(1);
    expect(holidaysBetween('2026-04-30', '2026-05-02')).toEqual([]);
    expect(holidaysBetween('2026-05-05', '2026-05-01')).toEqual([]);
  });

  test('a single day, with its name in either language', () => {
    const h = holidayOn('2026-04-29');
    expect(h).toEqual({ date: '2026-04-29', name: '昭和の日', nameEn: 'Showa Day' });
    expect(h && holidayName(h, 'ja')).toBe('昭和の日');
    expect(h && holidayName(h, 'en')).toBe('Showa Day');
    expect(holidayOn('2026-04-30')).toBeNull();
    expect(holidayOn('1800-01-01')).toBeNull();
  });
});
