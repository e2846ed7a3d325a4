import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { editDistance, roundScore, similarity } from './similarity';

describe('editDistance', () => {
  test.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['walfare', 'welfare', 1],
    ['desaster', 'disaster', 1],
    ['preverntion', 'prevention', 1],
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
  ])('%s → %s: %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  test('a metric: zero only for equal strings, symmetric, triangle inequality', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }),
        fc.string({ maxLength: 12 }),
        fc.string({ maxLength: 12 }),
        (a, b, c) => {
          expect(editDistance(a, b) === 0).toBe(a === b);
          expect(editDistance(a, b)).toBe(editDistance(b, a));
          expect(editDistance(a, c)).toBeLessThanOrEqual(editDistance(a, b) + editDistance(b, c));
          expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
        },
      ),
    );
  });
});

describe('similarity', () => {
  test('1 for equal strings, 0 for nothing in common, in between otherwise', () => {
    expect(similarity('', '')).toBe(1);
    expect(similarity('abc', 'abc')).toBe(1);
    expect(similarity('abc', 'xyz')).toBe(0);
    expect(roundScore(similarity('health and social walfare', 'health and social welfare'))).toBe(0.96);
  });
});
