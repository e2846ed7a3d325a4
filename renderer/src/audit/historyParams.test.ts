// The History screen's URL state, both ways, and the query it makes.
import { describe, expect, test } from 'vitest';
import { DEFAULT_STATE, hasFilters, parseHistoryState, toQuery, toSearchParams } from './historyParams';

describe('URL state', () => {
  test('round trip', () => {
    const state = {
      actor: 'Tanaka Yuki',
      entity: 'trainee',
      entityId: '12',
      action: 'update',
      from: '2026-04-01',
      to: '2026-04-30',
      text: 'Somchai & co',
      page: 3,
    };
    expect(parseHistoryState(new URLSearchParams(toSearchParams(state).toString()))).toEqual(state);
    expect(toSearchParams(DEFAULT_STATE).toString()).toBe('');
  });

  test('nonsense in the URL falls back to no filter', () => {
    const params = new URLSearchParams({ from: '2026-02-30', to: 'soon', page: '-2', entity: 'x'.repeat(41) });
    expect(parseHistoryState(params)).toEqual(DEFAULT_STATE);
    expect(parseHistoryState(new URLSearchParams({ page: '1.5' })).page).toBe(1);
  });

  test('hasFilters ignores the page and blank text', () => {
    expect(hasFilters({ ...DEFAULT_STATE, page: 4, text: '  ' })).toBe(false);
    expect(hasFilters({ ...DEFAULT_STATE, action: 'create' })).toBe(true);
  });
});

test('the query: local days as instants, the last day included; empty filters left out', () => {
  expect(toQuery(DEFAULT_STATE)).toEqual({ page: 1, pageSize: 50 });
  const q = toQuery({ ...DEFAULT_STATE, from: '2026-04-01', to: '2026-04-30', text: ' kana ' });
  expect(q.since).toBe(new Date(2026, 3, 1).toISOString());
  expect(q.until).toBe(new Date(2026, 4, 1).toISOString());
  expect(q.text).toBe('kana');
});
