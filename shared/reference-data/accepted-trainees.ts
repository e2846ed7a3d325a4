// The accepted-trainee table (Country | 1996-2010 | 2011 … 2017 | Total) as the source page printed
// it, after its empty cells were dropped on the way to text. What stays certain on a row is its first
// figure (1996–2010) and its last (the total): the figures between are the non-empty year cells in
// their order, but which years they stood in is lost unless all year cells were filled (or none was).
//
// The one rule the dropped cells leave intact: empty cells add nothing, so the figures between the
// first and the total must sum to total − first. "Cambodia 7 8" has no figure between and fails it.
import { currentFiscalYear } from '../fiscal-year';
import { countryCodeOf, countryStanding } from './countries';
import { ELIGIBLE_COUNTRIES } from './dispatch-projects';
import { type FindingSpec, makeFinding, rowFinding, sortFindings, summarise } from './findings';
import { TRAINEES_FIRST_YEAR } from './programme';
import type { CheckedTraineeTable, Finding, HistoricalFact, Period, RawRow, UnplacedFigure } from './schema';
import { cleanText, foldKey, hash64, rowKeys } from './text';

const FILE = 'accepted_trainees';

export const DEFAULT_TRAINEE_COLUMNS = [
  'Country',
  '1996-2010',
  '2011',
  '2012',
  '2013',
  '2014',
  '2015',
  '2016',
  '2017',
  'Total',
];

/** A name, then whitespace-separated whole numbers to the end of the line. */
const DATA_LINE = /^(.*?[^\d\s].*?)\s+(\d+(?:\s+\d+)*)\s*$/;
const COLUMNS_LINE = /^\s*columns\s*:(.*)$/i;
const TOTAL_NAMES = new Set(['total', 'grand total', 'totals']);

function periodOf(label: string): Period | null {
  const range = /^(\d{4})\s*[-–—]\s*(\d{4})$/.exec(label);
  if (range) return { kind: 'range', from: Number(range[1]), to: Number(range[2]) };
  return /^\d{4}$/.test(label) ? { kind: 'year', year: Number(label) } : null;
}

/** The labels of a "Columns:" line when it reads as Country | period … | Total, else null. */
function parseColumns(rest: string): string[] | null {
  const labels = rest.split('|').map((l) => l.trim());
  const middle = labels.slice(1, -1);
  return labels.length >= 4 && middle.every((l) => periodOf(l) !== null) ? labels : null;
}

interface TableRow {
  row: RawRow;
  kind: 'country' | 'total' | 'unreadable';
  name: string;
  figures: number[];
}

/** The columns between the country and the total: the first period, then the years after it. */
interface Layout {
  periods: string[];
  yearLabels: string[];
  totalLabel: string;
}

/** A row's first and total facts, and its middle figures (placed: their years are certain). */
interface RowFacts {
  first: HistoricalFact;
  total: HistoricalFact;
  middle: number[];
  placed: boolean;
}

/** What the check gathers as it goes. */
interface Gathered {
  findings: Finding[];
  facts: HistoricalFact[];
  unplaced: UnplacedFigure[];
  /** How often each fact key was given out so far. */
  keyCount: Map<string, number>;
}

type RowSpec = Parameters<typeof rowFinding>[2];

const addRowFinding = (out: Gathered, row: RawRow, spec: RowSpec) => out.findings.push(rowFinding(FILE, row, spec));
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

export function checkAcceptedTrainees(text: string, options: { fiscalYear?: number } = {}): CheckedTraineeTable {
  const lines = cleanText(text).split('\n');
  const out: Gathered = { findings: [], facts: [], unplaced: [], keyCount: new Map() };
  const { columns, columnsAt } = readColumns(lines, out);
  checkPeriods(columns.slice(1, -1), columnsAt + 1, options.fiscalYear ?? currentFiscalYear(), out);
  const periods = columns.slice(1, -1);
  const layout: Layout = { periods, yearLabels: periods.slice(1), totalLabel: columns[columns.length - 1] as string };
  const rows = readRows(lines, columnsAt);
  const certain = checkRows(rows, layout, out);
  checkTotalRow(rows, certain, layout, out, lines.length);

  const sorted = sortFindings(out.findings);
  return {
    file: FILE,
    contentHash: hash64(cleanText(text)),
    columns: ['country', 'figures'],
    rows: rows.map((r) => r.row),
    findings: sorted,
    summary: summarise(
      rows.map((r) => r.row.line),
      sorted,
    ),
    facts: out.facts,
    unplaced: out.unplaced,
  };
}

