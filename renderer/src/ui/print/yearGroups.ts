// A wide range of years printed as several tables, one under another, each narrow enough for A4
// portrait: shared by the statistics and the dispatch history print views.

/**
 * Year columns in groups of at most `max`, as even as can be (19 years: 10 and 9, not 12 and 7), so a
 * wide range prints as several tables one under another with columns of about the same width.
 */
export function yearGroups(years: number[], max: number): { start: number; years: number[] }[] {
  const count = Math.max(1, Math.ceil(years.length / max));
  const size = Math.max(1, Math.ceil(years.length / count));
  const groups: { start: number; years: number[] }[] = [];
  for (let i = 0; i < years.length; i += size) groups.push({ start: i, years: years.slice(i, i + size) });
  return groups.length ? groups : [{ start: 0, years: [] }];
}
