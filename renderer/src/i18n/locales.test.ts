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
