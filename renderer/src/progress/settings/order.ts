// The order of the evaluation criteria: moving one up or down renumbers them 1..n, and only those
// whose number changed are saved.
import type { Criterion } from '../../../../shared/progress/schema';

export type CriterionData = { nameEn: string; nameJa: string; active: boolean; sortOrder: number };

export const dataOf = (c: Criterion): CriterionData => ({
  nameEn: c.nameEn,
  nameJa: c.nameJa,
  active: c.active,
  sortOrder: c.sortOrder,
});

export const inOrder = (list: Criterion[]) => [...list].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);

/** The criteria after moving one up or down, numbered 1..n: only those whose number changed are saved. */
export function reordered(list: Criterion[], id: number, step: -1 | 1): { id: number; data: CriterionData }[] {
  const order = inOrder(list);
  const i = order.findIndex((c) => c.id === id);
  const j = i + step;
  if (i < 0 || j < 0 || j >= order.length) return [];
  const moved = [...order];
  [moved[i], moved[j]] = [moved[j] as Criterion, moved[i] as Criterion];
  return moved
    .map((c, index) => ({ c, sortOrder: index + 1 }))
    .filter(({ c, sortOrder }) => c.sortOrder !== sortOrder)
    .map(({ c, sortOrder }) => ({ id: c.id, data: { ...dataOf(c), sortOrder } }));
}
