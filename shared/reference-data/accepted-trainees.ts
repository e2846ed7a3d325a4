// The accepted-trainee table (Country | 1996-2010 | 2011 … 2017 | Total) as the source page printed
// it, after its empty cells were dropped on the way to text. What stays certain on a row is its first
// figure (1996–2010) and its last (the total): the figures between are the non-empty year cells in
// their order, but which years they stood in is lost unless all year cells were filled (or none was).
//
// The one rule the dropped cells leave intact: empty cells add nothing, so the figures between the
// first and the total must sum to total − first. "Cambodia 7 8" has no figure between and fails it.
import { countryCodeOf } from './countries';
import { makeFinding, rowFinding, sortFindings, summarise } from './findings';
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

export function checkAcceptedTrainees(text: string): CheckedTraineeTable {
  const lines = cleanText(text).split('\n');
  const findings: Finding[] = [];
  const add = (row: RawRow, spec: Parameters<typeof rowFinding>[2]) => findings.push(rowFinding(FILE, row, spec));

  // The preamble (title, Columns line, notes) runs to the first line that reads as data after the
  // Columns line; from there on every non-blank line is a row, readable or not.
  let columns = DEFAULT_TRAINEE_COLUMNS;
  const columnsAt = lines.findIndex((l) => COLUMNS_LINE.test(l));
  if (columnsAt >= 0) {
    const parsed = parseColumns(COLUMNS_LINE.exec(lines[columnsAt] as string)?.[1] ?? '');
    if (parsed) columns = parsed;
    else
      findings.push(
        makeFinding(FILE, {
          code: 'header_mismatch',
          severity: 'error',
          line: columnsAt + 1,
          params: { expected: DEFAULT_TRAINEE_COLUMNS.join(' | '), found: (lines[columnsAt] as string).trim() },
        }),
      );
  }
  const firstData = lines.findIndex((l, i) => i > columnsAt && DATA_LINE.test(l));
  const start = firstData >= 0 ? firstData : lines.length;
  const periods = columns.slice(1, -1);
  const yearLabels = periods.slice(1);
  const totalLabel = columns[columns.length - 1] as string;

  const body = lines
    .map((text, i) => ({ text, line: i + 1 }))
    .slice(start)
    .filter((l) => l.text.trim() !== '');
  const parsed = body.map((l) => {
    const m = DATA_LINE.exec(l.text.trim());
    return m
      ? { line: l.line, name: (m[1] as string).trim(), figuresText: m[2] as string }
      : { line: l.line, name: l.text.trim(), figuresText: '' };
  });
  const keys = rowKeys(
    FILE,
    parsed.map((p) => [p.name, p.figuresText.split(/\s+/).join(' ')]),
  );
  const rows: TableRow[] = parsed.map((p, i) => {
    const figures = p.figuresText === '' ? [] : p.figuresText.split(/\s+/).map(Number);
    const row: RawRow = {
      line: p.line,
      values: { country: p.name, figures: figures.join(' ') },
      extra: [],
      key: keys[i] as string,
    };
    const kind = p.figuresText === '' ? 'unreadable' : TOTAL_NAMES.has(foldKey(p.name)) ? 'total' : 'country';
    return { row, kind, name: p.name, figures };
  });

  const facts: HistoricalFact[] = [];
  const unplaced: UnplacedFigure[] = [];
  // A fact's key is its country and column, so a second import finds it again; a country printed
  // twice gets #2 on its second row's keys rather than a clash.
  const keyCount = new Map<string, number>();
  const factKey = (country: string | null, label: string) => {
    const base = `${FILE}:${country === null ? '*' : foldKey(country)}:${label}`;
    const n = (keyCount.get(base) ?? 0) + 1;
    keyCount.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  };
  const fact = (r: TableRow, label: string, period: Period, value: number): HistoricalFact => {
    const country = r.kind === 'total' ? null : r.name;
    const f: HistoricalFact = {
      country,
      countryCode: country === null ? null : countryCodeOf(country),
      period,
      label,
      value,
      line: r.row.line,
      certainty: 'certain',
      key: factKey(country, label),
    };
    facts.push(f);
    return f;
  };
  const contradict = (...list: (HistoricalFact | undefined)[]) => {
    for (const f of list) if (f) f.certainty = 'contradicted';
  };

  /** Per row: its first and total facts, and its middle figures when their years are certain. */
  const certain = new Map<
    TableRow,
    { first: HistoricalFact; total: HistoricalFact; middle: number[]; placed: boolean }
  >();
  const seen = new Map<string, number>();
  for (const r of rows) {
    if (r.kind === 'unreadable') {
      add(r.row, { code: 'row_unreadable', severity: 'error', params: { text: r.name } });
      continue;
    }
    if (r.kind === 'country') {
      if (countryCodeOf(r.name) === null)
        add(r.row, { code: 'country_unknown', severity: 'error', column: 'country', params: { country: r.name } });
      const key = countryCodeOf(r.name) ?? foldKey(r.name);
      const earlier = seen.get(key);
      if (earlier !== undefined)
        add(r.row, { code: 'duplicate_row', severity: 'warning', params: { firstLine: earlier } });
      else seen.set(key, r.row.line);
    }
    const n = r.figures.length;
    if (n < 2) {
      add(r.row, {
        code: 'trainee_row_too_few_figures',
        severity: 'error',
        column: 'figures',
        params: { country: r.name, figures: n },
      });
      continue;
    }
    if (n > periods.length + 1) {
      add(r.row, {
        code: 'trainee_row_too_many_figures',
        severity: 'error',
        column: 'figures',
        params: { country: r.name, figures: n, columns: periods.length + 1 },
      });
      continue;
    }
    const firstValue = r.figures[0] as number;
    const totalValue = r.figures[n - 1] as number;
    const middle = r.figures.slice(1, -1);
    const first = fact(r, periods[0] as string, periodOf(periods[0] as string) as Period, firstValue);
    const total = fact(r, totalLabel, { kind: 'all' }, totalValue);
    // Every year cell filled, or none: then each figure's year is certain (an empty cell is no figure).
    const placed = middle.length === yearLabels.length || middle.length === 0;
    if (middle.length === yearLabels.length) {
      for (const [i, v] of middle.entries())
        fact(r, yearLabels[i] as string, periodOf(yearLabels[i] as string) as Period, v);
    } else if (middle.length > 0) {
      const slack = yearLabels.length - middle.length;
      for (const [i, v] of middle.entries()) {
        unplaced.push({
          country: r.name,
          line: r.row.line,
          index: i,
          value: v,
          candidates: yearLabels.slice(i, i + slack + 1),
        });
      }
      add(r.row, {
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
    const sum = middle.reduce((a, b) => a + b, 0);
    if (sum !== totalValue - firstValue) {
      contradict(first, total);
      add(r.row, {
        code: 'trainee_row_sum_mismatch',
        severity: 'warning',
        column: 'figures',
        params: {
          country: r.name,
          first: firstValue,
          total: totalValue,
          figures: middle.length > 0 ? middle.join(' + ') : '—',
          sum,
          expected: totalValue - firstValue,
        },
      });
    }
    certain.set(r, { first, total, middle, placed });
  }

  // Across rows: the Total row against the countries' rows.
  const countryRows = rows.filter((r) => r.kind === 'country' && certain.has(r));
  const totalRow = rows.find((r) => r.kind === 'total');
  const totals = totalRow ? certain.get(totalRow) : undefined;
  if (!totalRow) {
    findings.push(
      makeFinding(FILE, { code: 'trainee_total_row_missing', severity: 'warning', line: lines.length, params: {} }),
    );
  } else if (totals) {
    const of = (r: TableRow) => certain.get(r) as NonNullable<ReturnType<typeof certain.get>>;
    const rowTotals = countryRows.reduce((a, r) => a + of(r).total.value, 0);
    if (rowTotals !== totals.total.value) {
      contradict(totals.total);
      add(totalRow.row, {
        code: 'trainee_grand_total_mismatch',
        severity: 'warning',
        params: {
          sum: rowTotals,
          printed: totals.total.value,
          difference: rowTotals - totals.total.value,
          rows: countryRows.length,
        },
      });
    }
    const firsts = countryRows.reduce((a, r) => a + of(r).first.value, 0);
    if (firsts !== totals.first.value) {
      contradict(totals.first);
      add(totalRow.row, {
        code: 'trainee_column_total_mismatch',
        severity: 'warning',
        column: totals.first.label,
        params: { column: totals.first.label, sum: firsts, printed: totals.first.value },
      });
    }
    // The year columns: one by one when every figure's year is certain, else all together.
    const yearsLabel = `${yearLabels[0]}–${yearLabels[yearLabels.length - 1]}`;
    if (totals.placed && totals.middle.length > 0 && countryRows.every((r) => of(r).placed)) {
      for (const [i, label] of yearLabels.entries()) {
        const sum = countryRows.reduce((a, r) => a + (of(r).middle[i] ?? 0), 0);
        const printed = totals.middle[i] as number;
        if (sum !== printed) {
          contradict(facts.find((f) => f.country === null && f.label === label));
          add(totalRow.row, {
            code: 'trainee_column_total_mismatch',
            severity: 'warning',
            column: label,
            params: { column: label, sum, printed },
          });
        }
      }
    } else {
      const sum = countryRows.reduce((a, r) => a + of(r).middle.reduce((x, y) => x + y, 0), 0);
      const printed = totals.middle.reduce((x, y) => x + y, 0);
      if (sum !== printed) {
        add(totalRow.row, {
          code: 'trainee_column_total_mismatch',
          severity: 'warning',
          column: yearsLabel,
          params: { column: yearsLabel, sum, printed },
        });
      }
    }
  }

  const sorted = sortFindings(findings);
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
    facts,
    unplaced,
  };
}
