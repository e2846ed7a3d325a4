// The one CSV reader for every file that comes in (the host import, the reference files). It counts
// physical lines (a cell with a line break spans two), and every physical line ends up somewhere: in
// the header, in a record, or in a finding (blank and separator-only lines). Faults are findings,
// never silent: an unclosed quote says how many lines it took in, and the caller may ask for those
// lines to be read as rows instead (`readAsRows`, by the quote's line). Limits stop the reading early
// with a CsvLimitError, so a huge file never builds a huge table.

export interface CsvRecord {
  /** The physical line the record starts on (1 = the file's first line). */
  line: number;
  /** The physical line it ends on (more than `line` when a quoted cell holds line breaks). */
  endLine: number;
  cells: string[];
}

export type CsvFindingCode =
  | 'unclosed_quote'
  | 'stray_quote'
  | 'quote_read_as_text'
  | 'cell_count'
  | 'blank_line'
  | 'separator_only_line';

export interface CsvFinding {
  code: CsvFindingCode;
  /** The physical line it is about (the opening quote's line for an unclosed quote). */
  line: number;
  /** Every physical line it covers. */
  lines: number[];
  params: Record<string, number>;
}

export interface CsvLimits {
  maxRows: number;
  maxColumns: number;
  maxCellLength: number;
}

export type CsvLimitCode = 'too_many_rows' | 'too_many_columns' | 'cell_too_long';

export class CsvLimitError extends Error {
  constructor(
    readonly code: CsvLimitCode,
    readonly line: number,
    readonly max: number,
  ) {
    super(`${code} at line ${line} (at most ${max})`);
    this.name = 'CsvLimitError';
  }
}

export interface CsvOptions {
  /** `,` `;` or tab; when absent, the one the first non-blank line uses most outside quotes. */
  delimiter?: string;
  /** Lines of unclosed quotes whose quote is to be read as a plain character, so the lines it took in are rows. */
  readAsRows?: readonly number[];
  limits?: CsvLimits;
}

export interface CsvTable {
  delimiter: string;
  /** The first record that is neither blank nor separators only; null when there is none. */
  header: CsvRecord | null;
  /** Every other record, blank ones included, in file order. */
  records: CsvRecord[];
  findings: CsvFinding[];
  /** Physical lines in the text (a final line break does not start another). */
  lineCount: number;
}

const DELIMITERS = [',', ';', '\t'];

/** The text with LF line endings (CR LF and a lone CR are one physical line break each), no byte-order mark. */
export const unifyLineBreaks = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

