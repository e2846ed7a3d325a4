// Writes worksheets of text (and number) cells as an .xlsx file, synchronously: a bold, frozen header
// row, optional bold rows (totals) and column widths, nothing else. Strings are inline, so there is no
// shared-string table; and a text cell is never a formula, so a value starting with "=" stays text.
import { writeZip } from './zip';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

// Most text needs no escaping at all; one test finds the few that do (any surrogate sends text the
// slow way, where a valid pair passes and a lone one is escaped). At 50,000 rows this halves the time.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it looks for.
const MAY_NEED_ESCAPE = /[&<>"_\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

function escapeXml(text: string): string {
  if (!MAY_NEED_ESCAPE.test(text)) return text;
  return (
    text
      // A literal "_xHHHH_" would be read back as an escape, so its underscore is escaped first.
      .replace(/_(?=x[0-9a-fA-F]{4}_)/g, '_x005F_')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Control characters other than tab and line breaks cannot appear in XML at all.
      .replace(/[^\t\n\r\u0020-\ufffd\u{10000}-\u{10ffff}]/gu, (ch) => {
        return `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
      })
  );
}

function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export type CellValue = string | number;

function cell(value: CellValue, ref: string, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (value === '') return '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

/** Text is turned into bytes about this much at a time, not as one string of the whole sheet. */
const CHUNK_CHARS = 1 << 20;

/**
 * The sheet's XML as bytes. A sheet of 50,000 rows is some 90 MB of XML; built as one string, most of
 * the time went to the garbage collector, so rows are gathered into chunks of about 1 MB instead.
 */
function worksheet(rows: CellValue[][], widths: number[], bold: ReadonlySet<number>): Buffer {
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const names = widths.map((_, c) => columnName(c));
  const chunks: Buffer[] = [];
  let text =
    `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>`;
  rows.forEach((row, r) => {
    const style = r === 0 || bold.has(r) ? 1 : 0;
    let cells = '';
    for (let c = 0; c < row.length; c++) cells += cell(row[c] ?? '', `${names[c] ?? columnName(c)}${r + 1}`, style);
    text += `<row r="${r + 1}">${cells}</row>`;
    if (text.length >= CHUNK_CHARS) {
      chunks.push(Buffer.from(text, 'utf8'));
      text = '';
    }
  });
  chunks.push(Buffer.from(`${text}</sheetData></worksheet>`, 'utf8'));
  return Buffer.concat(chunks);
}

const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/g;

/** Column widths from the longest text in each column (East Asian characters count double). */
function widthsOf(rows: CellValue[][]): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((value, i) => {
      const text = String(value);
      const current = widths[i] ?? 0;
      // Text that could not widen the column even if every character were wide is not measured.
      if (text.length * 2 + 2 <= current) return;
      const wide = text.match(WIDE);
      const width = Math.min(60, Math.max(8, text.length + (wide?.length ?? 0) + 2));
      widths[i] = Math.max(current, width);
    });
  }
  return widths;
}

export interface XlsxSheet {
  /** At most 31 characters, none of : \ / ? * [ ] (Excel's rules for sheet names). */
  name: string;
  /** The first row is the header. */
  rows: CellValue[][];
  /** Indexes of further rows to set in bold (totals). */
  bold?: number[];
}

/** One sheet; the first row is the header. */
export function writeXlsx(sheetName: string, rows: CellValue[][], date: Date): Buffer {
  return writeWorkbook([{ name: sheetName, rows }], date);
}

/** A workbook of one or more sheets, in the order given. */
export function writeWorkbook(sheets: XlsxSheet[], date: Date): Buffer {
  const sheetFiles = sheets.map((_, i) => `worksheets/sheet${i + 1}.xml`);
  const files: Record<string, string | Buffer> = {
    '[Content_Types].xml':
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheetFiles
        .map(
          (f) =>
            `<Override PartName="/xl/${f}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('') +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '</Types>',
    '_rels/.rels':
      `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
      sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
      sheetFiles.map((f, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${f}"/>`).join('') +
      `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': STYLES,
  };
  sheets.forEach((s, i) => {
    files[`xl/${sheetFiles[i]}`] = worksheet(s.rows, widthsOf(s.rows), new Set(s.bold ?? []));
  });
  return writeZip(
    Object.entries(files).map(([name, xml]) => ({
      name,
      data: typeof xml === 'string' ? Buffer.from(xml, 'utf8') : xml,
    })),
    date,
  );
}
