// Property tests of the import preview: random CSV files (any delimiter, line endings, byte-order
// mark, quoting) with injected faults. Whatever the file, every record appears in the preview exactly
// once, with its cells as written; every injected fault is reported on its row; clean rows are
// proposed for creation; and the preview never writes.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openTestCore, snapshot, type TestCore } from '../../../tests/support/test-core';
import { HOSTILE, text } from '../trainees/__tests__/arbitraries';
import { hostData, xlsxFile } from './__tests__/arbitraries';

let t: TestCore;
beforeAll(() => {
  t = openTestCore();
  t.ok('hosts.create', { data: hostData({ nameEn: 'Existing City', nameJa: '既存市', prefecture: 1 }) });
});
afterAll(() => t.close());

const HEADER = [
  'name_en',
  'name_ja',
  'kind',
  'prefecture',
  'capacity',
  'fields',
  'contact_name',
  'contact_email',
  'notes',
];

type Fault =
  | 'none'
  | 'missing_name'
  | 'unknown_prefecture'
  | 'unknown_field'
  | 'invalid_capacity'
  | 'invalid_email'
  | 'unknown_kind'
  | 'blank_row'
  | 'extra_cells'
  | 'duplicate_row'
  | 'duplicate_host';

const FAULTS: Fault[] = [
  'none',
  'none',
  'none',
  'missing_name',
  'unknown_prefecture',
  'unknown_field',
  'invalid_capacity',
  'invalid_email',
  'unknown_kind',
  'blank_row',
  'extra_cells',
  'duplicate_row',
  'duplicate_host',
];

/**
 * Free text for a CSV cell. Never U+FFFD: a text file holding a literal replacement character is
 * refused whole by the decoder (it is what a damaged conversion leaves behind; the decoder's tests
 * pin that), so a random one here would test the refusal, not the rows.
 */
const cellText = (max: number) => text(max).filter((s) => !s.includes('\uFFFD'));

const cleanRow = fc.record({
  nameEn: cellText(120),
  nameJa: cellText(120),
  kind: fc.constantFrom('city', 'Town', '村', 'special_ward', '関係団体', 'Related organisation'),
  prefecture: fc.constantFrom('1', '13', 'Kagawa', '沖縄県', 'Kyoto-fu', ' 47 ', '大阪'),
  capacity: fc.constantFrom('0', '3', '99', '１２'),
  fields: fc.constantFrom('', 'Environment', 'Tourism; 農業', '教育;Education'),
  email: fc.constantFrom('', 'a@b.example', 'kokusai@city.example.jp'),
  notes: fc.oneof(
    fc.constant(''),
    cellText(200),
    fc.constantFrom(...HOSTILE),
    fc.constant('multi\nline, "quoted"; note'),
  ),
});

const BAD: Partial<Record<Fault, fc.Arbitrary<string>>> = {
  unknown_prefecture: fc.constantFrom('Atlantis', '48', '0', 'Tokyo-shi'),
  unknown_field: fc.constantFrom('Astrology', 'Environment; Alchemy'),
  invalid_capacity: fc.constantFrom('-1', 'lots', '100', '1.5', '2 people'),
  invalid_email: fc.constantFrom('not-an-email', 'a@', '@b.example', 'a b@c.example'),
  unknown_kind: fc.constantFrom('county', 'metropolis', '郡'),
  blank_row: fc.constantFrom('', '   ', '\t'),
};

const rowSpec = fc
  .record({ fault: fc.constantFrom(...FAULTS), clean: cleanRow, bad: fc.constantFrom('x') })
  .chain((r) => (BAD[r.fault] ?? fc.constant('')).map((bad) => ({ ...r, bad })));

const fileSpec = fc.record({
  rows: fc.array(rowSpec, { minLength: 1, maxLength: 25 }),
  delimiter: fc.constantFrom(',', ';', '\t'),
  bom: fc.boolean(),
  // CRLF and LF mixed, or old Mac CR alone (a CR mixed with LF could read as one CRLF).
  endings: fc.oneof(fc.array(fc.constantFrom('\r\n', '\n'), { minLength: 1, maxLength: 3 }), fc.constant(['\r'])),
  trailingNewline: fc.boolean(),
  blankAsDelimiters: fc.boolean(),
});

