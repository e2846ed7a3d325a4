import { describe, expect, it } from 'vitest';
import { rememberListSearch, withListSearch } from './lastListUrl';

describe('withListSearch', () => {
  it('adds the search the list was left with', () => {
    rememberListSearch('/trainees', 'fy=2026&q=som');
    expect(withListSearch('/trainees')).toBe('/trainees?fy=2026&q=som');
  });

  it('leaves a link with its own search, an unseen list and a cleared list as they are', () => {
    rememberListSearch('/hosts', 'q=sapporo');
    expect(withListSearch('/hosts?kind=city')).toBe('/hosts?kind=city');
    expect(withListSearch('/cohorts')).toBe('/cohorts');
    rememberListSearch('/hosts', '');
    expect(withListSearch('/hosts')).toBe('/hosts');
  });
});