/** The table's columns from its "Columns:" line (the default ones when it has none or it does not read). */
function readColumns(lines: string[], out: Gathered): { columns: string[]; columnsAt: number } {
  const columnsAt = lines.findIndex((l) => COLUMNS_LINE.test(l));
  if (columnsAt < 0) return { columns: DEFAULT_TRAINEE_COLUMNS, columnsAt };
  const line = lines[columnsAt] as string;
  const parsed = parseColumns(COLUMNS_LINE.exec(line)?.[1] ?? '');
  if (parsed) return { columns: parsed, columnsAt };
  out.findings.push(
    makeFinding(FILE, {
      code: 'header_mismatch',
      severity: 'error',
      line: columnsAt + 1,
      params: { expected: DEFAULT_TRAINEE_COLUMNS.join(' | '), found: line.trim() },
    }),
  );
  return { columns: DEFAULT_TRAINEE_COLUMNS, columnsAt };
}

/**
 * The table's year columns lie within the programme's years: none before LGOTP's first fiscal year,
 * none that has not begun. Said once per column on the Columns line; the figures stay as printed.
 */
function checkPeriods(periods: string[], line: number, fiscalYear: number, out: Gathered): void {
  for (const label of periods) {
    const p = periodOf(label);
    if (!p || p.kind === 'all') continue;
    const [from, to] = p.kind === 'range' ? [p.from, p.to] : [p.year, p.year];
    const spec: Pick<FindingSpec, 'code' | 'params'> | null =
      from < TRAINEES_FIRST_YEAR
        ? { code: 'year_before_programme', params: { year: from, first: TRAINEES_FIRST_YEAR } }
        : to > fiscalYear
          ? { code: 'year_in_future', params: { year: to, current: fiscalYear } }
          : null;
    if (spec) out.findings.push(makeFinding(FILE, { ...spec, severity: 'warning', line, column: label }));
  }
}

/**
 * The rows of the table. The preamble (title, Columns line, notes) runs to the first line that reads
 * as data after the Columns line; from there on every non-blank line is a row, readable or not.
 */
function readRows(lines: string[], columnsAt: number): TableRow[] {
  const firstData = lines.findIndex((l, i) => i > columnsAt && DATA_LINE.test(l));
  const start = firstData >= 0 ? firstData : lines.length;
  const parsed = lines
    .map((text, i) => ({ text, line: i + 1 }))
    .slice(start)
    .filter((l) => l.text.trim() !== '')
    .map((l) => {
      const m = DATA_LINE.exec(l.text.trim());
      return m
        ? { line: l.line, name: (m[1] as string).trim(), figuresText: m[2] as string }
        : { line: l.line, name: l.text.trim(), figuresText: '' };
    });
  const keys = rowKeys(
    FILE,
    parsed.map((p) => [p.name, p.figuresText.split(/\s+/).join(' ')]),
  );
  return parsed.map((p, i) => {
    const figures = p.figuresText === '' ? [] : p.figuresText.split(/\s+/).map(Number);
    const row: RawRow = {
      line: p.line,
      values: { country: p.name, figures: figures.join(' ') },
      extra: [],
      key: keys[i] as string,
    };
    return { row, kind: rowKind(p.name, p.figuresText), name: p.name, figures };
  });
}

function rowKind(name: string, figuresText: string): TableRow['kind'] {
  if (figuresText === '') return 'unreadable';
  return TOTAL_NAMES.has(foldKey(name)) ? 'total' : 'country';
}

/**
 * A fact's key is its country and column, so a second import finds it again; a country printed
 * twice gets #2 on its second row's keys rather than a clash.
 */
function factKey(out: Gathered, country: string | null, label: string): string {
  const base = `${FILE}:${country === null ? '*' : foldKey(country)}:${label}`;
  const n = (out.keyCount.get(base) ?? 0) + 1;
  out.keyCount.set(base, n);
  return n === 1 ? base : `${base}#${n}`;
}

function addFact(out: Gathered, r: TableRow, label: string, period: Period, value: number): HistoricalFact {
  const country = r.kind === 'total' ? null : r.name;
  const f: HistoricalFact = {
    country,
    countryCode: country === null ? null : countryCodeOf(country),
    period,
    label,
    value,
    line: r.row.line,
    certainty: 'certain',
    key: factKey(out, country, label),
  };
  out.facts.push(f);
  return f;
}

