import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ERAS, fromEra, readEraYear, toEra } from './era';
import { readDate } from './read';

const DAY = 86_400_000;
const isoOfDay = (n: number): string => new Date(n * DAY).toISOString().slice(0, 10);
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;
const addDays = (iso: string, days: number): string => isoOfDay(dayOf(iso) + days);

describe('toEra', () => {
  test.each([
    ['2027-04-05', 'reiwa', '令和', 'R', 9],
    ['2019-05-01', 'reiwa', '令和', 'R', 1],
    ['2019-04-30', 'heisei', '平成', 'H', 31],
    ['1989-01-08', 'heisei', '平成', 'H', 1],
    ['1989-01-07', 'showa', '昭和', 'S', 64],
    ['1926-12-25', 'showa', '昭和', 'S', 1],
    ['1926-12-24', 'taisho', '大正', 'T', 15],
    ['1912-07-30', 'taisho', '大正', 'T', 1],
    ['1912-07-29', 'meiji', '明治', 'M', 45],
    ['1868-01-25', 'meiji', '明治', 'M', 1],
  ])('%s → %s %s %s %i', (iso, era, kanji, letter, year) => {
    expect(toEra(iso)).toEqual({ era, kanji, letter, year });
  });

  test('null before Meiji, and for what is not a date', () => {
    expect(toEra('1868-01-24')).toBeNull();
    expect(toEra('1850-06-01')).toBeNull();
    expect(toEra('R9.4.5')).toBeNull();
    expect(toEra('2027-02-30')).toBeNull();
  });

  // Intl's japanese calendar starts Meiji in 1868 on another day, and uses the old calendar's
  // numbering before 1873; from 1873 on it should agree with the table, where ICU has the data.
  const intl = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });
  test.runIf(intl.resolvedOptions().calendar === 'japanese')('agrees with Intl from 1873 (same ICU era data)', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayOf('1873-01-01'), max: dayOf('2100-12-31') }), (n) => {
        const parts = intl.formatToParts(new Date(n * DAY + DAY / 2));
        const era = toEra(isoOfDay(n));
        const year = parts.find((p) => p.type === 'year')?.value;
        expect(parts.find((p) => p.type === 'era')?.value).toBe(era?.kanji);
        expect(year === '元' ? 1 : Number(year)).toBe(era?.year);
      }),
    );
  });
});

describe('fromEra', () => {
  test('converts inside the era, refuses outside it', () => {
    expect(fromEra('reiwa', 9, 4, 5)).toEqual({ ok: true, iso: '2027-04-05' });
    expect(fromEra('heisei', 31, 5, 1)).toMatchObject({ ok: false, code: 'outside_era' });
    expect(fromEra('heisei', 2, 2, 30)).toMatchObject({ ok: false, code: 'impossible_date' });
  });

  test('every era: its first and last day are inside, the days around them are outside', () => {
    for (const era of ERAS) {
      const offset = Number(era.first.slice(0, 4)) - 1;
      const at = (iso: string) => fromEra(era.name, Number(iso.slice(0, 4)) - offset, +iso.slice(5, 7), +iso.slice(8));
      expect(at(era.first)).toEqual({ ok: true, iso: era.first });
      expect(at(addDays(era.first, -1))).toMatchObject({ ok: false, code: 'outside_era', params: { era: era.name } });
      if (era.last) {
        expect(at(era.last)).toEqual({ ok: true, iso: era.last });
        expect(at(addDays(era.last, 1))).toMatchObject({ ok: false, code: 'outside_era', params: { last: era.last } });
      }
    }
  });
});

describe('era boundaries, as typed', () => {
  test.each([
    ['明治45年7月29日', '1912-07-29'],
    ['明治45年7月30日', '1912-07-30'], // the day of the change has both names
    ['大正元年7月30日', '1912-07-30'],
    ['明治45年7月31日', 'outside_era'],
    ['大正元年7月29日', 'outside_era'],
    ['大正15年12月24日', '1926-12-24'],
    ['大正15年12月25日', '1926-12-25'], // ditto
    ['昭和元年12月25日', '1926-12-25'],
    ['大正15年12月26日', 'outside_era'],
    ['昭和元年12月24日', 'outside_era'],
    ['昭和64年1月7日', '1989-01-07'],
    ['平成元年1月8日', '1989-01-08'],
    ['昭和64年1月8日', 'outside_era'],
    ['平成元年1月7日', 'outside_era'],
    ['平成31年4月30日', '2019-04-30'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成31年5月1日', 'outside_era'],
    ['令和元年4月30日', 'outside_era'],
    ['H31.4.30', '2019-04-30'],
    ['R1.5.1', '2019-05-01'],
    ['H31.5.1', 'outside_era'],
    ['R1.4.30', 'outside_era'],
  ])('%s → %s', (text, expected) => {
    const reading = readDate(text);
    expect(reading.ok ? reading.iso : reading.code).toBe(expected);
  });
});

describe('readEraYear: a year on its own', () => {
  test.each([
    ['平成元年', 1989],
    ['令和9年', 2027],
    ['R9', 2027],
    ['r9', 2027],
    ['令和元年', 2019],
    ['平成31年', 2019],
    ['昭和64年', 1989],
    ['大正15年', 1926],
    ['明治45年', 1912],
    ['H 2', 1990],
    ['Ｈ２', 1990],
    ['２０２７年', 2027],
    ['2027', 2027],
  ])('%s → %i', (text, year) => {
    expect(readEraYear(text)).toEqual({ ok: true, year });
  });

  test.each([
    ['', 'empty'],
    ['令和', 'unreadable'],
    ['令和9年4月5日', 'unreadable'],
    ['27', 'unreadable'],
    ['平成32年', 'outside_era'],
    ['昭和65年', 'outside_era'],
    ['大正0年', 'outside_era'],
  ])('%j → %s', (text, code) => {
    expect(readEraYear(text)).toMatchObject({ ok: false, code });
  });

  test('outside_era names the era and its days', () => {
    expect(readEraYear('平成32年')).toEqual({
      ok: false,
      code: 'outside_era',
      params: { era: 'heisei', first: '1989-01-08', last: '2019-04-30' },
    });
  });
});
