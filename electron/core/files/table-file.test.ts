// The CSV side of every export: a byte-order mark, CRLF lines, quoting, and formula-like cells made inert.
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { tableFile, writeCsv } from './table-file';

const text = (bytes: Buffer) => bytes.subarray(3).toString('utf8');

describe('writeCsv', () => {
  test('UTF-8 with a byte-order mark and CRLF; numbers as written; Japanese intact', () => {
    const bytes = writeCsv([
      ['国', '2026年度'],
      ['タイ', 3],
    ]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(bytes)).toBe('国,2026年度\r\nタイ,3\r\n');
  });

  test('a cell starting with = + - @ (or tab, CR) gets an apostrophe; one already there gets one more', () => {
    const cells = ['=1+2', '+65 1234', '-3', '@SUM(A1)', '\tx', "'=x", 'a=b', 'plain'];
    const back = Papa.parse<string[]>(text(writeCsv([cells.map((_, i) => `c${i}`), cells])), {
      skipEmptyLines: true,
    }).data[1];
    expect(back).toEqual(["'=1+2", "'+65 1234", "'-3", "'@SUM(A1)", "'\tx", "''=x", 'a=b', 'plain']);
  });

  test('commas, quotes and line breaks are quoted and come back the same', () => {
    const cells = ['a, b', 'say "hi"', 'line\nbreak'];
    expect(Papa.parse(text(writeCsv([cells, cells])), { skipEmptyLines: true }).data).toEqual([cells, cells]);
  });
});

describe('tableFile', () => {
  test('CSV holds the first sheet only; the name gets the format’s extension', async () => {
    const file = await tableFile(
      'csv',
      'stats',
      [
        { name: 'A', rows: [['x'], [1]] },
        { name: 'B', rows: [['y']] },
      ],
      new Date(),
    );
    expect(file).toMatchObject({ fileName: 'stats.csv', mime: 'text/csv' });
    expect(text(Buffer.from(file.data, 'base64'))).toBe('x\r\n1\r\n');
  });
});
