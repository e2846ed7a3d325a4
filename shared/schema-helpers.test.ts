// Text is stored as it looks: what a paste brings that no one can see does not make two equal names
// differ, and what can be seen is kept exactly.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { cleanText, optionalText, requiredText } from './schema-helpers';

test('a pasted name: accents composed, zero-width spaces gone, no-break spaces plain', () => {
  const nfd = 'Nguye\u0302\u0303n'; // "Nguyễn" with its marks stored apart
  expect(requiredText(100).parse(`\u200B${nfd}\u00A0Van\uFEFF An `)).toBe('Nguyễn Van An');
  expect(optionalText(100).parse('\u00A0\u200B')).toBeNull();
});

test('what can be seen is kept: Japanese spaces, joiners of Indic scripts and emoji, line breaks', () => {
  expect(cleanText('山田\u3000太郎')).toBe('山田\u3000太郎');
  expect(cleanText('क्\u200Dष')).toBe('क्\u200Dष');
  expect(cleanText('one\ntwo')).toBe('one\ntwo');
});

test('cleaning is idempotent and never lengthens text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (text) => {
      const once = cleanText(text);
      expect(cleanText(once)).toBe(once);
      expect(once.normalize('NFD').length).toBeLessThanOrEqual(text.normalize('NFD').length);
    }),
  );
});