function quote(cell: string, delimiter: string): string {
  return /["\r\n]/.test(cell) || cell.includes(delimiter) || cell !== cell.trim()
    ? `"${cell.replaceAll('"', '""')}"`
    : cell;
}

type FileSpec = typeof fileSpec extends fc.Arbitrary<infer T> ? T : never;

type RowSpec = FileSpec['rows'][number];
type Expected = { cells: string[]; fault: Fault };

/** A clean record; unique names (the index), so only injected duplicates are duplicates. */
function cleanCells(clean: RowSpec['clean'], i: number): string[] {
  return [
    `${clean.nameEn} #${i}`,
    `${clean.nameJa} #${i}`,
    clean.kind,
    clean.prefecture,
    clean.capacity,
    clean.fields,
    clean.email ? 'Tanaka Yuki' : '',
    clean.email,
    clean.notes,
  ];
}

/** The record with its fault injected; a duplicate row before any clean one stays clean. */
function withFault({ fault, clean, bad }: RowSpec, i: number, earlier: Expected[], spec: FileSpec): Expected {
  const cells = cleanCells(clean, i);
  switch (fault) {
    case 'missing_name':
      cells[i % 2] = '';
      break;
    case 'unknown_prefecture':
      cells[3] = bad;
      break;
    case 'unknown_field':
      cells[5] = bad;
      break;
    case 'invalid_capacity':
      cells[4] = bad;
      break;
    case 'invalid_email':
      cells.splice(6, 2, 'Tanaka Yuki', bad);
      break;
    case 'unknown_kind':
      cells[2] = bad;
      break;
    case 'extra_cells':
      return { cells: [...cells, 'surplus'], fault };
    case 'duplicate_host':
      return { cells: ['Existing City', '既存市', 'city', 'Hokkaido', '1', '', '', '', ''], fault };
    case 'blank_row':
      return { cells: spec.blankAsDelimiters ? HEADER.map(() => bad) : [bad], fault };
    case 'duplicate_row': {
      const firstClean = earlier.find((r) => r.fault === 'none');
      return firstClean ? { cells: [...firstClean.cells], fault } : { cells, fault: 'none' };
    }
  }
  return { cells, fault };
}

/** The header and records, quoted, with the spec's delimiter and line endings. */
function fileBody(records: Expected[], spec: FileSpec) {
  const lines = [HEADER, ...records.map((r) => r.cells)].map((cells) =>
    cells.map((c) => quote(c, spec.delimiter)).join(spec.delimiter),
  );
  let body = '';
  lines.forEach((line, i) => {
    body += line;
    if (i < lines.length - 1 || spec.trailingNewline) body += spec.endings[i % spec.endings.length];
  });
  return { body, lastLine: lines[lines.length - 1] };
}

/** Builds the file and, per record, the cells the preview should show and the fault it should report. */
function build(spec: FileSpec) {
  const records: Expected[] = [];
  for (const [i, row] of spec.rows.entries()) records.push(withFault(row, i, records, spec));
  const { body, lastLine } = fileBody(records, spec);
  // A last line that is empty with no line break after it cannot be told from the end of the file.
  if (records.length > 0 && !spec.trailingNewline && lastLine === '') records.pop();
  const bytes = Buffer.concat([Buffer.from(spec.bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(body, 'utf8')]);
  return { bytes, records };
}

/** The physical line each record starts on: a cell with line breaks makes its record span more lines. */
function physicalLines(records: Expected[]): number[] {
  let line = 2;
  return records.map((r) => {
    const at = line;
    line += 1 + r.cells.join('').replace(/\r\n?/g, '\n').split('\n').length - 1;
    return at;
  });
}

test('random CSV files with injected faults: every record once, every fault reported, nothing written', () => {
  fc.assert(
    fc.property(fileSpec, (spec) => {
      const { bytes, records } = build(spec);
      const before = snapshot(t.core);
      const preview = t.ok('hosts.import.preview', {
        fileName: 'f.csv',
        format: 'csv',
        data: bytes.toString('base64'),
      });
      expect(snapshot(t.core)).toEqual(before);
      expect(t.logged).toEqual([]);

      expect(preview.rows.map((r) => r.line)).toEqual(physicalLines(records));
      preview.rows.forEach((row, i) => {
        const { cells, fault } = records[i] as (typeof records)[number];
        expect(row.values).toEqual(cells.map((c) => c.replace(/\r\n?/g, '\n')));
        const codes = row.problems.map((p) => p.code);
        if (fault === 'none') {
          expect(codes).toEqual([]);
          expect(row.action).toBe('create');
        } else {
          expect(codes).toContain(fault);
          expect(row.action).toBe('skip');
        }
        if (row.problems.some((p) => p.severity === 'error')) expect(row.host).toBeNull();
      });
      expect(preview.counts.rows).toBe(records.length);
    }),
    { numRuns: 300 },
  );
});

test('random XLSX sheets: every row up to the last one used appears once, with its cells', () => {
  const cell = fc.oneof(fc.constant(''), text(40), fc.integer({ min: 0, max: 200 }));
  fc.assert(
    fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { minLength: 1, maxLength: 20 }), (rows) => {
      const bytes = xlsxFile([HEADER, ...rows]);
      const before = snapshot(t.core);
      const preview = t.ok('hosts.import.preview', {
        fileName: 'f.xlsx',
        format: 'xlsx',
        data: bytes.toString('base64'),
      });
      expect(snapshot(t.core)).toEqual(before);
      const used = rows.map((r) => r.some((c) => String(c).trim() !== '')).lastIndexOf(true) + 1;
      expect(preview.rows.map((r) => r.line)).toEqual(Array.from({ length: used }, (_, i) => i + 2));
      preview.rows.forEach((row, i) => {
        const written = (rows[i] ?? []).map(String);
        const trimmed = written.slice(0, written.findLastIndex((c) => c !== '') + 1);
        expect(row.values.slice(0, trimmed.length)).toEqual(trimmed);
        expect(row.values.slice(trimmed.length).every((v) => v === '')).toBe(true);
      });
    }),
    { numRuns: 150 },
  );
});
