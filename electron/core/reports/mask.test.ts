import { expect, test } from 'vitest';
import { maskUnlessShown } from './mask';

test('all but the last 3 characters are masked', () => {
  expect(maskUnlessShown('AA1234567', false)).toBe('••••••567');
  expect(maskUnlessShown('AB12', false)).toBe('•B12');
});

test('short numbers are masked whole, and nothing is masked when shown or absent', () => {
  expect(maskUnlessShown('123', false)).toBe('•••');
  expect(maskUnlessShown('', false)).toBe('');
  expect(maskUnlessShown('AA1234567', true)).toBe('AA1234567');
  expect(maskUnlessShown(null, false)).toBeNull();
});
