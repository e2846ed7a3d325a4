import { describe, expect, test } from 'vitest';
import { DEFAULT_STATE, hasFilters, PAGE_SIZE, parseAttentionState, toQuery, toSearchParams } from './attentionParams';

describe('the Needs-attention URL', () => {
  test('round-trips every filter and the page', () => {
    const state = { kind: 'passport_expiry', state: 'overdue', country: 'TH', fy: 2026, page: 3 } as const;
    const params = toSearchParams(state);
    expect(params.toString()).toBe('kind=passport_expiry&state=overdue&country=TH&fy=2026&page=3');
    expect(parseAttentionState(params)).toEqual(state);
  });

  test('defaults are left out and nonsense is ignored', () => {
    expect(toSearchParams(DEFAULT_STATE).toString()).toBe('');
    const parsed = parseAttentionState(new URLSearchParams('kind=nope&state=late&country=th&fy=99&page=-2'));
    expect(parsed).toEqual(DEFAULT_STATE);
    expect(hasFilters(parsed)).toBe(false);
  });

  test('the query pages by the page size and leaves empty filters out', () => {
    expect(toQuery({ ...DEFAULT_STATE, page: 2, state: 'due_soon' })).toEqual({
      kind: undefined,
      state: 'due_soon',
      country: undefined,
      fiscalYear: undefined,
      offset: PAGE_SIZE,
      limit: PAGE_SIZE,
    });
  });
});
