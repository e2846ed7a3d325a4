// Names that look the same share a key; a word that mixes scripts is found.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { LOOKALIKES, mixedScriptWord, scriptsOf, twinKey } from './twins';

test('a Cyrillic or Greek look-alike letter gives the same key as the Latin letter', () => {
  expect(twinKey('Аnna Nguyen')).toBe(twinKey('Anna Nguyen')); // Cyrillic А
  expect(twinKey('Maria Sоares')).toBe(twinKey('Maria Soares')); // Cyrillic о
  expect(twinKey('ΚΟΗ Ling')).toBe(twinKey('KOH Ling')); // Greek Κ, Ο, Η
  expect(twinKey('Nguyễn Văn Аn')).toBe(twinKey('Nguyen Van An'));
});

test('zero-width characters and joiners make no difference to the key', () => {
  expect(twinKey('An\u200Bna')).toBe(twinKey('Anna'));
  expect(twinKey('An\u200Dna')).toBe(twinKey('Anna'));
  expect(twinKey('\u202EAnna')).toBe(twinKey('Anna'));
});

test('names that differ in a visible letter keep different keys', () => {
  expect(twinKey('Anna')).not.toBe(twinKey('Anne'));
  expect(twinKey('สมชาย')).not.toBe(twinKey('สมชัย'));
});

test('every look-alike is a Cyrillic or Greek letter folding to one ASCII letter', () => {
  for (const [from, to] of LOOKALIKES) {
    expect(scriptsOf(from)[0], from).toMatch(/Cyrillic|Greek/);
    expect(to).toMatch(/^[A-Za-z]$/);
  }
});

test('the key of a Latin name with every look-alike swapped in is unchanged', () => {
  const latinToLookalikes = new Map<string, string[]>();
  for (const [from, to] of LOOKALIKES) latinToLookalikes.set(to, [...(latinToLookalikes.get(to) ?? []), from]);
  const name = fc.string({ unit: fc.constantFrom(...'ABEHKMOPTXYaceijopxy '.split('')), minLength: 1 });
  fc.assert(
    fc.property(name, fc.nat(), (text, seed) => {
      const swapped = [...text].map((ch, i) => latinToLookalikes.get(ch)?.[(seed + i) % 2] ?? ch).join('');
      expect(twinKey(swapped)).toBe(twinKey(text));
    }),
  );
});

test('a word that mixes scripts is found; one script per word is not', () => {
  expect(mixedScriptWord('Аnna Lee')).toEqual({ word: 'Аnna', scripts: 'Cyrillic, Latin' });
  expect(mixedScriptWord('Kοh Ling')?.scripts).toBe('Latin, Greek');
  expect(mixedScriptWord('Anna Иванова')).toBeNull(); // two words, one script each
  expect(mixedScriptWord('山田たろう')).toBeNull(); // kanji and kana are one writing system
  expect(mixedScriptWord('สมชาย ใจดี')).toBeNull();
  expect(mixedScriptWord('Nguyễn Văn An')).toBeNull();
  expect(mixedScriptWord("O'Brien-Smith 2nd")).toBeNull();
  expect(mixedScriptWord('Somchaiสมชาย')?.scripts).toBe('Latin, Thai');
});
