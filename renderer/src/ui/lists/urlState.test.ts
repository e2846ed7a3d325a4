import { describe, expect, test } from 'vitest';
import { changedParams, int, oneOf, pageOf, sortingOf } from './urlState';

describe('a list state in the URL', () => {
  const defaults = {
    q: '',
    fy: null as number | null,
    outside: false,
    show: 'active',
    sort: 'ref',
    dir: 'asc',
    page: 1,
  };

  test('defaults, empty words and null are left out; the rest is written in the defaults order', () => {
    expect(changedParams(defaults, defaults).toString()).toBe('');
    const state = { ...defaults, page: 3, q: 'ab c', fy: 2026, outside: true, show: 'all', dir: 'desc' };
    expect(changedParams(state, defaults).toString()).toBe('q=ab+c&fy=2026&outside=1&show=all&dir=desc&page=3');
  });

  test('a field may go by another name in the URL', () => {
    expect(changedParams({ ...defaults, fy: 2027 }, defaults, { fy: 'year' }).toString()).toBe('year=2027');
  });

  test('what is read is checked, anything else is the default', () => {
    expect(int('12')).toBe(12);
    expect(int('-1')).toBeNull();
    expect(int('1.5')).toBeNull();
    expect(oneOf('b', ['a', 'b'] as const)).toBe('b');
    expect(oneOf('c', ['a', 'b'] as const)).toBeNull();
    expect(pageOf(new URLSearchParams('page=0'))).toBe(1);
    expect(pageOf(new URLSearchParams('page=4'))).toBe(4);
    const sorts = ['ref', 'name'] as const;
    expect(sortingOf(new URLSearchParams('sort=name&dir=desc&page=2'), sorts, { sort: 'ref', dir: 'asc' })).toEqual({
      sort: 'name',
      dir: 'desc',
      page: 2,
    });
    expect(sortingOf(new URLSearchParams('sort=evil&dir=up'), sorts, { sort: 'ref', dir: 'desc' })).toEqual({
      sort: 'ref',
      dir: 'desc',
      page: 1,
    });
  });
});
