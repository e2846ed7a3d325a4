import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readCsv } from './csv';

const COLUMNS = ['country', 'counterpart'] as const;

describe('readCsv', () => {
  test('every record after the header is a row with its record number and its cells as printed', () => {
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
    expect(t.findings.map((f) => [f.code, f.line, f.severity])).toEqual([['column_count', 4, 'warning']]);
  });

  test('quoted cells keep their commas and line breaks; the record number counts records', () => {
    const t = readCsv(
      'counterparts',
      'country,counterpart\r\nMalaysia,"Department of Local Government,\r\nMinistry"\r\nLaos,X\r\n',
      COLUMNS,
    );
    expect(t.rows.map((r) => [r.line, r.values.counterpart])).toEqual([
      [2, 'Department of Local Government,\nMinistry'],
      [3, 'X'],
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

  test('an unclosed quote keeps the record and its cells', () => {
    const t = readCsv('counterparts', 'country,counterpart\nLaos,"Ministry\n', COLUMNS);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]?.values.country).toBe('Laos');
    expect(t.findings.map((f) => f.code)).toContain('csv_syntax');
  });

  test('an empty file has no rows and no findings', () => {
    expect(readCsv('counterparts', '', COLUMNS)).toMatchObject({ rows: [], findings: [] });
    expect(readCsv('counterparts', '\ufeff\r\n', COLUMNS)).toMatchObject({ rows: [], findings: [] });
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
