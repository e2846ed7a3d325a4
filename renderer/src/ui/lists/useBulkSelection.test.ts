// The selection every list's bulk actions share: how ticks change, and what an action is told of them.
import { describe, expect, test } from 'vitest';
import { describeSelection, type Picked, pick } from './useBulkSelection';

type Row = { id: number; name: string };
const row = (id: number): Row => ({ id, name: `Row ${id}` });
const page = [row(1), row(2), row(3)];
const shown = { rows: page, total: 120 };
const query = { search: 'ab', active: 'all', sort: 'name', dir: 'asc', page: 2, pageSize: 50 };
const none: Picked<Row> = { rows: [], allMatching: false };

describe('how the ticks change', () => {
  test('rows chosen by hand take back "all matching"', () => {
    const all = pick(pick(none, { type: 'rows', rows: page }), { type: 'allMatching' });
    expect(all).toEqual({ rows: page, allMatching: true });
    expect(pick(all, { type: 'rows', rows: [row(2)] })).toEqual({ rows: [row(2)], allMatching: false });
  });

  test('new filters drop "all matching" and keep the ticked rows (gathered from several pages)', () => {
    const all: Picked<Row> = { rows: page, allMatching: true };
    expect(pick(all, { type: 'filters' })).toEqual({ rows: page, allMatching: false });
    const ticked: Picked<Row> = { rows: [row(7)], allMatching: false };
    expect(pick(ticked, { type: 'filters' })).toBe(ticked);
  });

  test('clear drops everything', () => {
    expect(pick({ rows: page, allMatching: true }, { type: 'clear' })).toEqual(none);
  });
});

describe('what an action is told', () => {
  test('nothing ticked: no bar, nothing to do', () => {
    const s = describeSelection(none, query, shown);
    expect(s).toMatchObject({ count: 0, active: false, pageAll: false, named: [], ids: [] });
  });

  test('rows ticked: their ids are sent, their names shown', () => {
    const picked = { rows: [row(2), row(9)], allMatching: false };
    const s = describeSelection(picked, query, shown);
    expect(s).toMatchObject({ count: 2, active: true, pageAll: false, ids: [2, 9], choice: { ids: [2, 9] } });
    expect(s.named).toEqual(picked.rows);
  });

  test('every row of the page ticked: the bar may offer all the matches', () => {
    expect(describeSelection({ rows: [...page, row(9)], allMatching: false }, query, shown).pageAll).toBe(true);
    expect(describeSelection(none, query, { rows: [], total: 0 }).pageAll).toBe(false);
  });

  test('all matching: the filters without paging or order, with the count the person was shown', () => {
    const s = describeSelection({ rows: page, allMatching: true }, query, shown);
    expect(s.count).toBe(120);
    expect(s.choice).toEqual({ query: { search: 'ab', active: 'all' }, expected: 120 });
    // Names come from the page shown: the rest are not loaded.
    expect(s.named).toEqual(page);
  });
});
