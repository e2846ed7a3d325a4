import { describe, expect, test } from 'vitest';
import type { Criterion } from '../../../../shared/progress/schema';
import { inOrder, reordered } from './order';

const c = (id: number, sortOrder: number): Criterion => ({
  id,
  nameEn: `C${id}`,
  nameJa: `項目${id}`,
  active: true,
  sortOrder,
});

describe('criteria order', () => {
  test('sorted by their number, then by id (new ones share the default number)', () => {
    expect(inOrder([c(3, 100), c(1, 2), c(2, 100)]).map((x) => x.id)).toEqual([1, 2, 3]);
  });

  test('moving one swaps it with its neighbour and saves only what changed', () => {
    const list = [c(1, 1), c(2, 2), c(3, 3), c(4, 4)];
    expect(reordered(list, 3, -1)).toEqual([
      { id: 3, data: { nameEn: 'C3', nameJa: '項目3', active: true, sortOrder: 2 } },
      { id: 2, data: { nameEn: 'C2', nameJa: '項目2', active: true, sortOrder: 3 } },
    ]);
  });

  test('numbers with gaps or ties are made 1..n on the first move', () => {
    const saved = reordered([c(1, 10), c(2, 100), c(3, 100)], 3, -1);
    expect(saved.map((u) => [u.id, u.data.sortOrder])).toEqual([
      [1, 1],
      [3, 2],
      [2, 3],
    ]);
  });

  test('the first cannot move up, the last cannot move down, unknown ids do nothing', () => {
    const list = [c(1, 1), c(2, 2)];
    expect(reordered(list, 1, -1)).toEqual([]);
    expect(reordered(list, 2, 1)).toEqual([]);
    expect(reordered(list, 9, 1)).toEqual([]);
  });
});
