import { expect, test } from 'vitest';
import { maskNumber } from './mask';

test('all but the last 3 characters are masked', () => {
  expect(maskNumber('AA1234567', false)).toBe('••••••567');
  expect(maskNumber('AB12', false)).toBe('•B12');
});

test('short numbers are masked whole, and nothing is masked when shown or absent', () => {
  expect(maskNumber('123', false)).toBe('•••');
  expect(maskNumber('', false)).toBe('');
  expect(maskNumber('AA1234567', true)).toBe('AA1234567');
  expect(maskNumber(null, false)).toBeNull();
});
