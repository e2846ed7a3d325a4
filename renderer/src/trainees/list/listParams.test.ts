import { expect, test } from 'vitest';
import { DEFAULT_STATE, parseListState, toSearchParams } from './listParams';

test('the trainee list round-trips through the URL', () => {
  expect(toSearchParams(DEFAULT_STATE).toString()).toBe('');
  const url = 'q=tan&fy=2025&country=TH&field=3&status=on_placement&show=all&sort=name&dir=desc&page=2';
  expect(toSearchParams(parseListState(new URLSearchParams(url))).toString()).toBe(url);
});
