import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cleanText, hash64, rowKeys } from './text';

describe('cleanText', () => {
  test('drops a byte-order mark and makes every line ending LF', () => {
    expect(cleanText('\ufeffa,b\r\nc,d\re,f\n')).toBe('a,b\nc,d\ne,f\n');
    expect(cleanText('a\ufeffb')).toBe('a\ufeffb');
  });
});

describe('hash64', () => {
  test('16 hex digits, the same for the same text, different for a one-letter change', () => {
    expect(hash64('Phuket')).toMatch(/^[0-9a-f]{16}$/);
    expect(hash64('Phuket')).toBe(hash64('Phuket'));
    expect(hash64('Phuket')).not.toBe(hash64('Phukat'));
    expect(hash64('')).toMatch(/^[0-9a-f]{16}$/);
  });

  test('no collision among many short distinct texts', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 20 }), { maxLength: 300 }), (texts) => {
        expect(new Set(texts.map(hash64)).size).toBe(texts.length);
      }),
      { numRuns: 50 },
    );
  });
});

describe('rowKeys', () => {
  test('equal rows are numbered in file order; spaces around cells do not matter', () => {
    const keys = rowKeys('f', [
      ['2011', 'Brunei'],
      ['2010', 'Brunei'],
      [' 2011', 'Brunei '],
    ]);
    expect(keys[0]).toMatch(/^f:[0-9a-f]{16}#1$/);
    expect(keys[2]).toBe(keys[0]?.replace('#1', '#2'));
    expect(keys[1]).not.toBe(keys[0]);
  });

  test('unique within a file and the same when the same rows are read again', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom('a', 'b', ''), { minLength: 2, maxLength: 2 }), { maxLength: 30 }),
        (rows) => {
          const keys = rowKeys('f', rows);
          expect(new Set(keys).size).toBe(rows.length);
          expect(rowKeys('f', rows)).toEqual(keys);
        },
      ),
    );
  });
});