function contradict(...list: (HistoricalFact | undefined)[]): void {
  for (const f of list) if (f) f.certainty = 'contradicted';
}

/** Each row on its own; the facts of the rows whose figures could be read. */
function checkRows(rows: TableRow[], layout: Layout, out: Gathered): Map<TableRow, RowFacts> {
  const certain = new Map<TableRow, RowFacts>();
  const seen = new Map<string, number>();
  for (const r of rows) {
    const facts = checkRow(r, layout, seen, out);
    if (facts) certain.set(r, facts);
  }
  return certain;
}

function checkRow(r: TableRow, layout: Layout, seen: Map<string, number>, out: Gathered): RowFacts | null {
  if (r.kind === 'unreadable') {
    addRowFinding(out, r.row, { code: 'row_unreadable', severity: 'error', params: { text: r.name } });
    return null;
  }
  if (r.kind === 'country') checkCountry(r, seen, out);
  if (!figureCountFits(r, layout, out)) return null;
  return rowFacts(r, layout, out);
}

/** A country the list of countries knows, printed once. */
function checkCountry(r: TableRow, seen: Map<string, number>, out: Gathered): void {
  const standing = countryStanding(r.name).kind;
  if (standing === 'not_eligible')
    addRowFinding(out, r.row, {
      code: 'country_not_eligible',
      severity: 'error',
      column: 'country',
      params: { country: r.name, eligible: ELIGIBLE_COUNTRIES },
    });
  else if (standing !== 'eligible')
    addRowFinding(out, r.row, {
      code: 'country_unknown',
      severity: 'error',
      column: 'country',
      params: { country: r.name },
    });
  const key = countryCodeOf(r.name) ?? foldKey(r.name);
  const earlier = seen.get(key);
  if (earlier !== undefined)
    addRowFinding(out, r.row, { code: 'duplicate_row', severity: 'warning', params: { firstLine: earlier } });
  else seen.set(key, r.row.line);
}

/** At least the first figure and the total, and no more figures than columns. */
function figureCountFits(r: TableRow, layout: Layout, out: Gathered): boolean {
  const n = r.figures.length;
  const columns = layout.periods.length + 1;
  if (n < 2) {
    addRowFinding(out, r.row, {
      code: 'trainee_row_too_few_figures',
      severity: 'error',
      column: 'figures',
      params: { country: r.name, figures: n },
    });
    return false;
  }
  if (n > columns) {
    addRowFinding(out, r.row, {
      code: 'trainee_row_too_many_figures',
      severity: 'error',
      column: 'figures',
      params: { country: r.name, figures: n, columns },
    });
    return false;
  }
  return true;
}

function rowFacts(r: TableRow, layout: Layout, out: Gathered): RowFacts {
  const { periods, yearLabels, totalLabel } = layout;
  const middle = r.figures.slice(1, -1);
  const firstLabel = periods[0] as string;
  const first = addFact(out, r, firstLabel, periodOf(firstLabel) as Period, r.figures[0] as number);
  const total = addFact(out, r, totalLabel, { kind: 'all' }, r.figures[r.figures.length - 1] as number);
  // Every year cell filled, or none: then each figure's year is certain (an empty cell is no figure).
  const placed = middle.length === yearLabels.length || middle.length === 0;
  if (middle.length === yearLabels.length) {
    for (const [i, v] of middle.entries()) {
      const label = yearLabels[i] as string;
      addFact(out, r, label, periodOf(label) as Period, v);
    }
  } else if (middle.length > 0) {
    addUnplaced(r, middle, yearLabels, out);
  }
  checkRowSum(r, first, total, middle, out);
  return { first, total, middle, placed };
}

/** Figures whose year is lost, each with the years it could stand in. */
function addUnplaced(r: TableRow, middle: number[], yearLabels: string[], out: Gathered): void {
  const slack = yearLabels.length - middle.length;
  for (const [i, v] of middle.entries()) {
    out.unplaced.push({
      country: r.name,
      line: r.row.line,
      index: i,
      value: v,
      candidates: yearLabels.slice(i, i + slack + 1),
    });
  }
  addRowFinding(out, r.row, {
    code: 'trainee_figures_unplaced',
    severity: 'info',
    column: 'figures',
    params: {
      country: r.name,
      figures: middle.join(', '),
      count: middle.length,
      columns: yearLabels.length,
      candidates: middle.map((v, i) => `${v}: ${yearLabels[i]}–${yearLabels[i + slack]}`).join('; '),
    },
  });
}

