// The combined table's words and marks, shared by the screen and the print view: column headings,
// what a cell holds (a printed figure, an app figure, a "?"), the unplaced figures by country, and
// whether the printed grand total contradicts its rows.
import type { CombinedCell, CombinedCountryYear } from '../../../shared/reference-data/import-schema';
import type { UnplacedFigure } from '../../../shared/reference-data/schema';
import type { Language } from '../../../shared/settings/schema';
import { fyLabel } from '../i18n/format';

type Column = CombinedCountryYear['columns'][number];

/** "1996–2010" for the printed range, "FY2011" / "2011年度" for a year. */
export function columnLabel(column: Column, lang: Language): string {
  return column.from === column.to ? fyLabel(column.from, lang, true) : `${column.from}–${column.to}`;
}

export type Part = { kind: 'reference' | 'app'; value: number } | { kind: 'uncertain' } | { kind: 'zero' };

/** What a cell shows, in order: the printed figure, the app's, "?" — or a dimmed 0 when it holds none. */
export function cellParts(cell: CombinedCell): Part[] {
  const parts: Part[] = [];
  if (cell.reference !== null) parts.push({ kind: 'reference', value: cell.reference });
  if (cell.app > 0) parts.push({ kind: 'app', value: cell.app });
  if (cell.uncertain) parts.push({ kind: 'uncertain' });
  return parts.length > 0 ? parts : [{ kind: 'zero' }];
}

/** The unplaced figures grouped by country, in table order. */
export function unplacedByCountry(unplaced: UnplacedFigure[]): { country: string; figures: UnplacedFigure[] }[] {
  const out = new Map<string, UnplacedFigure[]>();
  for (const u of unplaced) out.set(u.country, [...(out.get(u.country) ?? []), u]);
  return [...out.entries()].map(([country, figures]) => ({ country, figures }));
}

/** The printed grand total when the row totals add up to something else (233 printed, 234 added up). */
export function grandTotalMismatch(data: CombinedCountryYear): { printed: number; sum: number } | null {
  const printed = data.grandTotal.reference;
  const sum = data.referenceRowTotalsSum;
  return printed !== null && sum !== null && printed !== sum ? { printed, sum } : null;
}

/** Columns in groups for print (portrait A4 holds about twelve figure columns beside the country). */
export function columnGroups(count: number, size: number): { start: number; end: number }[] {
  const groups: { start: number; end: number }[] = [];
  for (let start = 0; start < count; start += size) groups.push({ start, end: Math.min(count, start + size) });
  return groups.length > 0 ? groups : [{ start: 0, end: 0 }];
}
