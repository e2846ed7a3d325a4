// The shell's own words: both languages have every key, none is empty, placeholders match.
import { expect, test } from 'vitest';
import { SHELL_WORDS, word } from './words';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('English and Japanese have the same keys, no empty string, the same placeholders', () => {
  expect(Object.keys(SHELL_WORDS.ja).sort()).toEqual(Object.keys(SHELL_WORDS.en).sort());
  for (const language of ['en', 'ja'] as const) {
    for (const [key, text] of Object.entries(SHELL_WORDS[language])) {
      expect(text.trim(), `${language}.${key}`).not.toBe('');
      expect(placeholders(text), `${language}.${key}`).toEqual(
        placeholders(SHELL_WORDS.en[key as keyof typeof SHELL_WORDS.en]),
      );
    }
  }
});

test('the Japanese words are Japanese (all but the few that are the same in both)', () => {
  const same = new Set(['ok']);
  for (const [key, text] of Object.entries(SHELL_WORDS.ja)) {
    if (!same.has(key)) expect(text, key).not.toBe(SHELL_WORDS.en[key as keyof typeof SHELL_WORDS.en]);
  }
});

test('placeholders are filled, unknown ones left as they are', () => {
  expect(word('en', 'pdfSaveFailed', { name: 'a.pdf', reason: 'disk full' })).toBe(
    'The PDF could not be saved as a.pdf (disk full).',
  );
  expect(word('ja', 'printFailed')).toBe('レポートを印刷できませんでした（{reason}）。');
  expect(word('ja', 'savePdfTitle')).toBe('PDFとして保存');
});
