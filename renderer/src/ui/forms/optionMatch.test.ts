// What a searchable select highlights for what was typed, so Enter chooses what the person meant.
import { expect, test } from 'vitest';
import { prefectureOptions } from '../prefectures';
import { firstMatch, flatOptions, rankedFilter } from './optionMatch';

const PREFECTURES = [
  { group: 'Hokkaidō', items: [{ value: '01', label: 'Hokkaido 北海道' }] },
  {
    group: 'Tōhoku',
    items: [
      { value: '02', label: 'Aomori 青森県' },
      { value: '03', label: 'Iwate 岩手県', disabled: true },
    ],
  },
];

test('options are found in every shape Mantine takes', () => {
  expect(flatOptions(['A', { value: 'b', label: 'B' }]).map((o) => o.value)).toEqual(['A', 'b']);
  expect(flatOptions(PREFECTURES).map((o) => o.value)).toEqual(['01', '02', '03']);
});

test('the first enabled option containing the typed text, in any case; nothing for nothing typed', () => {
  expect(firstMatch(PREFECTURES, 'Hokk')?.value).toBe('01');
  expect(firstMatch(PREFECTURES, '青森')?.value).toBe('02');
  expect(firstMatch(PREFECTURES, 'iwate')).toBeNull();
  expect(firstMatch(PREFECTURES, '  ')).toBeNull();
  expect(firstMatch(PREFECTURES, 'zzz')).toBeNull();
});

test('an exact label comes before one that merely contains it: "Male" is Male, not Female', () => {
  const genders = [
    { value: 'female', label: 'Female' },
    { value: 'male', label: 'Male' },
  ];
  expect(firstMatch(genders, 'Male')?.value).toBe('male');
  expect(firstMatch(genders, 'ma')?.value).toBe('male');
  expect(firstMatch(genders, 'fem')?.value).toBe('female');
  expect(flatOptions(rankedFilter({ options: genders, search: 'male', limit: 10 })).map((o) => o.value)).toEqual([
    'male',
    'female',
  ]);
});

test('a word start beats a match inside a word; spaces and diacritics do not matter', () => {
  const countries = [
    { value: 'PH', label: 'Philippines' },
    { value: 'VN', label: 'Vietnam', keywords: 'Vietnam ベトナム VN' },
    { value: 'LA', label: 'Lao PDR', keywords: 'Lao PDR ラオス' },
    { value: 'TH', label: 'Thailand', keywords: 'Thailand タイ TH' },
  ];
  expect(firstMatch(countries, 'Viet Nam')?.value).toBe('VN');
  expect(firstMatch(countries, 'PDR')?.value).toBe('LA');
  expect(firstMatch(countries, 'タイ')?.value).toBe('TH');
  expect(firstMatch(countries, 'ﾍﾞﾄﾅﾑ')?.value).toBe('VN');
  expect(firstMatch(countries, 'Việt')?.value).toBe('VN');
});

test('a prefecture is found by either language or by its reading in kana', () => {
  const en = prefectureOptions('en');
  const ja = prefectureOptions('ja');
  expect(firstMatch(en, 'osa')?.value).toBe('27');
  expect(firstMatch(en, '大阪')?.value).toBe('27');
  expect(firstMatch(ja, 'osaka')?.value).toBe('27');
  expect(firstMatch(ja, 'ほっかい')?.value).toBe('1');
  expect(firstMatch(ja, 'ホッカイ')?.value).toBe('1');
  // "Kyo" is Kyoto, whose name starts with it, before Tokyo, which only contains it.
  expect(firstMatch(en, 'kyo')?.value).toBe('26');
});

test("a select's own filter decides what matches (the core already searched)", () => {
  const data = [
    { value: '4', label: 'Miyagi' },
    { value: '27', label: 'Osaka' },
  ];
  const all = ({ options }: { options: unknown[] }) => options;
  expect(firstMatch(data, 'T-2027-004', all as never)?.value).toBe('4');
});
