// Reads the first worksheet of an .xlsx file as rows of text, synchronously, so an import's commit
// stays one SQLite transaction. The container is opened by fflate (zip.ts, which checks the entries and
// their sizes first) and each part is read by saxes, the XML parser exceljs itself uses. exceljs's own
// readers are not used: they find parts only at the usual paths (not through the relationships), do
// not know element names with a namespace prefix, and add phonetic guides to the text.
//
// Limits are checked while the XML is read, so a sheet far larger than allowed stops at the first
// row, column or cell over the limit instead of being read whole.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { unzipEntries, ZIP_LIMITS, ZipError, type ZipLimits, type ZipProblem } from './zip';

export type XlsxProblem = 'unreadable_xlsx' | 'too_many_columns' | 'too_many_rows' | 'cell_too_long' | ZipProblem;

export class XlsxError extends Error {
  /** The problem code the import reports, and the limit it passed. */
  constructor(
    message: string,
    readonly code: Exclude<XlsxProblem, 'not_zip'> = 'unreadable_xlsx',
    readonly params: Record<string, number> = {},
  ) {
    super(message);
  }
}

export interface Sheet {
  /** Cells by row number (1-based, as Excel shows it); rows with no cells are absent. */
  rows: Map<number, string[]>;
  /** How many worksheets the workbook has (only the first is read). */
  sheetCount: number;
}

// A host file has a few dozen columns; a cell far to the right would otherwise cost a row of blanks.
export const MAX_COLUMNS = 200;
/** Excel's own limit for the text of one cell. */
export const MAX_CELL_CHARS = 32_767;

export interface ReadLimits extends ZipLimits {
  /** The last row number that may hold a value; blank rows further down are ignored. */
  maxRows: number;
  maxColumns: number;
  maxCellChars: number;
}

export const READ_LIMITS: ReadLimits = {
  ...ZIP_LIMITS,
  maxRows: 1_048_576,
  maxColumns: MAX_COLUMNS,
  maxCellChars: MAX_CELL_CHARS,
};

/** OOXML writes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x). */
const unescapeOoxml = (text: string) =>
  text.includes('_x')
    ? text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16)))
    : text;

/** An element's name without its namespace prefix (files written by some tools use `x:row`). */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

function parseXml(bytes: Uint8Array, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (tag: SaxesTagPlain) => handlers.open?.(local(tag.name), tag.attributes));
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(local(tag.name)));
  }
  parser.on('error', (error) => {
    throw new XlsxError(`not well-formed XML: ${error.message}`);
  });
  parser.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')).close();
}

/**
 * Collects the text of string items (`<si>`, or a cell's `<is>`): the runs joined, phonetic readings
 * (`<rPh>`) left out, the length checked as it grows.
 */
class StringItem {
  private parts: string[] = [];
  private length = 0;
  private inText = false;
  private phonetic = 0;

  constructor(private readonly maxChars: number) {}

  open(name: string): void {
    if (name === 'rPh') this.phonetic++;
    else if (name === 't' && this.phonetic === 0) this.inText = true;
  }

  text(text: string): void {
    if (!this.inText) return;
    this.length += text.length;
    if (this.length > this.maxChars) {
      throw new XlsxError(`a cell is longer than ${this.maxChars} characters`, 'cell_too_long', {
        max: this.maxChars,
      });
    }
    this.parts.push(text);
  }

  close(name: string): void {
    if (name === 'rPh') this.phonetic--;
    else if (name === 't') this.inText = false;
  }

  take(): string {
    const text = unescapeOoxml(this.parts.join(''));
    this.parts = [];
    this.length = 0;
    return text;
  }
}

function sharedStrings(bytes: Uint8Array, limits: ReadLimits): string[] {
  const strings: string[] = [];
  const item = new StringItem(limits.maxCellChars);
  parseXml(bytes, {
    open: (name) => item.open(name),
    text: (text) => item.text(text),
    close: (name) => {
      if (name === 'si') strings.push(item.take());
      else item.close(name);
    },
  });
  return strings;
}

