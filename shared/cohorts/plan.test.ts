import { describe, expect, test } from 'vitest';
import { collisions, copyProgramme, expandPattern, mondayOf } from './plan';

const s = (title: string, venue: string | null = null) => ({ title, topic: null, venue });

describe('expandPattern', () => {
  // 2026-04-27 is a Monday; 29 April (Wed) is Shōwa Day; 3–6 May are Golden Week holidays.
  const from = '2026-04-27';
  const to = '2026-05-08';

  test('each weekday of the pattern on each such day, holidays skipped and reported', () => {
    const plan = expandPattern({ 1: [s('Japanese', 'Room A')], 3: [s('Culture'), s('Visit')] }, from, to);
    // Mon 4 May and Wed 29 April, 6 May are holidays: only the first Monday is left.
    expect(plan.sessions).toEqual([{ date: '2026-04-27', title: 'Japanese', topic: null, venue: 'Room A' }]);
    expect(plan.holidays.map((h) => [h.holiday.date, h.holiday.nameEn, h.titles])).toEqual([
      ['2026-04-29', 'Showa Day', ['Culture', 'Visit']],
      ['2026-05-03', 'Constitution Memorial Day', []],
      ['2026-05-04', 'Greenery Day', ['Japanese']],
      ['2026-05-05', "Children's Day", []],
      ['2026-05-06', 'Holiday in lieu', ['Culture', 'Visit']],
    ]);
    expect(plan.beyond).toEqual([]);
  });

  test('a full fortnight outside holidays: every day in order, blank titles ignored', () => {
    const plan = expandPattern({ 2: [s('Tue')], 4: [s('Thu'), s('  ')] }, '2026-06-01', '2026-06-14');
    expect(plan.sessions.map((p) => `${p.date} ${p.title}`)).toEqual([
      '2026-06-02 Tue',
      '2026-06-04 Thu',
      '2026-06-09 Tue',
      '2026-06-11 Thu',
    ]);
    expect(plan.sessions[0]).toEqual({ date: '2026-06-02', title: 'Tue', topic: null, venue: null });
    expect(plan.holidays).toEqual([]);
  });

  test('an empty pattern plans nothing but still shows the period’s holidays', () => {
    const plan = expandPattern({}, '2026-04-29', '2026-04-29');
    expect(plan.sessions).toEqual([]);
    expect(plan.holidays).toHaveLength(1);
  });
});

describe('copyProgramme', () => {
  test('mondayOf', () => {
    expect(mondayOf('2026-04-27')).toBe('2026-04-27');
    expect(mondayOf('2026-05-03')).toBe('2026-04-27');
    expect(mondayOf('2026-04-01')).toBe('2026-03-30');
  });

  test('week n, same weekday; holidays skipped; days after the period set aside', () => {
    // Source intro from Wed 2025-04-02: week 0 is 31 Mar – 6 Apr.
    const source = [
      { date: '2025-04-02', ...s('Opening') }, // week 0 Wed
      { date: '2025-04-07', ...s('Japanese 1') }, // week 1 Mon
      { date: '2025-04-30', ...s('Culture') }, // week 4 Wed
      { date: '2025-05-05', ...s('Closing') }, // week 5 Mon
    ];
    // Target intro from Mon 2026-04-06 to 2026-05-05: week 0 is 6–12 April.
    const plan = copyProgramme(source, '2025-04-02', '2026-04-06', '2026-05-05');
    expect(plan.sessions.map((p) => `${p.date} ${p.title}`)).toEqual(['2026-04-08 Opening', '2026-04-13 Japanese 1']);
    // week 4 Wed = 6 May 2026 (beyond); week 5 Mon = 11 May (beyond)
    expect(plan.beyond.map((p) => `${p.date} ${p.title}`)).toEqual(['2026-05-06 Culture', '2026-05-11 Closing']);
    expect(plan.holidays.map((h) => h.holiday.date)).toEqual(['2026-04-29', '2026-05-03', '2026-05-04', '2026-05-05']);
  });

  test('a session landing on a holiday is skipped and named; one before the start is dropped', () => {
    const source = [
      { date: '2025-04-28', ...s('Early Monday') }, // week 0 Mon, before a target starting on Wed
      { date: '2025-04-30', ...s('Wednesday class', 'Hall') }, // week 0 Wed → 2026-04-29 Shōwa Day
      { date: '2025-05-01', ...s('Thursday class') }, // week 0 Thu → 2026-04-30
    ];
    const plan = copyProgramme(source, '2025-04-30', '2026-04-29', '2026-05-28');
    expect(plan.sessions).toEqual([{ date: '2026-04-30', title: 'Thursday class', topic: null, venue: null }]);
    expect(plan.holidays[0]).toMatchObject({ holiday: { date: '2026-04-29' }, titles: ['Wednesday class'] });
  });
});

test('collisions: existing sessions on the planned dates only', () => {
  const found = collisions(
    [{ date: '2026-05-07' }, { date: '2026-05-08' }],
    [
      { date: '2026-05-07', title: 'A' },
      { date: '2026-05-07', title: 'B' },
      { date: '2026-05-09', title: 'C' },
    ],
  );
  expect([...found]).toEqual([['2026-05-07', ['A', 'B']]]);
});
