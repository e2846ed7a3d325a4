// Full-width digits typed with a Japanese input method are read as the digits they are.
import { expect, test } from 'vitest';
import { halfWidthNumber } from './numberInputs';

test('full-width digits, point and minus become ASCII; the length is kept', () => {
  expect(halfWidthNumber('５０')).toBe('50');
  expect(halfWidthNumber('１２．５')).toBe('12.5');
  expect(halfWidthNumber('－３')).toBe('-3');
  expect(halfWidthNumber('2０2７')).toBe('2027');
  for (const text of ['５０', 'abc', '１，０００']) expect(halfWidthNumber(text)).toHaveLength(text.length);
});

test('text that is not a number is left as typed', () => {
  expect(halfWidthNumber('abc')).toBe('abc');
  expect(halfWidthNumber('五十')).toBe('五十');
});
