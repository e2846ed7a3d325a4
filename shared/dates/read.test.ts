import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readDate } from './read';

describe('readDate: every accepted way of writing 5 April 2027', () => {
  test.each([
    ['2027-04-05', 'iso'],
    ['2027/04/05', 'iso'],
    ['2027.4.5', 'iso'],
    ['2027 / 4 / 5', 'iso'],
    ['05/04/2027', 'numeric'],
    ['5/4/27', 'numeric'],
    ['5-4-2027', 'numeric'],
    ['5.4.2027', 'numeric'],
    ['5 Apr 2027', 'words'],
    ['5 April 2027', 'words'],
    ['Apr 5 2027', 'words'],
    ['April 5, 2027', 'words'],
    ['5-Apr-2027', 'words'],
    ['05 APR 27', 'words'],
    ['5th April 2027', 'words'],
    ['apr. 5, 2027', 'words'],
    ['Monday, 5 April 2027', 'words'],
    ['Mon 5 Apr 2027', 'words'],
    ['2027年4月5日', 'japanese'],
    ['2027年04月05日', 'japanese'],
    ['2027年4月5日(月)', 'japanese'],
    ['2027年4月5日（月）', 'japanese'],
    ['2027年4月5日 (月曜日)', 'japanese'],
    ['2027 年 4 月 5 日', 'japanese'],
    ['2027/4/5(月)', 'iso'],
    ['令和9年4月5日', 'era'],
    ['令和9年4月5日（月）', 'era'],
    ['R9.4.5', 'era'],
    ['R9/4/5', 'era'],
    ['r9.4.5', 'era'],
    ['R09.04.05', 'era'],
    ['令和9.4.5', 'era'],
    ['㋿9年4月5日', 'era'],
  ])('%s (%s)', (text, format) => {
    expect(readDate(text)).toEqual({ ok: true, iso: '2027-04-05', format });
  });

  test.each([
    ['２０２７年４月５日', 'japanese'],
    ['Ｒ９．４．５', 'era'],
    ['令和９年４月５日（月）', 'era'],
    ['０５／０４／２０２７', 'numeric'],
    ['５　Ａｐｒ　２０２７', 'words'],
    ['  5   Apr\t2027  ', 'words'],
    ['2027\u20134\u20135', 'iso'],
    ['2027\u22124\u22125', 'iso'],
  ])('full-width, odd dashes and extra spaces: %j', (text, format) => {
    expect(readDate(text)).toEqual({ ok: true, iso: '2027-04-05', format });
  });
});

describe('readDate: every month name', () => {
  test.each([
    ['Jan', 1],
    ['February', 2],
    ['mar', 3],
    ['MAY', 5],
    ['June', 6],
    ['jul', 7],
    ['Aug', 8],
    ['Sep', 9],
    ['Sept', 9],
    ['September', 9],
    ['Oct', 10],
    ['November', 11],
    ['dec', 12],
  ])('%s is month %i', (word, month) => {
    const iso = `2027-${String(month).padStart(2, '0')}-01`;
    expect(readDate(`1 ${word} 2027`)).toMatchObject({ ok: true, iso });
    expect(readDate(`${word} 1, 2027`)).toMatchObject({ ok: true, iso });
  });
});

describe('readDate: day first by default, month first when asked', () => {
  test.each([
    ['05/04/2027', 'dmy', '2027-04-05'],
    ['05/04/2027', 'mdy', '2027-05-04'],
    ['4/5/27', 'mdy', '2027-04-05'],
    ['12.31.2027', 'mdy', '2027-12-31'],
    ['31.12.2027', 'dmy', '2027-12-31'],
    ['2027-04-05', 'mdy', '2027-04-05'],
    ['5 Apr 2027', 'mdy', '2027-04-05'],
    ['Apr 5 2027', 'dmy', '2027-04-05'],
  ] as const)('%s (%s) → %s', (text, order, iso) => {
    expect(readDate(text, { order })).toMatchObject({ ok: true, iso });
  });

  test('two-digit years: 00–69 are 2000s, 70–99 are 1900s', () => {
    expect(readDate('1/1/00')).toMatchObject({ iso: '2000-01-01' });
    expect(readDate('31/12/69')).toMatchObject({ iso: '2069-12-31' });
    expect(readDate('1/1/70')).toMatchObject({ iso: '1970-01-01' });
    expect(readDate('31 Dec 99')).toMatchObject({ iso: '1999-12-31' });
  });
});

