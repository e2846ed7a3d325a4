// The project list runs newest to oldest, one block of rows per fiscal year. A block that breaks the
// order is reported, not moved: the longest run of blocks whose years strictly decrease is taken as
// the list's order (on a tie, the one that keeps the earliest blocks), and every other block is out of
// order. A year printed in two blocks thus flags the later one: 2012, 2011, 2010, 2011, 2008 → the
// second 2011.

export interface YearBlock {
  year: number;
  /** Indexes (into the rows given) of the block's rows, consecutive. */
  rows: number[];
}

/** Consecutive rows with the same year; rows without a year (null) belong to no block and split none. */
export function yearBlocks(years: (number | null)[]): YearBlock[] {
  const blocks: YearBlock[] = [];
  for (const [i, year] of years.entries()) {
    if (year === null) continue;
    const last = blocks[blocks.length - 1];
    if (last && last.year === year) last.rows.push(i);
    else blocks.push({ year, rows: [i] });
  }
  return blocks;
}

/**
 * Indexes of the blocks outside the longest strictly decreasing run. O(n²) over blocks, which are
 * few (one per year). Ties prefer keeping earlier blocks: the file's head is read as the trusted part.
 */
export function outOfOrderBlocks(blocks: YearBlock[]): number[] {
  const years = blocks.map((b) => b.year);
  const n = years.length;
  // best[i]: the length of the longest decreasing run starting at block i; next[i]: the block after i in it.
  const best: number[] = new Array(n).fill(1);
  const next: number[] = new Array(n).fill(-1);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i + 1; j < n; j++) {
      const longer = (best[j] ?? 0) + 1;
      if ((years[j] ?? 0) < (years[i] ?? 0) && longer > (best[i] ?? 0)) {
        best[i] = longer;
        next[i] = j;
      }
    }
  }
  let start = 0;
  for (let i = 1; i < n; i++) if ((best[i] ?? 0) > (best[start] ?? 0)) start = i;
  const kept = new Set<number>();
  for (let i = n > 0 ? start : -1; i >= 0; i = next[i] ?? -1) kept.add(i);
  return years.map((_, i) => i).filter((i) => !kept.has(i));
}
