import { expect, test } from 'vitest';
import { maskNumber } from './mask';

test('all but the last 3 characters are masked, one mark each', () => {
  expect(maskNumber('AA1234567')).toBe('••••••567');
  expect(maskNumber('AB12')).toBe('•B12');
  expect(maskNumber('C7654321')).toBe('•••••321');
});

test('short numbers are masked whole; characters, not UTF-16 units, are counted', () => {
  expect(maskNumber('123')).toBe('•••');
  expect(maskNumber('')).toBe('');
  expect(maskNumber('𝟏𝟐𝟑𝟒')).toBe('•𝟐𝟑𝟒');
});
