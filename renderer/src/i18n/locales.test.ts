// Every string exists in both languages: the app-wide files and each feature's own files.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { bundleFor } from './index';

type Messages = { [key: string]: string | Messages };
const src = path.join(import.meta.dirname, '..');

// Plural forms differ by language (English: _one/_other; Japanese: _other only), so compare the base key.
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const keySet = (messages: Messages) => [...new Set(keys(messages).map(base))].sort();

function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

const read = (file: string): Messages => JSON.parse(fs.readFileSync(file, 'utf8'));
const folders = fs
  .readdirSync(src)
  .map((name) => path.join(src, name, 'locales'))
  .filter((dir) => fs.existsSync(path.join(dir, 'en.json')));

test.each(folders.map((dir) => [path.relative(src, dir), dir]))(
  '%s: English and Japanese have the same keys',
  (_, dir) => {
    expect(keySet(read(path.join(dir, 'ja.json')))).toEqual(keySet(read(path.join(dir, 'en.json'))));
  },
);

test('feature strings merge over the app-wide ones without losing either', () => {
  const merged = bundleFor(
    'en',
    { a: { b: 'base', c: 'kept' } },
    { '../x/locales/en.json': { a: { b: 'feature' }, d: 'new' } },
  );
  expect(merged).toEqual({ a: { b: 'feature', c: 'kept' }, d: 'new' });
});

// Feature files merge over each other in name order, so a key two of them define would show one
// feature's wording in the other's screens: each key may be written once.
test.each(['en', 'ja'])('%s: no two locale files define the same key', (lang) => {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  const files = [path.join(src, 'i18n', 'locales'), ...folders].map((dir) => path.join(dir, `${lang}.json`));
  for (const file of [...new Set(files)]) {
    for (const key of keys(read(file))) {
      const first = owner.get(key);
      if (first) clashes.push(`${key}: ${path.relative(src, first)} and ${path.relative(src, file)}`);
      else owner.set(key, file);
    }
  }
  expect(clashes).toEqual([]);
});

// "1 rows", "1 places": a number said with a noun needs i18next's plural forms, chosen by `count`.
// English has `_one` and `_other`; Japanese `_other` only, with its counter (名, 件, 行…). A message
// from the core names its number otherwise: i18n/plural.ts says which param is the count.
const isPlural = (key: string, all: Set<string>) =>
  /_(one|other)$/.test(key) || (/_(zero|two|few|many)$/.test(key) && all.has(`${base(key)}_other`));
const NOUNS =
  'trainees|rows|places|seats|notes|days|months|entries|hosts|changes|findings|errors|warnings|files|requests|sessions|items|records|lines|cells|columns|years|specialists|placements|dispatches|times|levels|figures|countries|documents|letters|results|matches|people';
/** Numbers that are fixed limits of the app, never 1, so their sentence has one form. */
const LIMITS = new Set(['max', 'min', 'mb', 'usual', 'grace', 'expiry', 'years']);
/** Sentences whose number is a fixed setting (the Needs-attention window, the import's row limit). */
const FIXED = new Set([
  'progress.attention.intro',
  'progress.attention.allClear',
  'progress.attention.watches',
  'hosts.import.limits',
]);
const numberWithNoun = new RegExp(`\\{\\{\\s*(\\w+)[^}]*\\}\\}\\s+(?:${NOUNS})\\b`, 'g');

function pluralProblems(en: Messages, ja: Messages): string[] {
  const problems: string[] = [];
  const jaKeys = new Set(keys(ja));
  const enKeys = new Set(keys(en));
  const value = (messages: Messages, key: string) =>
    key
      .split('.')
      .reduce<Messages | string | undefined>((m, k) => (typeof m === 'object' ? m[k] : undefined), messages);
  for (const key of enKeys) {
    const text = value(en, key) as string;
    const plural = isPlural(key, enKeys);
    if (!plural && /\{\{\s*count\b/.test(text)) problems.push(`${key}: {{count}} without _one/_other`);
    for (const [, name] of text.matchAll(numberWithNoun)) {
      if (!plural && !LIMITS.has(name as string) && !FIXED.has(key)) {
        problems.push(`${key}: a number with a noun needs plural forms by count`);
      }
    }
    if (!plural) continue;
    const b = base(key);
    if (!enKeys.has(`${b}_one`) || !enKeys.has(`${b}_other`)) problems.push(`${b}: English needs _one and _other`);
    if (!jaKeys.has(`${b}_other`)) problems.push(`${b}: Japanese needs _other`);
  }
  return [...new Set(problems)];
}

test.each(folders.map((dir) => [path.relative(src, dir), dir]))('%s: numbers with nouns use plural forms', (_, dir) => {
  expect(pluralProblems(read(path.join(dir, 'en.json')), read(path.join(dir, 'ja.json')))).toEqual([]);
});

test('the plural check finds a count without forms and a number with a noun', () => {
  expect(pluralProblems({ a: '{{count}} notes', b: '{{rows}} rows read', c: 'at most {{max}} rows' }, {})).toEqual([
    'a: {{count}} without _one/_other',
    'a: a number with a noun needs plural forms by count',
    'b: a number with a noun needs plural forms by count',
  ]);
  expect(pluralProblems({ n_one: 'One note', n_other: '{{count}} notes' }, { n_other: '{{count}} 件' })).toEqual([]);
  expect(pluralProblems({ n_one: 'One note', n_other: '{{count}} notes' }, {})).toEqual(['n: Japanese needs _other']);
});

// A period reads one way in each language, as `dateRange` (format.ts) writes it: "a – b" in English,
// "a〜b" in Japanese. An unspaced en dash stays for counts ("1–20 of 45").
const joins = (messages: Messages): string[] =>
  Object.values(messages).flatMap((value) =>
    typeof value === 'string'
      ? [...value.matchAll(/\}\}( ?[–〜～~-] ?)\{\{/g)].map((m) => m[1] as string)
      : joins(value),
  );
test.each(folders.map((dir) => [path.relative(src, dir), dir]))(
  '%s: a period inside a string uses its language’s range mark',
  (_, dir) => {
    expect(joins(read(path.join(dir, 'en.json'))).filter((j) => j !== ' – ' && j !== '–')).toEqual([]);
    expect(joins(read(path.join(dir, 'ja.json'))).filter((j) => j !== '〜' && j !== '–')).toEqual([]);
  },
);

test('screens build a period only through dateRange', () => {
  // `${d.start} – ${d.end}`, `{a.start} – {a.end}`, `{p.startDate}<br />〜 {p.endDate}`…
  const built = /[sS]tart\w*( \?\? '…')?\}\s?(<br \/>)?\s?[–〜～]/;
  const own = new Set([path.join('i18n', 'format.ts'), path.join('specialist-dispatch', 'labels.ts')]);
  const offenders = fs
    .readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !own.has(file))
    .filter((file) => built.test(fs.readFileSync(path.join(src, file), 'utf8')));
  expect(offenders).toEqual([]);
});
