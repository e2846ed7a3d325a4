// Property tests: every date from the start of Meiji to 2100, written in every accepted format,
// reads back as itself; impossible days, era edges and leap days are refused or accepted exactly.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toEra } from './era';
import { formatDate } from './format';
import { MONTHS_EN, WEEKDAYS_JA } from './names';
import { type DateFormatName, readDate } from './read';

const DAY = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoOfDay = (n: number): string => new Date(n * DAY).toISOString().slice(0, 10);
const dateBetween = (first: string, last: string) => fc.integer({ min: dayOf(first), max: dayOf(last) }).map(isoOfDay);
const anyDate = dateBetween('1868-01-25', '2100-12-31');

// The eras as the expectations see them, written out apart from the table under test. The day an
// emperor died carries both names (1912-07-30, 1926-12-25); the later changes were at midnight.
const EXPECTED_ERAS = [
  { name: 'meiji', kanji: '明治', letter: 'M', first: '1868-01-25', last: '1912-07-30' },
  { name: 'taisho', kanji: '大正', letter: 'T', first: '1912-07-30', last: '1926-12-25' },
  { name: 'showa', kanji: '昭和', letter: 'S', first: '1926-12-25', last: '1989-01-07' },
  { name: 'heisei', kanji: '平成', letter: 'H', first: '1989-01-08', last: '2019-04-30' },
  { name: 'reiwa', kanji: '令和', letter: 'R', first: '2019-05-01', last: '9999-12-31' },
];
const parts = (iso: string) => ({ y: +iso.slice(0, 4), m: +iso.slice(5, 7), d: +iso.slice(8, 10) });
const pad = (n: number): string => String(n).padStart(2, '0');
const sep = fc.constantFrom('-', '/', '.');
const padded = fc.boolean();
const cased = fc.constantFrom(
  (s: string) => s,
  (s: string) => s.toUpperCase(),
  (s: string) => s.toLowerCase(),
);
const num = (n: number, p: boolean): string => (p ? pad(n) : String(n));
const weekdayJa = (iso: string): string => WEEKDAYS_JA[new Date(`${iso}T00:00:00Z`).getUTCDay()] as string;

/** A way of writing a date, and the format name the reader should report for it. */
type Writer = (iso: string) => fc.Arbitrary<[string, DateFormatName]>;

const isoWriter: Writer = (iso) =>
  fc.tuple(sep, padded).map(([s, p]) => {
    const { y, m, d } = parts(iso);
    return [`${y}${s}${num(m, p)}${s}${num(d, p)}`, 'iso'];
  });
const numericWriter: Writer = (iso) =>
  fc.tuple(sep, padded).map(([s, p]) => {
    const { y, m, d } = parts(iso);
    return [`${num(d, p)}${s}${num(m, p)}${s}${y}`, 'numeric'];
  });
const wordsWriter: Writer = (iso) =>
  fc.tuple(fc.integer({ min: 0, max: 4 }), fc.boolean(), cased).map(([shape, long, c]) => {
    const { y, m, d } = parts(iso);
    const name = MONTHS_EN[m - 1] as string;
    const month = c(long ? name : name.slice(0, 3));
    const texts = [
      `${d} ${month} ${y}`,
      `${month} ${d} ${y}`,
      `${month} ${d}, ${y}`,
      `${pad(d)}-${month}-${y}`,
      `${d}.${month}.${y}`,
    ];
    return [texts[shape] as string, 'words'];
  });
const japaneseWriter: Writer = (iso) =>
  fc.tuple(padded, fc.constantFrom('', '(w)', '（w）', ' (w曜日)')).map(([p, w]) => {
    const { y, m, d } = parts(iso);
    return [`${y}年${num(m, p)}月${num(d, p)}日${w.replace('w', weekdayJa(iso))}`, 'japanese'];
  });
const eraKanjiWriter: Writer = (iso) =>
  fc.boolean().map((gannen) => {
    const era = toEra(iso);
    const { m, d } = parts(iso);
    const year = era?.year === 1 && gannen ? '元' : String(era?.year);
    return [`${era?.kanji}${year}年${m}月${d}日`, 'era'];
  });
const eraLetterWriter: Writer = (iso) =>
  fc.tuple(sep, padded, fc.boolean()).map(([s, p, lower]) => {
    const era = toEra(iso);
    const { m, d } = parts(iso);
    const letter = lower ? era?.letter.toLowerCase() : era?.letter;
    return [`${letter}${num(era?.year ?? 0, p)}${s}${num(m, p)}${s}${num(d, p)}`, 'era'];
  });