export function detectDelimiter(text: string): string {
  const firstLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const counts = new Map(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}

export const isBlankCells = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

interface Field {
  value: string;
  /** Where the text goes on after the field (at a delimiter, a line break or the end). */
  end: number;
  /** Line breaks inside the field. */
  breaks: number;
  /** Set when the field opened a quote that swallowed lines or never closed. */
  unclosed?: boolean;
  stray?: boolean;
}

/** Reads one field from `at`. A quote is honoured unless `literal`, or the field does not open with it. */
class Reader {
  constructor(
    private readonly text: string,
    private readonly delimiter: string,
  ) {}

  field(at: number, literal: boolean): Field {
    return this.text[at] === '"' && !literal ? this.quoted(at) : this.plain(at, '', 0);
  }

  private plain(at: number, prefix: string, breaks: number): Field {
    let end = at;
    while (end < this.text.length && this.text[end] !== this.delimiter && this.text[end] !== '\n') end++;
    return { value: prefix + this.text.slice(at, end), end, breaks };
  }

  private quoted(at: number): Field {
    const { text } = this;
    let value = '';
    let breaks = 0;
    let i = at + 1;
    for (;;) {
      const close = text.indexOf('"', i);
      if (close < 0) {
        const rest = text.slice(i);
        breaks += countBreaks(rest);
        return { value: value + rest, end: text.length, breaks, unclosed: true };
      }
      const chunk = text.slice(i, close);
      breaks += countBreaks(chunk);
      value += chunk;
      if (text[close + 1] === '"') {
        value += '"';
        i = close + 2;
        continue;
      }
      const next = text[close + 1];
      if (next === undefined || next === this.delimiter || next === '\n') return { value, end: close + 1, breaks };
      // Text after the closing quote: a quote that took in whole lines was never meant to close there.
      if (breaks > 0) return { ...this.plain(close + 1, value, breaks), unclosed: true };
      return { ...this.plain(close + 1, value, breaks), stray: true };
    }
  }
}

function countBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function countLines(text: string): number {
  if (text === '') return 0;
  return countBreaks(text) + (text.endsWith('\n') ? 0 : 1);
}

/** Reads the records one by one, with the findings of their quotes, checking the limits as it goes. */
class RecordReader {
  readonly records: CsvRecord[] = [];
  readonly findings: CsvFinding[] = [];
  private at = 0;
  private line = 1;
  private readonly reader: Reader;
  private readonly lastLine: number;

  constructor(
    private readonly text: string,
    private readonly delimiter: string,
    private readonly readAsRows: Set<number>,
    private readonly limits?: CsvLimits,
  ) {
    this.reader = new Reader(text, delimiter);
    this.lastLine = countLines(text);
  }

  readAll(): this {
    while (this.at < this.text.length) this.record();
    return this;
  }

  private record(): void {
    const start = this.line;
    const cells: string[] = [];
    for (;;) {
      cells.push(this.field());
      if (this.limits && cells.length > this.limits.maxColumns)
        throw new CsvLimitError('too_many_columns', start, this.limits.maxColumns);
      if (this.text[this.at] !== this.delimiter) break;
      this.at++;
    }
    // A quote left open at the end of the file takes in its last line break, which starts no line.
    this.records.push({ line: start, endLine: Math.max(start, Math.min(this.line, this.lastLine)), cells });
    if (this.limits && this.records.length > this.limits.maxRows + 1)
      throw new CsvLimitError('too_many_rows', start, this.limits.maxRows);
    if (this.text[this.at] === '\n') {
      this.at++;
      this.line++;
    }
  }

  private field(): string {
    const { line } = this;
    let field = this.reader.field(this.at, false);
    if (field.unclosed && this.readAsRows.has(line)) {
      field = this.reader.field(this.at, true);
      // The quote is now part of the cell's text: said, so it is never stored unnoticed.
      this.findings.push({ code: 'quote_read_as_text', line, lines: [line], params: {} });
    }
    if (field.unclosed) {
      const through = Math.min(line + field.breaks, this.lastLine);
      const params = { lines: through - line + 1, through };
      this.findings.push({ code: 'unclosed_quote', line, lines: range(line, through), params });
    } else {
      if (field.stray) this.findings.push({ code: 'stray_quote', line, lines: [line], params: {} });
      // A cell an unclosed quote swallowed is long for that reason, which its finding says.
      if (this.limits && field.value.length > this.limits.maxCellLength)
        throw new CsvLimitError('cell_too_long', line, this.limits.maxCellLength);
    }
    this.line += field.breaks;
    this.at = field.end;
    return field.value;
  }
}

/** Blank and separator-only lines, and records with more or fewer cells than the header. */
function shapeFindings(records: CsvRecord[], header: CsvRecord | null, quotes: CsvFinding[]): CsvFinding[] {
  const findings: CsvFinding[] = [];
  // An unclosed quote already says why its record's cells are off.
  const unclosed = quotes.filter((f) => f.code === 'unclosed_quote').map((f) => f.line);
  const explained = (r: CsvRecord) => unclosed.some((line) => r.line <= line && line <= r.endLine);
  for (const r of records) {
    const lines = range(r.line, r.endLine);
    if (isBlankCells(r.cells)) {
      const code = r.cells.length > 1 ? 'separator_only_line' : 'blank_line';
      findings.push({ code, line: r.line, lines, params: {} });
    } else if (header && r !== header && r.cells.length !== header.cells.length && !explained(r)) {
      const params = { expected: header.cells.length, found: r.cells.length };
      findings.push({ code: 'cell_count', line: r.line, lines, params });
    }
  }
  return findings;
}

/** Reads CSV text (already decoded). Throws CsvLimitError when a limit is passed. */
export function readCsvText(input: string, options: CsvOptions = {}): CsvTable {
  const text = unifyLineBreaks(input);
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const parsed = new RecordReader(text, delimiter, new Set(options.readAsRows ?? []), options.limits).readAll();
  const header = parsed.records.find((r) => !isBlankCells(r.cells)) ?? null;
  const findings = [...parsed.findings, ...shapeFindings(parsed.records, header, parsed.findings)].sort(
    (a, b) => a.line - b.line,
  );
  return {
    delimiter,
    header,
    records: parsed.records.filter((r) => r !== header),
    findings,
    lineCount: countLines(text),
  };
}
