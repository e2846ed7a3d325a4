// Every finding code reads as a sentence in both languages, with its params filled in: no code left
// untranslated, no "{{…}}" left over; countries and places are named in the person's language.
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, test } from 'vitest';
import { FINDING_CODES, type Finding } from '../../../shared/reference-data/schema';
import { translators } from '../i18n/__tests__/translators';
import { findingText, ruleText } from '../ui/findingText';
import en from './locales/en.json';
import ja from './locales/ja.json';

const ALL_PARAMS = {
  expected: 4,
  found: 3,
  extra: '',
  text: 'Thailand x',
  country: 'Indonesia',
  value: 'Fire and desaster preverntion',
  year: 2011,
  rows: 3,
  firstLine: 34,
  lastLine: 36,
  previousYear: 2010,
  nextYear: 2008,
  locality: 'Phuket',
  belongsTo: 'Thailand',
  place: 'Phuket',
  suggestion: 'Fire and Disaster Prevention',
  score: 0.93,
  words: 'desaster, preverntion',
  known: 1,
  figures: '1, 2',
  count: 2,
  columns: 7,
  candidates: '1: 2011–2016',
  first: 7,
  total: 8,
  sum: 0,
  printed: 233,
  difference: 1,
  column: '2011',
  current: 2026,
  sinceYear: 2025,
  eligible: 'Brunei, Timor-Leste, India',
  field: 'Tourism',
  unicode: 'အောင်',
  folded: '2019',
  word: 'Тhailand',
  scripts: 'Cyrillic, Latin',
  line: 8,
  lines: 13,
  through: 20,
};
const finding = (code: Finding['code'], params: Finding['params'] = ALL_PARAMS, column: string | null = 'country') => ({
  code,
  params,
  column,
});

const ts = {} as Record<'en' | 'ja', TFunction>;
beforeAll(async () => {
  Object.assign(ts, await translators(en, ja));
});

describe.each(['en', 'ja'] as const)('%s', (lang) => {
  test.each([...FINDING_CODES])('%s is a sentence with its params filled in', (code) => {
    const text = findingText(ts[lang], finding(code));
    expect(text).not.toContain('referenceData.');
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(text.length).toBeGreaterThan(4);
  });
});

test('the examples of the brief, in English and Japanese', () => {
  const phuket = finding('locality_wrong_country', {
    locality: 'Phuket',
    country: 'Indonesia',
    belongsTo: 'Thailand',
    place: 'Phuket',
  });
  expect(findingText(ts.en, phuket)).toBe('Phuket is in Thailand, not Indonesia.');
  expect(findingText(ts.ja, phuket)).toBe('プーケットはインドネシアではなくタイの地名です。');
  const block = finding('year_block_out_of_order', {
    year: 2011,
    rows: 3,
    firstLine: 34,
    lastLine: 36,
    previousYear: 2010,
    nextYear: 2008,
  });
  expect(findingText(ts.en, block)).toMatch(/^A block of FY2011 rows printed after FY2010: probably mislabelled/);
  const misspelt = finding('field_misspelt', {
    value: 'Fire and desaster preverntion',
    suggestion: 'Fire and Disaster Prevention',
    score: 0.93,
    words: '',
    known: 1,
  });
  expect(findingText(ts.en, misspelt)).toBe("Close to the known field 'Fire and Disaster Prevention' (93 %).");
  expect(findingText(ts.ja, misspelt)).toBe('既知の分野「Fire and Disaster Prevention」に近い表記です（93 %）。');
  const total = finding('trainee_grand_total_mismatch', { sum: 234, printed: 233, difference: 1, rows: 8 }, null);
  expect(findingText(ts.en, total)).toBe('The 8 row totals add up to 234, but the printed grand total is 233.');
});

test('a name the app does not know stays as printed', () => {
  const f = finding('country_unknown', { country: 'Atlantis' });
  expect(findingText(ts.ja, f)).toBe('「Atlantis」は国の一覧にありません。');
});

test('the rules of the programme, in words: its years and countries', () => {
  const country = finding('country_not_eligible', { country: 'Japan', eligible: 'Thailand, India' });
  expect(findingText(ts.en, country)).toBe(
    "Japan is a country, but not one of the programme's: the ASEAN members, Timor-Leste and India.",
  );
  const rule = { code: 'country', params: { eligible: 'Thailand, Timor-Leste', sinceYear: 2025 } };
  expect(ruleText(ts.en, rule)).toBe(
    "One of the programme's countries: Thailand, Timor-Leste (Timor-Leste from FY2025, when it joined ASEAN).",
  );
  expect(ruleText(ts.ja, rule)).toBe(
    '事業の対象国のいずれか：タイ、東ティモール（東ティモールはASEANに加盟した2025年度から）。',
  );
  expect(ruleText(ts.en, { code: 'dispatch_fiscal_year', params: { first: 1988, current: 2026 } })).toMatch(
    /^A fiscal year between 1988 and 2026/,
  );
});
