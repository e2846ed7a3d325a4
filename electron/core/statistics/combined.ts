// referenceData.statistics.combined: accepted trainees by country × fiscal year from two sources side by side, never
// mixed: CLAIR's printed table (the historical facts as stored, exactly as printed) and the trainees
// recorded in the app (counted as statistics.get counts them). A printed figure is given only where the
// table lets one know it; where a figure of the row lost its year column, the cell says "uncertain".
import type { CombinedCell, CombinedCountryYear, CombinedRow } from '../../../shared/reference-data/import-schema';
import type { Finding, HistoricalFact, UnplacedFigure } from '../../../shared/reference-data/schema';
import type { StatsQuery } from '../../../shared/statistics/schema';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { type StoredUnplaced, storedFacts, storedUnplaced, traineeContradictions } from '../reference-data/status';
import { countedTrainees } from './service';
import { yearsOf } from './table';

/** One printed row (a country, or the Total row), as stored. */
interface PrintedRow {
  range?: HistoricalFact;
  total?: HistoricalFact;
  years: Map<number, HistoricalFact>;
  unplaced: UnplacedFigure[];
  contradicted: boolean;
}

/** A printed row with the country it names (both null for the Total row). */
type PrintedCountry = PrintedRow & { name: string | null; code: string | null };

interface Column {
  label: string;
  from: number;
  to: number;
}

/** The range column as printed: its label and the years it covers. */
type PrintedRange = Column;

interface CountryName {
  code: string;
  nameEn: string;
  nameJa: string;
}

const TOTAL = '*';
const keyOf = (code: string | null, name: string | null) => (name === null ? TOTAL : (code ?? `name:${name}`));
const cell = (reference: number | null, app: number, uncertain: boolean): CombinedCell => ({
  reference,
  app,
  uncertain,
});

function printedRows(facts: HistoricalFact[], unplaced: StoredUnplaced[]) {
  const rows = new Map<string, PrintedCountry>();
  const rowOf = (key: string, name: string | null, code: string | null) => {
    let row = rows.get(key);
    if (!row) {
      row = { name, code, years: new Map(), unplaced: [], contradicted: false };
      rows.set(key, row);
    }
    return row;
  };
  for (const f of facts) {
    const row = rowOf(keyOf(f.countryCode, f.country), f.country, f.countryCode);
    if (f.period.kind === 'range') row.range = f;
    else if (f.period.kind === 'all') row.total = f;
    else row.years.set(f.period.year, f);
    if (f.certainty === 'contradicted') row.contradicted = true;
  }
  for (const u of unplaced) rowOf(keyOf(u.countryCode, u.country), u.country, u.countryCode).unplaced.push(u);
  return rows;
}

/**
 * The printed figure for one year of a row, or why there is none: the year lies inside the range
 * column (shown apart), outside the table, in the candidates of a figure that lost its column, or in
 * a row whose figures do not add up; a row whose figures are all accounted for had 0 in the others.
 */
function printedYear(row: PrintedRow | undefined, year: number, tableYears: Set<number>): [number | null, boolean] {
  if (!row) return [null, false];
  const r = row.range?.period;
  if (r?.kind === 'range' && year >= r.from && year <= r.to) return [null, (row.range?.value ?? 0) > 0];
  if (!tableYears.has(year)) return [null, false];
  const fact = row.years.get(year);
  if (fact) return [fact.value, false];
  if (row.unplaced.some((u) => u.candidates.includes(String(year)))) return [null, true];
  if (row.contradicted) return [null, true];
  return row.range && row.total ? [0, false] : [null, false];
}

/** The printed range column (several years printed as one figure), if the table has one. */
function printedRange(facts: HistoricalFact[]): PrintedRange | null {
  const rangeFact = facts.find((f) => f.period.kind === 'range');
  return rangeFact?.period.kind === 'range' ? { label: rangeFact.label, ...rangeFact.period } : null;
}

/** The years the table prints one by one: its year columns and the candidates of figures that lost theirs. */
function tableYearsOf(facts: HistoricalFact[], unplaced: StoredUnplaced[]): Set<number> {
  const tableYears = new Set<number>();
  for (const f of facts) if (f.period.kind === 'year') tableYears.add(f.period.year);
  for (const u of unplaced) for (const c of u.candidates) tableYears.add(Number(c));
  return tableYears;
}

/** One column a year, except that a range shown whole is one column. */
function columnsOf(years: number[], shownRange: PrintedRange | null): Column[] {
  const columns: Column[] = [];
  for (const y of years) {
    if (shownRange && y >= shownRange.from && y <= shownRange.to) {
      if (y === shownRange.from) columns.push({ label: shownRange.label, from: shownRange.from, to: shownRange.to });
    } else columns.push({ label: String(y), from: y, to: y });
  }
  return columns;
}

/** The columns of the query's years, the column of each year, and whether the printed totals are whole. */
function layoutOf(query: StatsQuery, countedYears: number[], range: PrintedRange | null, tableYears: Set<number>) {
  const dataYears = [...new Set(countedYears), ...tableYears];
  if (range) dataYears.push(range.from, range.to);
  const years = yearsOf(query, dataYears);
  const rangeShown = range !== null && (years[0] ?? Infinity) <= range.from && range.to <= (years.at(-1) ?? 0);
  const columns = columnsOf(years, rangeShown ? range : null);
  const columnOf = new Map<number, number>();
  columns.forEach((c, i) => {
    for (let y = c.from; y <= c.to; y++) columnOf.set(y, i);
  });
  // Every year of the table within the query: then the printed totals are the row's whole.
  const whole = rangeShown && [...tableYears].every((y) => columnOf.has(y));
  return { columns, columnOf, range, tableYears, whole };
}

