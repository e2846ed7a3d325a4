import { expect, test } from 'vitest';
import { printDateFormatter, printDateStyle } from './print';

test('until a choice is saved, Japanese prints era dates and English Western dates', () => {
  expect(printDateStyle(null, 'ja')).toBe('era');
  expect(printDateStyle(null, 'en')).toBe('western');
  expect(printDateFormatter(null, 'ja')('2027-04-05')).toBe('令和9年4月5日');
  expect(printDateFormatter(null, 'ja')('2019-05-01')).toBe('令和元年5月1日');
  expect(printDateFormatter(null, 'en')('2027-04-05')).toBe('5 Apr 2027');
});

test('a saved choice holds in both languages', () => {
  for (const lang of ['en', 'ja'] as const) {
    for (const style of ['western', 'era', 'both'] as const) expect(printDateStyle(style, lang)).toBe(style);
  }
  expect(printDateFormatter('western', 'ja')('2027-04-05')).toBe('2027年4月5日');
  expect(printDateFormatter('era', 'en')('2027-04-05')).toBe('R9.4.5');
  expect(printDateFormatter('both', 'ja')('1991-08-19')).toBe('1991年（平成3年）8月19日');
});

test('no date prints as a dash, and a stored value that is not a date prints as it is', () => {
  expect(printDateFormatter(null, 'ja')(null)).toBe('—');
  expect(printDateFormatter(null, 'ja')('2027-13-40')).toBe('2027-13-40');
});