describe('readDate: eras', () => {
  test.each([
    ['令和元年5月1日', '2019-05-01'],
    ['H2.11.3', '1990-11-03'],
    ['平成2年11月3日', '1990-11-03'],
    ['平成31年4月30日', '2019-04-30'],
    ['S64.1.7', '1989-01-07'],
    ['昭和64年1月7日', '1989-01-07'],
    ['平成元年1月8日', '1989-01-08'],
    ['T15.12.25', '1926-12-25'],
    ['昭和元年12月25日', '1926-12-25'],
    ['M45.7.29', '1912-07-29'],
    ['明治45年7月30日', '1912-07-30'],
    ['大正元年7月30日', '1912-07-30'],
    ['明治元年1月25日', '1868-01-25'],
    ['m1.1.25', '1868-01-25'],
  ])('%s → %s', (text, iso) => {
    expect(readDate(text)).toEqual({ ok: true, iso, format: 'era' });
  });
});

describe('readDate: refusals, each with its code', () => {
  test.each([
    ['', 'empty', undefined],
    ['   ', 'empty', undefined],
    ['\u3000', 'empty', undefined],
    ['tomorrow', 'unreadable', undefined],
    ['5 Foo 2027', 'unreadable', undefined],
    ['2027-04-05-06', 'unreadable', undefined],
    ['5/4/202', 'unreadable', undefined],
    ['2027-04/05', 'unreadable', undefined],
    ['X9.4.5', 'unreadable', undefined],
    ['1990-02-30', 'impossible_date', { day: 30, month: 2, year: 1990 }],
    ['31/04/2027', 'impossible_date', { day: 31, month: 4, year: 2027 }],
    ['29/02/2027', 'impossible_date', { day: 29, month: 2, year: 2027 }],
    ['29/02/2100', 'impossible_date', { day: 29, month: 2, year: 2100 }],
    ['13/13/2027', 'impossible_date', { day: 13, month: 13, year: 2027 }],
    ['0/1/2027', 'impossible_date', { day: 0, month: 1, year: 2027 }],
    ['31 Sept 2027', 'impossible_date', { day: 31, month: 9, year: 2027 }],
    ['2027年2月29日', 'impossible_date', { day: 29, month: 2, year: 2027 }],
    ['令和9年2月29日', 'impossible_date', { day: 29, month: 2, year: 2027 }],
    ['0999-01-01', 'impossible_date', { day: 1, month: 1, year: 999 }],
    ['平成31年5月1日', 'outside_era', { era: 'heisei', first: '1989-01-08', last: '2019-04-30' }],
    ['令和元年4月30日', 'outside_era', { era: 'reiwa', first: '2019-05-01' }],
    ['昭和64年1月8日', 'outside_era', { era: 'showa', first: '1926-12-25', last: '1989-01-07' }],
    ['大正元年7月29日', 'outside_era', { era: 'taisho', first: '1912-07-30', last: '1926-12-25' }],
    ['明治元年1月24日', 'outside_era', { era: 'meiji', first: '1868-01-25', last: '1912-07-30' }],
    ['R0.4.5', 'outside_era', { era: 'reiwa', first: '2019-05-01' }],
    ['平成元年', 'incomplete_date', undefined],
    ['令和9年', 'incomplete_date', undefined],
    ['令和9年4月', 'incomplete_date', undefined],
    ['R9', 'incomplete_date', undefined],
    ['R9.4', 'incomplete_date', undefined],
    ['2027年4月', 'incomplete_date', undefined],
    ['2027-04', 'incomplete_date', undefined],
    ['04/2027', 'incomplete_date', undefined],
    ['April 2027', 'incomplete_date', undefined],
    ['2027', 'incomplete_date', undefined],
    ['2027年4月5日(火)', 'weekday_mismatch', { iso: '2027-04-05', weekday: 2 }],
    ['Sunday, 5 April 2027', 'weekday_mismatch', { iso: '2027-04-05', weekday: 0 }],
  ])('%j → %s', (text, code, params) => {
    expect(readDate(text)).toEqual(params ? { ok: false, code, params } : { ok: false, code });
  });

  test('leap days follow the Gregorian rule', () => {
    expect(readDate('29/02/2028')).toMatchObject({ ok: true, iso: '2028-02-29' });
    expect(readDate('29/02/2000')).toMatchObject({ ok: true, iso: '2000-02-29' });
    expect(readDate('29/02/2100')).toMatchObject({ ok: false, code: 'impossible_date' });
    expect(readDate('令和10年2月29日')).toMatchObject({ ok: true, iso: '2028-02-29' });
  });

  test('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
        expect(typeof readDate(text).ok).toBe('boolean');
      }),
    );
  });
});