const formatted: Writer = (iso) =>
  fc
    .tuple(fc.constantFrom('en', 'ja'), fc.constantFrom('western', 'era'))
    .map(([lang, style]) => [
      formatDate(iso, { lang, style }),
      style === 'era' ? 'era' : lang === 'ja' ? 'japanese' : 'words',
    ]);

const WRITERS = { isoWriter, numericWriter, wordsWriter, japaneseWriter, eraKanjiWriter, eraLetterWriter, formatted };

/** Full-width forms, as a Japanese IME types them: ASCII ! to ~ shifted to U+FF01–FF5E. */
const fullWidth = (s: string): string =>
  s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');

describe('every date from 1868-01-25 to 2100-12-31 reads back as itself', () => {
  test.each(Object.entries(WRITERS))('%s, half-width and full-width', (_, write) => {
    const written = anyDate.chain((iso) => write(iso).map((w) => [iso, ...w] as const));
    fc.assert(
      fc.property(written, ([iso, text, format]) => {
        expect(readDate(text)).toEqual({ ok: true, iso, format });
        expect(readDate(fullWidth(text))).toEqual({ ok: true, iso, format });
      }),
    );
  });

  test('month first, with order mdy', () => {
    fc.assert(
      fc.property(anyDate, sep, (iso, s) => {
        const { y, m, d } = parts(iso);
        expect(readDate(`${m}${s}${d}${s}${y}`, { order: 'mdy' })).toEqual({ ok: true, iso, format: 'numeric' });
      }),
    );
  });

  test('two-digit years, 1970–2069, in both orders and in words', () => {
    fc.assert(
      fc.property(dateBetween('1970-01-01', '2069-12-31'), sep, padded, (iso, s, p) => {
        const { y, m, d } = parts(iso);
        const yy = pad(y % 100);
        expect(readDate(`${num(d, p)}${s}${num(m, p)}${s}${yy}`)).toMatchObject({ ok: true, iso });
        expect(readDate(`${num(m, p)}${s}${num(d, p)}${s}${yy}`, { order: 'mdy' })).toMatchObject({ ok: true, iso });
        expect(readDate(`${d} ${MONTHS_EN[m - 1]?.slice(0, 3)} ${yy}`)).toMatchObject({ ok: true, iso });
      }),
    );
  });
});

describe('refusals', () => {
  const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
  const impossible = fc
    .record({
      y: fc.integer({ min: 1868, max: 2100 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 29, max: 31 }),
    })
    .filter(({ y, m, d }) => d > daysIn(y, m));

  test('a day the month does not have is impossible_date in every format', () => {
    fc.assert(
      fc.property(impossible, ({ y, m, d }) => {
        const refusal = { ok: false, code: 'impossible_date', params: { day: d, month: m, year: y } };
        const month = MONTHS_EN[m - 1] as string;
        for (const text of [`${y}-${pad(m)}-${pad(d)}`, `${d}/${m}/${y}`, `${d} ${month} ${y}`, `${y}年${m}月${d}日`]) {
          expect(readDate(text)).toEqual(refusal);
        }
        const era = toEra(`${y}-${pad(m)}-01`);
        if (era) expect(readDate(`${era.kanji}${era.year}年${m}月${d}日`)).toEqual(refusal);
      }),
    );
  });

  test('29 February exists exactly in Gregorian leap years', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1868, max: 2400 }), (y) => {
        const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
        expect(readDate(`29/02/${y}`).ok).toBe(leap);
        expect(readDate(`${y}年2月29日`).ok).toBe(leap);
      }),
    );
  });

  const inEra = (iso: string, era: (typeof EXPECTED_ERAS)[number], letter: boolean) => {
    const { y, m, d } = parts(iso);
    const year = y - Number(era.first.slice(0, 4)) + 1;
    if (year < 1) return;
    const text = letter ? `${era.letter}${year}.${m}.${d}` : `${era.kanji}${year}年${m}月${d}日`;
    const inside = iso >= era.first && iso <= era.last;
    const expected = inside ? { ok: true, iso } : { ok: false, code: 'outside_era', params: { era: era.name } };
    expect(readDate(text), text).toMatchObject(expected);
  };

  test('a date written in any era reads only within that era, else outside_era', () => {
    fc.assert(fc.property(anyDate, fc.constantFrom(...EXPECTED_ERAS), fc.boolean(), inEra));
  });

  test('every day within a week of each era change, in both eras, kanji and letters', () => {
    for (const [i, era] of EXPECTED_ERAS.entries()) {
      const before = EXPECTED_ERAS[i - 1];
      for (let offset = -7; offset <= 7; offset++) {
        const iso = isoOfDay(dayOf(era.first) + offset);
        for (const e of before ? [before, era] : [era]) {
          inEra(iso, e, false);
          inEra(iso, e, true);
        }
      }
    }
  });
});
