// The XLSX reader and writer, checked against exceljs in both directions: what exceljs writes we
// read, and what we write exceljs's other reader (and so Excel's format) reads back exactly.
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { readXlsx, XlsxError } from './read';
import { writeWorkbook, writeXlsx } from './write';
import { writeZip } from './zip';

async function excelFile(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// exceljs neither escapes nor unescapes OOXML's _xHHHH_ (Excel does both, and so do we), and does
// not escape control characters: those strings are compared with our own reader only.
const exceljsSafe = (v: unknown) => !/[^\t\n\r\u0020-\u{10ffff}]|_x[0-9A-Fa-f]{4}_/u.test(String(v));

const TRICKY = [
  'Aobakawa City',
  '青葉川市',
  'a & b < c > d "e" \'f\'',
  'line one\nline two',
  '_x0041_ stays literal',
  'tab\there',
  'bell\u0007 and nul\u0000',
  '😀 emoji',
  '  spaces kept  ',
];

describe('reading files exceljs wrote', () => {
  test('shared strings, numbers, booleans, formulas, rich text and gaps land in the right cells', async () => {
    const bytes = await excelFile((wb) => {
      const ws = wb.addWorksheet('Hosts');
      ws.getCell('A1').value = 'name_en';
      ws.getCell('B1').value = 'capacity';
      ws.getCell('D1').value = 'active';
      ws.getCell('A2').value = 'Sapporo';
      ws.getCell('B2').value = 3;
      ws.getCell('D2').value = true;
      ws.getCell('A4').value = { richText: [{ text: 'Rich ', font: { bold: true } }, { text: 'text' }] };
      ws.getCell('B4').value = { formula: '1+1', result: 2 };
      ws.getCell('AB4').value = 'far right';
      wb.addWorksheet('Second');
    });
    const sheet = readXlsx(bytes);
    expect(sheet.sheetCount).toBe(2);
    expect(sheet.rows.get(1)).toEqual(['name_en', 'capacity', '', 'active']);
    expect(sheet.rows.get(2)).toEqual(['Sapporo', '3', '', 'TRUE']);
    expect(sheet.rows.has(3)).toBe(false);
    expect(sheet.rows.get(4)?.slice(0, 2)).toEqual(['Rich text', '2']);
    expect(sheet.rows.get(4)?.[27]).toBe('far right');
  });

  test('text with markup characters, line breaks and emoji survives', async () => {
    const bytes = await excelFile((wb) => {
      const ws = wb.addWorksheet('Hosts');
      TRICKY.filter(exceljsSafe).forEach((v, i) => {
        ws.getCell(i + 1, 1).value = v;
      });
    });
    const rows = readXlsx(bytes).rows;
    const expected = TRICKY.filter(exceljsSafe);
    expect(expected.map((_, i) => rows.get(i + 1)?.[0])).toEqual(expected);
  });

  test('phonetic guides (furigana) are not read as part of the text', () => {
    const strings =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>札幌市</t>' +
      '<rPh sb="0" eb="2"><t>サッポロ</t></rPh><phoneticPr fontId="1"/></si></sst>';
    const bytes = writeZip(
      [
        {
          name: 'xl/workbook.xml',
          data: Buffer.from('<workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        },
        {
          name: 'xl/_rels/workbook.xml.rels',
          data: Buffer.from(
            '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="/xl/worksheets/s.xml"/>' +
              '<Relationship Id="rId2" Type="x/sharedStrings" Target="strings.xml"/></Relationships>',
          ),
        },
        { name: 'xl/strings.xml', data: Buffer.from(strings) },
        {
          name: 'xl/worksheets/s.xml',
          data: Buffer.from(
            '<x:worksheet><x:sheetData><x:row><x:c t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>',
          ),
        },
      ],
      new Date(2026, 0, 1),
    );
    expect(readXlsx(bytes).rows.get(1)).toEqual(['札幌市']);
  });
});

describe('writing files exceljs reads', () => {
  test('every string (control characters included) and number comes back exactly', async () => {
    const rows = [['Header', 'Number'], ...TRICKY.map((v, i) => [v, i])];
    const bytes = await writeXlsx('受入団体', rows, new Date(2026, 5, 1));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.name).toBe('受入団体');
    const back = rows.map((_, r) => [ws?.getCell(r + 1, 1).value, ws?.getCell(r + 1, 2).value]);
    const ours = readXlsx(bytes).rows;
    expect(rows.map((_, r) => ours.get(r + 1))).toEqual(rows.map((row) => row.map(String)));
    expect(back.filter((_, r) => exceljsSafe(rows[r]?.[0]))).toEqual(rows.filter((row) => exceljsSafe(row[0])));
    expect(ws?.getCell('A1').font?.bold).toBe(true);
  });
});

describe('workbooks of several sheets', () => {
  test('each sheet keeps its name, order and rows; the rows asked for are bold', async () => {
    const bytes = await writeWorkbook(
      [
        {
          name: '国別・年度別',
          rows: [
            ['Country', 'FY2026'],
            ['Thailand', 2],
            ['Total', 2],
          ],
          bold: [2],
        },
        { name: 'By field', rows: [['Field', 'Trainees']] },
      ],
      new Date(2026, 5, 1),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['国別・年度別', 'By field']);
    const first = wb.worksheets[0];
    expect(first?.getCell('B2').value).toBe(2);
    expect([1, 2, 3].map((r) => first?.getCell(`A${r}`).font?.bold === true)).toEqual([true, false, true]);
    expect(wb.worksheets[1]?.getCell('B1').value).toBe('Trainees');
    expect(readXlsx(bytes).sheetCount).toBe(2);
  });
});

describe('files that are not workbooks', () => {
  test('random bytes, an empty file, a zip without a workbook are refused as XlsxError', () => {
    for (const bytes of [
      Buffer.alloc(0),
      Buffer.from('name_en,name_ja\nA,B\n'),
      writeZip([{ name: 'hello.txt', data: Buffer.from('hi') }], new Date()),
    ]) {
      expect(() => readXlsx(bytes)).toThrow(XlsxError);
    }
  });

  test('a small entry that would inflate beyond the limit is refused, not expanded', () => {
    const bomb = writeZip(
      [
        { name: 'xl/workbook.xml', data: Buffer.from('<workbook><sheets><sheet r:id="rId1"/></sheets></workbook>') },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(80 * 1024 * 1024) },
      ],
      new Date(),
    );
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(() => readXlsx(bomb)).toThrow(XlsxError);
  });
});
