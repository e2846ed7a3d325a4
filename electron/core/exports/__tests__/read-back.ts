// Test helper (not app code): an exported file read back the way other software reads it: Excel files
// through exceljs, CSV through papaparse. Rows of cell values, the header first.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { expect } from 'vitest';

export interface Exported {
  fileName: string;
  mime: string;
  data: string;
}

export type Cell = string | number | null;

/** Every sheet by name, each as rows of values (numbers stay numbers). */
export async function readWorkbook(file: Exported): Promise<Map<string, Cell[][]>> {
  expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.data, 'base64') as unknown as ArrayBuffer);
  const sheets = new Map<string, Cell[][]>();
  for (const ws of wb.worksheets) {
    const rows: Cell[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: Cell[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const v = row.getCell(c).value;
        cells.push(v === null || v === undefined ? null : typeof v === 'number' ? v : String(v));
      }
      rows[n - 1] = cells;
    });
    sheets.set(ws.name, rows);
  }
  return sheets;
}

export async function readXlsxRows(file: Exported): Promise<Cell[][]> {
  const [first] = (await readWorkbook(file)).values();
  return first ?? [];
}

/** The CSV's rows as text; checks the byte-order mark that makes Excel read UTF-8. */
export function readCsvRows(file: Exported): string[][] {
  expect(file.mime).toBe('text/csv');
  const bytes = Buffer.from(file.data, 'base64');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(bytes.subarray(3).toString('utf8'), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}
