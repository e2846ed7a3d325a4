// Text at the boundary: what no one can see is folded away, what can be seen is kept exactly.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { cleanText, foldWidth } from './clean';

test('invisible characters and direction controls go, wherever they are', () => {
  expect(cleanText('\u200BAn\u2060na\uFEFF')).toBe('Anna');
  expect(cleanText('Ma\u00ADria')).toBe('Maria');
  expect(cleanText('\u202Eanna\u202C')).toBe('anna');
  expect(cleanText('\u200Fنور\u200E')).toBe('نور');
});

test('no-break and other odd spaces become plain spaces; the ideographic space stays', () => {
  expect(cleanText('Van\u00A0An\u202FB')).toBe('Van An B');
  expect(cleanText('山田\u3000太郎')).toBe('山田\u3000太郎');
});

test('joiners stay where a script needs them', () => {
  expect(cleanText('क्\u200Dष')).toBe('क्\u200Dष'); // Devanagari half form
  expect(cleanText('می\u200Cخواهم')).toBe('می\u200Cخواهم'); // Persian non-joiner
  expect(cleanText('👩\u200D💻')).toBe('👩\u200D💻'); // emoji sequence
  expect(cleanText('ञ्\u200Cच')).toBe('ञ्\u200Cच');
});

test('joiners go where they join nothing: at the ends, by spaces, in Latin, Cyrillic or Japanese', () => {
  expect(cleanText('\u200DAnna\u200C')).toBe('Anna');
  expect(cleanText('An\u200Dna')).toBe('Anna');
  expect(cleanText('Ann\u200D\u200Ca')).toBe('Anna');
  expect(cleanText('e\u0301\u200Dक')).toBe('éक');
  expect(cleanText('क\u200D ष')).toBe('क ष');
  expect(cleanText('山\u200C田')).toBe('山田');
});

test('decomposed accents are composed (NFC)', () => {
  expect(cleanText('Nguye\u0302\u0303n')).toBe('Nguyễn');
});

test('full-width letters, digits and dashes fold to ASCII where a code is expected', () => {
  expect(foldWidth('ＴＲ１２３４５６７')).toBe('TR1234567');
  expect(foldWidth('０９０ー１２３４ー５６７８')).toBe('090-1234-5678');
  expect(foldWidth('〒１００−０００１')).toBe('〒100-0001');
  expect(foldWidth('ａｎｎａ＠ｅｘａｍｐｌｅ．ｏｒｇ')).toBe('anna@example.org');
  expect(foldWidth('２０２６\u3000年')).toBe('2026 年');
});

// Letters of the scripts the programme's trainees write in, with their marks and joiners.
const SCRIPT_LETTERS = [
  [0x0e01, 0x0e5b], // Thai
  [0x0e81, 0x0edf], // Lao
  [0x1780, 0x17f9], // Khmer
  [0x1000, 0x109f], // Myanmar
  [0x3041, 0x30ff], // Hiragana, Katakana
  [0x4e00, 0x4fff], // Kanji
  [0x0900, 0x097f], // Devanagari
] as const;
const scriptText = fc
  .array(
    fc.oneof(
      ...SCRIPT_LETTERS.map(([lo, hi]) => fc.integer({ min: lo, max: hi }).map((cp) => String.fromCodePoint(cp))),
    ),
    { maxLength: 30 },
  )
  .map((chars) => chars.join('').normalize('NFC'));

test('cleaning never changes the letters of Thai, Lao, Khmer, Myanmar, Japanese or Devanagari text', () => {
  fc.assert(
    fc.property(scriptText, (text) => {
      expect(cleanText(text)).toBe(text);
    }),
  );
});

test('cleaning is idempotent and never lengthens text', () => {
  const noisy = fc
    .array(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 4 }),
        scriptText,
        fc.constantFrom('\u200B', '\u200C', '\u200D', '\u00A0', '\uFEFF', '\u202E', '\u0301', ' ', 'a', 'е'),
      ),
      { maxLength: 20 },
    )
    .map((parts) => parts.join(''));
  fc.assert(
    fc.property(noisy, (text) => {
      const once = cleanText(text);
      expect(cleanText(once)).toBe(once);
      expect(once.normalize('NFD').length).toBeLessThanOrEqual(text.normalize('NFD').length);
    }),
    { numRuns: 500 },
  );
});

test('folding width is idempotent and leaves text without full-width forms alone', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (text) => {
      const once = foldWidth(text);
      expect(foldWidth(once)).toBe(once);
      if (!/[\uFF01-\uFF5E\u3000\u2010-\u2015\u2212\u30FC\uFF70]/.test(text)) expect(once).toBe(text);
    }),
  );
});