/** Column index (0-based) of a reference like "AB12". */
function columnIndex(ref: string): number | null {
  const letters = /^([A-Z]{1,3})\d*$/.exec(ref.toUpperCase())?.[1];
  if (!letters) return null;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

interface CellState {
  column: number;
  type: string | undefined;
  value: string;
  inValue: boolean;
  inline: boolean;
}

function cellText(cell: CellState, item: StringItem, strings: string[]): string {
  switch (cell.type) {
    case 's':
      return strings[Number(cell.value)] ?? '';
    case 'inlineStr':
      return item.take();
    case 'b':
      return cell.value === '' ? '' : cell.value.trim() === '1' ? 'TRUE' : 'FALSE';
    default:
      return unescapeOoxml(cell.value);
  }
}

/** The rows of a worksheet, checked against the limits as each row and cell is read. */
function worksheetRows(bytes: Uint8Array, strings: string[], limits: ReadLimits): Map<number, string[]> {
  const rows = new Map<number, string[]>();
  const item = new StringItem(limits.maxCellChars);
  let nextRow = 1;
  let row: { number: number; cells: string[]; nextColumn: number } | null = null;
  let cell: CellState | null = null;

  function openRow(attributes: Record<string, string>): void {
    const number = attributes.r === undefined ? nextRow : Number(attributes.r);
    if (!Number.isInteger(number) || number < 1) throw new XlsxError('bad row number');
    nextRow = number + 1;
    row = { number, cells: [], nextColumn: 0 };
  }

  function openCell(attributes: Record<string, string>): void {
    if (!row) return;
    const column = attributes.r === undefined ? row.nextColumn : columnIndex(attributes.r);
    if (column === null) throw new XlsxError('bad cell reference');
    if (column >= limits.maxColumns) {
      throw new XlsxError(`cell ${attributes.r} is beyond column ${limits.maxColumns}`, 'too_many_columns', {
        max: limits.maxColumns,
      });
    }
    row.nextColumn = column + 1;
    cell = { column, type: attributes.t, value: '', inValue: false, inline: false };
  }

  function closeRow(): void {
    if (!row) return;
    if (row.number > limits.maxRows && row.cells.some((c) => c.trim() !== '')) {
      throw new XlsxError(`a value in row ${row.number}`, 'too_many_rows', { max: limits.maxRows });
    }
    if (row.number <= limits.maxRows) rows.set(row.number, row.cells);
    row = null;
  }

  function closeCell(): void {
    if (!row || !cell) return;
    while (row.cells.length < cell.column) row.cells.push('');
    row.cells[cell.column] = cellText(cell, item, strings);
    cell = null;
  }

  parseXml(bytes, {
    open: (name, attributes) => {
      if (name === 'row') openRow(attributes);
      else if (name === 'c') openCell(attributes);
      else if (cell && name === 'v') cell.inValue = true;
      else if (cell && name === 'is') cell.inline = true;
      else if (cell?.inline) item.open(name);
    },
    text: (text) => {
      if (!cell) return;
      if (cell.inValue) {
        cell.value += text;
        if (cell.value.length > limits.maxCellChars) {
          throw new XlsxError('a cell is too long', 'cell_too_long', { max: limits.maxCellChars });
        }
      } else if (cell.inline) item.text(text);
    },
    close: (name) => {
      if (name === 'row') closeRow();
      else if (name === 'c') closeCell();
      else if (cell && name === 'v') cell.inValue = false;
      else if (cell && name === 'is') cell.inline = false;
      else if (cell?.inline) item.close(name);
    },
  });
  return rows;
}

interface Part {
  target: string;
  type: string;
}

/** Resolves a relationship target against the folder of the part that points to it. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/');
  for (const step of target.split('/')) {
    if (step === '..') parts.pop();
    else if (step !== '.') parts.push(step);
  }
  return parts.join('/');
}

/** The workbook's sheets (their relationship ids, in order) and its relationships by id. */
function workbookParts(entries: Map<string, Uint8Array>): { sheets: (string | undefined)[]; parts: Map<string, Part> } {
  const workbook = entries.get('xl/workbook.xml');
  if (!workbook) throw new XlsxError('no workbook');
  const sheets: (string | undefined)[] = [];
  parseXml(workbook, {
    open: (name, attributes) => {
      if (name === 'sheet') sheets.push(Object.entries(attributes).find(([key]) => key.endsWith(':id'))?.[1]);
    },
  });
  const parts = new Map<string, Part>();
  const rels = entries.get('xl/_rels/workbook.xml.rels');
  if (rels) {
    parseXml(rels, {
      open: (name, a) => {
        if (name === 'Relationship' && a.Id && a.Target)
          parts.set(a.Id, { target: resolveTarget('xl', a.Target), type: a.Type ?? '' });
      },
    });
  }
  return { sheets, parts };
}

const isXmlPart = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');

export function readXlsx(bytes: Uint8Array, limits: ReadLimits = READ_LIMITS): Sheet {
  try {
    const entries = unzipEntries(bytes, isXmlPart, limits);
    const { sheets, parts } = workbookParts(entries);
    if (sheets.length === 0) throw new XlsxError('no worksheet');
    const first = sheets[0];
    const sheetPath = (first && parts.get(first)?.target) || 'xl/worksheets/sheet1.xml';
    const stringsPath =
      [...parts.values()].find((p) => p.type.endsWith('/sharedStrings'))?.target ?? 'xl/sharedStrings.xml';
    const sheet = entries.get(sheetPath);
    if (!sheet) throw new XlsxError(`missing ${sheetPath}`);
    const stringsPart = entries.get(stringsPath);
    const strings = stringsPart ? sharedStrings(stringsPart, limits) : [];
    return { rows: worksheetRows(sheet, strings, limits), sheetCount: sheets.length };
  } catch (error) {
    if (error instanceof XlsxError) throw error;
    if (error instanceof ZipError) {
      throw new XlsxError(error.message, error.code === 'not_zip' ? 'unreadable_xlsx' : error.code, error.params);
    }
    throw error;
  }
}
