// statistics.combined: accepted trainees by country × fiscal year from two sources side by side, never
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

interface Column {
  label: string;
  from: number;
  to: number;
}

const TOTAL = '*';
const keyOf = (code: string | null, name: string | null) => (name === null ? TOTAL : (code ?? `name:${name}`));
const cell = (reference: number | null, app: number, uncertain: boolean): CombinedCell => ({
  reference,
  app,
  uncertain,
});

function printedRows(facts: HistoricalFact[], unplaced: StoredUnplaced[]) {
  const rows = new Map<string, PrintedRow & { name: string | null; code: string | null }>();
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

export function combinedCountryYear(ctx: Context, query: StatsQuery): CombinedCountryYear {
  const countries = ctx.db.all<{ code: string; nameEn: string; nameJa: string }>(sql`
    SELECT code, name_en AS nameEn, name_ja AS nameJa FROM countries ORDER BY sort_order, code`);
  const facts = storedFacts(ctx);
  const unplaced = storedUnplaced(ctx);
  const { findings } = traineeContradictions(ctx);
  const printed = printedRows(facts, unplaced);
  const referenceImported = printed.size > 0;

  const rangeFact = facts.find((f) => f.period.kind === 'range');
  const range = rangeFact?.period.kind === 'range' ? { label: rangeFact.label, ...rangeFact.period } : null;
  const tableYears = new Set<number>();
  for (const f of facts) if (f.period.kind === 'year') tableYears.add(f.period.year);
  for (const u of unplaced) for (const c of u.candidates) tableYears.add(Number(c));

  const counts = ctx.db.all<{ country: string; fiscal_year: number; n: number }>(sql`
    SELECT t.country, t.fiscal_year, count(*) AS n FROM trainees t
    WHERE ${countedTrainees(query)} GROUP BY t.fiscal_year, t.country`);
  const dataYears = [...new Set(counts.map((c) => c.fiscal_year)), ...tableYears];
  if (range) dataYears.push(range.from, range.to);
  const years = yearsOf(query, dataYears);
  const rangeShown = range !== null && (years[0] ?? Infinity) <= range.from && range.to <= (years.at(-1) ?? 0);

  const columns: Column[] = [];
  for (const y of years) {
    if (rangeShown && range && y >= range.from && y <= range.to) {
      if (y === range.from) columns.push({ label: range.label, from: range.from, to: range.to });
    } else columns.push({ label: String(y), from: y, to: y });
  }
  const columnOf = new Map<number, number>();
  columns.forEach((c, i) => {
    for (let y = c.from; y <= c.to; y++) columnOf.set(y, i);
  });
  // Every year of the table within the query: then the printed totals are the row's whole.
  const whole = rangeShown && [...tableYears].every((y) => columnOf.has(y));

  const app = new Map<string, number[]>();
  for (const c of counts) {
    const i = columnOf.get(c.fiscal_year);
    if (i === undefined) continue;
    const row = app.get(c.country) ?? columns.map(() => 0);
    row[i] = (row[i] ?? 0) + c.n;
    app.set(c.country, row);
  }

  const cellsOf = (p: PrintedRow | undefined, appCounts: number[] | undefined) =>
    columns.map((c, i): CombinedCell => {
      const n = appCounts?.[i] ?? 0;
      if (range && c.label === range.label && c.from === range.from) return cell(p?.range?.value ?? null, n, false);
      const [reference, uncertain] = printedYear(p, c.from, tableYears);
      return cell(reference, n, uncertain);
    });
  const totalOf = (cells: CombinedCell[], printedTotal: HistoricalFact | undefined): CombinedCell => {
    const appSum = cells.reduce((a, c) => a + c.app, 0);
    if (whole && printedTotal) return cell(printedTotal.value, appSum, false);
    if (cells.some((c) => c.uncertain)) return cell(null, appSum, true);
    const known = cells.filter((c) => c.reference !== null);
    return cell(known.length > 0 ? known.reduce((a, c) => a + (c.reference as number), 0) : null, appSum, false);
  };

  const countryOf = (f: Finding) => String(f.params.country ?? f.values.country ?? '');
  const order = [
    ...countries.map((c) => ({ key: c.code, code: c.code as string | null, nameEn: c.nameEn, nameJa: c.nameJa })),
    ...[...printed.entries()]
      .filter(([key, p]) => key !== TOTAL && p.code === null)
      .map(([key, p]) => ({ key, code: null, nameEn: p.name ?? key, nameJa: p.name ?? key })),
    ...[...app.keys()]
      .filter((code) => !countries.some((c) => c.code === code))
      .sort()
      .map((code) => ({ key: code, code: code as string | null, nameEn: code, nameJa: code })),
  ];
  const rows: CombinedRow[] = order.flatMap(({ key, code, nameEn, nameJa }) => {
    const p = printed.get(key);
    const cells = cellsOf(p, app.get(key));
    if (!cells.some((c) => c.reference !== null || c.uncertain || c.app > 0)) return [];
    const names = p ? [p.name, p.range?.country, p.total?.country].filter((n): n is string => !!n) : [];
    return [
      {
        code,
        nameEn,
        nameJa,
        cells,
        total: totalOf(cells, p?.total),
        contradictions: findings.filter((f) => f.code === 'trainee_row_sum_mismatch' && names.includes(countryOf(f))),
        unplacedSum: (p?.unplaced ?? []).reduce((a, u) => a + u.value, 0),
      },
    ];
  });

  const totalRow = printed.get(TOTAL);
  const printedTotals = cellsOf(totalRow, undefined);
  const totals = printedTotals.map((c, i) => ({ ...c, app: rows.reduce((a, r) => a + (r.cells[i]?.app ?? 0), 0) }));
  const countryTotals = [...printed.entries()].filter(([key]) => key !== TOTAL).map(([, p]) => p.total?.value ?? 0);
  return {
    referenceImported,
    columns,
    rows,
    totals,
    grandTotal: totalOf(totals, totalRow?.total),
    referenceRowTotalsSum: referenceImported && whole ? countryTotals.reduce((a, b) => a + b, 0) : null,
    contradictions: findings,
    unplaced: unplaced.map(({ countryCode, ...figure }) => figure),
  };
}
