// A new page of rows is drawn in two steps: the rows that fill a window at once, the rest in the next
// task. The first paint then lays out a third of the page: with 50 rows of Mantine cells, laying out
// and rendering the whole page is most of the time from the answer to the first rows on screen.
import { useEffect, useMemo, useState } from 'react';
import { afterNextPaint } from '../afterPaint';

/** More than a compact list shows in a 1440×900 window (18 rows) or a tall one. */
export const FIRST_ROWS = 24;

export function useFirstRowsFirst<T>(rows: T[], first = FIRST_ROWS): T[] {
  const [complete, setComplete] = useState<T[] | null>(null);
  const partial = rows.length > first && complete !== rows;
  useEffect(() => (partial ? afterNextPaint(() => setComplete(rows)) : undefined), [partial, rows]);
  return useMemo(() => (partial ? rows.slice(0, first) : rows), [partial, rows, first]);
}