/** Empty cells add nothing, so the figures between the first and the total sum to their difference. */
function checkRowSum(r: TableRow, first: HistoricalFact, total: HistoricalFact, middle: number[], out: Gathered) {
  const figures = sum(middle);
  const expected = total.value - first.value;
  if (figures === expected) return;
  contradict(first, total);
  addRowFinding(out, r.row, {
    code: 'trainee_row_sum_mismatch',
    severity: 'warning',
    column: 'figures',
    params: {
      country: r.name,
      first: first.value,
      total: total.value,
      figures: middle.length > 0 ? middle.join(' + ') : '—',
      sum: figures,
      expected,
    },
  });
}

/** Across rows: the Total row against the countries' rows. */
function checkTotalRow(
  rows: TableRow[],
  certain: Map<TableRow, RowFacts>,
  layout: Layout,
  out: Gathered,
  lineCount: number,
): void {
  const totalRow = rows.find((r) => r.kind === 'total');
  if (!totalRow) {
    out.findings.push(
      makeFinding(FILE, { code: 'trainee_total_row_missing', severity: 'warning', line: lineCount, params: {} }),
    );
    return;
  }
  const totals = certain.get(totalRow);
  if (!totals) return;
  const countries = rows.filter((r) => r.kind === 'country' && certain.has(r)).map((r) => certain.get(r) as RowFacts);
  checkGrandTotal(totalRow, totals, countries, out);
  checkFirstColumn(totalRow, totals, countries, out);
  // The year columns: one by one when every figure's year is certain, else all together.
  if (totals.placed && totals.middle.length > 0 && countries.every((c) => c.placed)) {
    checkEachYear(totalRow, totals, countries, layout.yearLabels, out);
  } else {
    checkYearsTogether(totalRow, totals, countries, layout.yearLabels, out);
  }
}

function checkGrandTotal(totalRow: TableRow, totals: RowFacts, countries: RowFacts[], out: Gathered): void {
  const rowTotals = sum(countries.map((c) => c.total.value));
  if (rowTotals === totals.total.value) return;
  contradict(totals.total);
  addRowFinding(out, totalRow.row, {
    code: 'trainee_grand_total_mismatch',
    severity: 'warning',
    params: {
      sum: rowTotals,
      printed: totals.total.value,
      difference: rowTotals - totals.total.value,
      rows: countries.length,
    },
  });
}

function checkFirstColumn(totalRow: TableRow, totals: RowFacts, countries: RowFacts[], out: Gathered): void {
  const firsts = sum(countries.map((c) => c.first.value));
  if (firsts === totals.first.value) return;
  contradict(totals.first);
  addRowFinding(out, totalRow.row, {
    code: 'trainee_column_total_mismatch',
    severity: 'warning',
    column: totals.first.label,
    params: { column: totals.first.label, sum: firsts, printed: totals.first.value },
  });
}

function checkEachYear(
  totalRow: TableRow,
  totals: RowFacts,
  countries: RowFacts[],
  yearLabels: string[],
  out: Gathered,
): void {
  for (const [i, label] of yearLabels.entries()) {
    const figures = sum(countries.map((c) => c.middle[i] ?? 0));
    const printed = totals.middle[i] as number;
    if (figures === printed) continue;
    contradict(out.facts.find((f) => f.country === null && f.label === label));
    addRowFinding(out, totalRow.row, {
      code: 'trainee_column_total_mismatch',
      severity: 'warning',
      column: label,
      params: { column: label, sum: figures, printed },
    });
  }
}

function checkYearsTogether(
  totalRow: TableRow,
  totals: RowFacts,
  countries: RowFacts[],
  yearLabels: string[],
  out: Gathered,
): void {
  const figures = sum(countries.map((c) => sum(c.middle)));
  const printed = sum(totals.middle);
  if (figures === printed) return;
  const column = `${yearLabels[0]}–${yearLabels[yearLabels.length - 1]}`;
  addRowFinding(out, totalRow.row, {
    code: 'trainee_column_total_mismatch',
    severity: 'warning',
    column,
    params: { column, sum: figures, printed },
  });
}
