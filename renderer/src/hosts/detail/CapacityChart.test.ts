// The capacity chart's year labels: never two side by side, where they would overlap.
import { expect, test } from 'vitest';
import { yearShown } from './CapacityChart';

const months = (...list: string[]) => list.map((month) => ({ month }));
const shown = (list: { month: string }[]) => list.flatMap((m, i) => (yearShown(list, i) ? [m.month] : []));

test('a year under each January; under the first month only when no January is close after it', () => {
  expect(shown(months('2025-12', '2026-01', '2026-02', '2026-03'))).toEqual(['2026-01']);
  expect(shown(months('2025-11', '2025-12', '2026-01'))).toEqual(['2026-01']);
  expect(shown(months('2025-10', '2025-11', '2025-12', '2026-01', '2026-02'))).toEqual(['2025-10', '2026-01']);
  expect(shown(months('2026-04', '2026-05', '2026-06'))).toEqual(['2026-04']);
});