type Layout = ReturnType<typeof layoutOf>;

/** The app's trainees by country, one figure a column (years outside the columns left out). */
function appCounts(counts: { country: string; fiscal_year: number; n: number }[], layout: Layout) {
  const app = new Map<string, number[]>();
  for (const c of counts) {
    const i = layout.columnOf.get(c.fiscal_year);
    if (i === undefined) continue;
    const row = app.get(c.country) ?? layout.columns.map(() => 0);
    row[i] = (row[i] ?? 0) + c.n;
    app.set(c.country, row);
  }
  return app;
}

function cellsOf(layout: Layout, p: PrintedRow | undefined, appCounts: number[] | undefined): CombinedCell[] {
  const { range } = layout;
  return layout.columns.map((c, i): CombinedCell => {
    const n = appCounts?.[i] ?? 0;
    if (range && c.label === range.label && c.from === range.from) return cell(p?.range?.value ?? null, n, false);
    const [reference, uncertain] = printedYear(p, c.from, layout.tableYears);
    return cell(reference, n, uncertain);
  });
}

/** A row's total: the printed one when the columns hold the whole table, else the sum of what is known. */
function totalOf(whole: boolean, cells: CombinedCell[], printedTotal: HistoricalFact | undefined): CombinedCell {
  const appSum = cells.reduce((a, c) => a + c.app, 0);
  if (whole && printedTotal) return cell(printedTotal.value, appSum, false);
  if (cells.some((c) => c.uncertain)) return cell(null, appSum, true);
  const known = cells.filter((c) => c.reference !== null);
  return cell(known.length > 0 ? known.reduce((a, c) => a + (c.reference as number), 0) : null, appSum, false);
}

interface RowName {
  key: string;
  code: string | null;
  nameEn: string;
  nameJa: string;
}

/** The list's countries in order, then printed rows tied to none, then app countries missing from the list. */
function rowNames(countries: CountryName[], printed: Map<string, PrintedCountry>, app: Map<string, number[]>) {
  return [
    ...countries.map((c): RowName => ({ key: c.code, code: c.code, nameEn: c.nameEn, nameJa: c.nameJa })),
    ...[...printed.entries()]
      .filter(([key, p]) => key !== TOTAL && p.code === null)
      .map(([key, p]): RowName => ({ key, code: null, nameEn: p.name ?? key, nameJa: p.name ?? key })),
    ...[...app.keys()]
      .filter((code) => !countries.some((c) => c.code === code))
      .sort()
      .map((code): RowName => ({ key: code, code, nameEn: code, nameJa: code })),
  ];
}

const countryOf = (f: Finding) => String(f.params.country ?? f.values.country ?? '');

/** A country's row, or none when it has nothing to show in the columns. */
function combinedRow(
  { code, nameEn, nameJa }: RowName,
  layout: Layout,
  p: PrintedCountry | undefined,
  app: number[] | undefined,
  findings: Finding[],
): CombinedRow[] {
  const cells = cellsOf(layout, p, app);
  if (!cells.some((c) => c.reference !== null || c.uncertain || c.app > 0)) return [];
  const names = p ? [p.name, p.range?.country, p.total?.country].filter((n): n is string => !!n) : [];
  return [
    {
      code,
      nameEn,
      nameJa,
      cells,
      total: totalOf(layout.whole, cells, p?.total),
      contradictions: findings.filter((f) => f.code === 'trainee_row_sum_mismatch' && names.includes(countryOf(f))),
      unplacedSum: (p?.unplaced ?? []).reduce((a, u) => a + u.value, 0),
    },
  ];
}

export function combinedCountryYear(ctx: Context, query: StatsQuery): CombinedCountryYear {
  const countries = ctx.db.all<CountryName>(sql`
    SELECT code, name_en AS nameEn, name_ja AS nameJa FROM countries ORDER BY sort_order, code`);
  const facts = storedFacts(ctx);
  const unplaced = storedUnplaced(ctx);
  const { findings } = traineeContradictions(ctx);
  const printed = printedRows(facts, unplaced);
  const referenceImported = printed.size > 0;

  const counts = ctx.db.all<{ country: string; fiscal_year: number; n: number }>(sql`
    SELECT t.country, t.fiscal_year, count(*) AS n FROM trainees t
    WHERE ${countedTrainees(query)} GROUP BY t.fiscal_year, t.country`);
  const layout = layoutOf(
    query,
    counts.map((c) => c.fiscal_year),
    printedRange(facts),
    tableYearsOf(facts, unplaced),
  );
  const app = appCounts(counts, layout);
  const rows = rowNames(countries, printed, app).flatMap((name) =>
    combinedRow(name, layout, printed.get(name.key), app.get(name.key), findings),
  );

  const totalRow = printed.get(TOTAL);
  const printedTotals = cellsOf(layout, totalRow, undefined);
  const totals = printedTotals.map((c, i) => ({ ...c, app: rows.reduce((a, r) => a + (r.cells[i]?.app ?? 0), 0) }));
  const countryTotals = [...printed.entries()].filter(([key]) => key !== TOTAL).map(([, p]) => p.total?.value ?? 0);
  return {
    referenceImported,
    columns: layout.columns,
    rows,
    totals,
    grandTotal: totalOf(layout.whole, totals, totalRow?.total),
    referenceRowTotalsSum: referenceImported && layout.whole ? countryTotals.reduce((a, b) => a + b, 0) : null,
    contradictions: findings,
    unplaced: unplaced.map(({ countryCode, ...figure }) => figure),
  };
}
