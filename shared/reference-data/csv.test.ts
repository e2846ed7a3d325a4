import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readCsv } from './csv';

const COLUMNS = ['country', 'counterpart'] as const;

describe('readCsv', () => {
  test('every record after the header is a row with its line and its cells as printed; a blank line is listed', () => {
    const t = readCsv(
      'counterparts',
      'country,counterpart\nLaos,Ministry of Home Affairs\n\nIndia, "AIILSG, Mumbai" \n',
      COLUMNS,
    );
    expect(t.rows.map((r) => [r.line, r.values])).toEqual([
      [2, { country: 'Laos', counterpart: 'Ministry of Home Affairs' }],
      [4, { country: 'India', counterpart: ' "AIILSG' }],
    ]);
    // The second record has a stray space before its quote: three cells, one more than the header.
    expect(t.rows[1]?.extra).toEqual([' Mumbai" ']);
    expect(t.findings.map((f) => [f.code, f.line, f.severity])).toEqual([
      ['blank_line', 3, 'info'],
      ['column_count', 4, 'warning'],
    ]);
  });

  test('quoted cells keep their commas and line breaks; lines are physical lines', () => {
    const t = readCsv(
      'counterparts',
      'country,counterpart\r\nMalaysia,"Department of Local Government,\r\nMinistry"\r\nLaos,X\r\n',
      COLUMNS,
    );
    expect(t.rows.map((r) => [r.line, r.values.counterpart])).toEqual([
      [2, 'Department of Local Government,\nMinistry'],
      [4, 'X'],
    ]);
    expect(t.findings).toEqual([]);
  });

  test('columns found by header name in any order; a row with too few cells keeps them', () => {
    const t = readCsv('counterparts', 'Counterpart , COUNTRY\nMinistry,Laos\nOnly one\n', COLUMNS);
    expect(t.rows.map((r) => r.values)).toEqual([
      { country: 'Laos', counterpart: 'Ministry' },
      { country: '', counterpart: 'Only one' },
    ]);
    expect(t.findings.map((f) => [f.code, f.line, f.severity, f.params])).toEqual([
      ['column_count', 3, 'error', { expected: 2, found: 1, extra: '' }],
    ]);
  });

  test('an unknown header: cells read by position, and the header is reported', () => {
    const t = readCsv('counterparts', 'nation,agency\nLaos,Ministry\n', COLUMNS);
    expect(t.rows[0]?.values).toEqual({ country: 'Laos', counterpart: 'Ministry' });
    expect(t.findings[0]).toMatchObject({ code: 'header_mismatch', severity: 'error', line: 1 });
  });

  test('an unclosed quote keeps the record and its cells, says how many lines it took in, and can read them as rows', () => {
    const text = 'country,counterpart\nLaos,"Ministry\nIndia,AIILSG\nNepal,MoFAGA\n';
    const t = readCsv('counterparts', text, COLUMNS);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]?.values).toEqual({ country: 'Laos', counterpart: 'Ministry\nIndia,AIILSG\nNepal,MoFAGA\n' });
    expect(t.findings.map((f) => [f.code, f.severity, f.lines, f.params])).toEqual([
      ['unclosed_quote', 'error', [2, 3, 4], { lines: 3, through: 4, line: 2 }],
    ]);
    const rows = readCsv('counterparts', text, COLUMNS, [2]);
    expect(rows.rows.map((r) => [r.line, r.values.country, r.values.counterpart])).toEqual([
      [2, 'Laos', '"Ministry'],
      [3, 'India', 'AIILSG'],
      [4, 'Nepal', 'MoFAGA'],
    ]);
    // The quote kept in "Ministry is a finding on its line, decided like any other.
    expect(rows.findings.map((f) => [f.code, f.line])).toEqual([['csv_syntax', 2]]);
  });

  test('an empty file has no rows and no findings; a blank line is listed', () => {
    expect(readCsv('counterparts', '', COLUMNS)).toMatchObject({ rows: [], findings: [] });
    const blank = readCsv('counterparts', '\ufeff\r\n', COLUMNS);
    expect(blank.rows).toEqual([]);
    expect(blank.findings.map((f) => [f.code, f.line])).toEqual([['blank_line', 1]]);
  });

  test('property: no non-blank record is dropped, and BOM and CRLF change nothing', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', 'é', '\n'), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { maxLength: 15 }), (records) => {
        const text = ['country,counterpart', ...records.map((r) => r.join(','))].join('\n');
        const lf = readCsv('counterparts', text, COLUMNS);
        const crlf = readCsv('counterparts', `\ufeff${text.replace(/\n/g, '\r\n')}`, COLUMNS);
        expect(crlf).toEqual(lf);
        // Every character that is not a separator, quote or space comes back in some row.
        const letters = (s: string) =>
          s
            .replace(/[\s,"]/g, '')
            .split('')
            .sort()
            .join('');
        const read = lf.rows.flatMap((r) => [...Object.values(r.values), ...r.extra]).join('');
        expect(letters(read)).toBe(letters(records.flat().join('')));
      }),
      { numRuns: 300 },
    );
  });
});
