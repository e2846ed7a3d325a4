import { describe, expect, test } from 'vitest';
import { CsvLimitError, readCsvText } from './csv';

const codes = (text: string, readAsRows: number[] = []) =>
  readCsvText(text, { readAsRows }).findings.map((f) => [f.code, f.line, f.params]);

describe('readCsvText', () => {
  test('records carry the physical lines they span; a final line break starts no line', () => {
    const t = readCsvText('a,b\r\n"x\ny",2\r3,4\n');
    expect(t.header).toEqual({ line: 1, endLine: 1, cells: ['a', 'b'] });
    expect(t.records).toEqual([
      { line: 2, endLine: 3, cells: ['x\ny', '2'] },
      { line: 4, endLine: 4, cells: ['3', '4'] },
    ]);
    expect(t.lineCount).toBe(4);
    expect(t.findings).toEqual([]);
  });

  test('an unclosed quote says how many lines it took in, and can be read as rows', () => {
    const text = 'a,b\n1,"one\n2,two\n3,three\n';
    expect(codes(text)).toEqual([['unclosed_quote', 2, { lines: 3, through: 4 }]]);
    const swallowed = readCsvText(text);
    expect(swallowed.records).toEqual([{ line: 2, endLine: 4, cells: ['1', 'one\n2,two\n3,three\n'] }]);
    const rows = readCsvText(text, { readAsRows: [2] });
    expect(rows.records.map((r) => r.cells)).toEqual([
      ['1', '"one'],
      ['2', 'two'],
      ['3', 'three'],
    ]);
    // The quote kept as text is said on its line, so it is never stored unnoticed.
    expect(rows.findings.map((f) => [f.code, f.line, f.lines])).toEqual([['quote_read_as_text', 2, [2]]]);
  });

  test('a quote that takes in lines up to a later quote is unclosed too, not a cell with line breaks', () => {
    const text = 'a,b\n1,"one\n2,two\n"3",three\n';
    expect(codes(text)).toEqual([['unclosed_quote', 2, { lines: 3, through: 4 }]]);
    expect(readCsvText(text, { readAsRows: [2] }).records.map((r) => r.cells)).toEqual([
      ['1', '"one'],
      ['2', 'two'],
      ['3', 'three'],
    ]);
  });

  test('more or fewer cells than the header, blank and separator-only lines are findings with their lines', () => {
    const text = '\na,b,c\n1,2\n1,2,3,4\n,,\n   \n1,2,3';
    expect(codes(text)).toEqual([
      ['blank_line', 1, {}],
      ['cell_count', 3, { expected: 3, found: 2 }],
      ['cell_count', 4, { expected: 3, found: 4 }],
      ['separator_only_line', 5, {}],
      ['blank_line', 6, {}],
    ]);
  });

  test('every physical line is in the header, a record or a finding', () => {
    const text = 'a;b\n\n1;"x\ny"\n;\n2;3;4\n"5;6\n7;8\n';
    const t = readCsvText(text);
    const covered = new Set<number>();
    for (const r of [t.header, ...t.records]) for (let l = r?.line ?? 0; l <= (r?.endLine ?? -1); l++) covered.add(l);
    for (const f of t.findings) for (const l of f.lines) covered.add(l);
    expect([...covered].sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(t.delimiter).toBe(';');
  });

  test('limits stop the reading at the line that passes them', () => {
    const limits = { maxRows: 2, maxColumns: 3, maxCellLength: 5 };
    const fail = (text: string) => {
      try {
        readCsvText(text, { limits });
      } catch (e) {
        return e instanceof CsvLimitError ? [e.code, e.line, e.max] : e;
      }
      return null;
    };
    expect(fail('a\n1\n2\n3\n')).toEqual(['too_many_rows', 4, 2]);
    expect(fail('a\n1,2,3,4\n')).toEqual(['too_many_columns', 2, 3]);
    expect(fail('a\n123456\n')).toEqual(['cell_too_long', 2, 5]);
    expect(fail('a\n1\n2\n')).toBeNull();
  });

  test('a byte-order mark and a stray quote inside a cell are kept out of and in the cells', () => {
    const t = readCsvText('\uFEFFa,b\n5" disk,"x"y\n');
    expect(t.header?.cells).toEqual(['a', 'b']);
    expect(t.records[0]?.cells).toEqual(['5" disk', 'xy']);
    expect(t.findings.map((f) => f.code)).toEqual(['stray_quote']);
  });
});
