import { describe, expect, test } from 'vitest';
import { describeDate, formatDate } from './format';

describe('formatDate', () => {
  test.each([
    ['2027-04-05', 'en', 'western', '5 Apr 2027'],
    ['2027-04-05', 'en', 'era', 'R9.4.5'],
    ['2027-04-05', 'en', 'both', '5 Apr 2027 (R9.4.5)'],
    ['2027-04-05', 'ja', 'western', '2027年4月5日'],
    ['2027-04-05', 'ja', 'era', '令和9年4月5日'],
    ['2027-04-05', 'ja', 'both', '2027年（令和9年）4月5日'],
    ['2019-05-01', 'ja', 'era', '令和元年5月1日'],
    ['2019-05-01', 'ja', 'both', '2019年（令和元年）5月1日'],
    ['2019-05-01', 'en', 'era', 'R1.5.1'],
    ['2019-04-30', 'ja', 'era', '平成31年4月30日'],
    ['1990-11-03', 'en', 'both', '3 Nov 1990 (H2.11.3)'],
    ['1926-12-25', 'ja', 'era', '昭和元年12月25日'],
    ['1912-07-30', 'en', 'era', 'T1.7.30'],
    ['1868-01-25', 'ja', 'era', '明治元年1月25日'],
    ['1868-01-24', 'ja', 'era', '1868年1月24日'], // before Meiji: no era, so Western
    ['1868-01-24', 'en', 'both', '24 Jan 1868'],
    ['2027-09-30', 'en', 'western', '30 Sep 2027'],
    ['not a date', 'en', 'western', 'not a date'],
    ['2027-02-30', 'ja', 'era', '2027-02-30'],
  ] as const)('%s %s %s → %s', (iso, lang, style, text) => {
    expect(formatDate(iso, { lang, style })).toBe(text);
  });
});

describe('describeDate', () => {
  test.each([
    ['2027-04-05', 'en', 'Monday, 5 April 2027 · Reiwa 9'],
    ['2027-04-05', 'ja', '2027年4月5日（月）· 令和9年'],
    ['2019-05-01', 'en', 'Wednesday, 1 May 2019 · Reiwa 1'],
    ['2019-05-01', 'ja', '2019年5月1日（水）· 令和元年'],
    ['1989-01-07', 'en', 'Saturday, 7 January 1989 · Showa 64'],
    ['2028-02-29', 'ja', '2028年2月29日（火）· 令和10年'],
    ['1868-01-01', 'en', 'Wednesday, 1 January 1868'],
    ['1868-01-01', 'ja', '1868年1月1日（水）'],
    ['', 'en', ''],
  ] as const)('%s %s → %s', (iso, lang, text) => {
    expect(describeDate(iso, lang)).toBe(text);
  });
});
