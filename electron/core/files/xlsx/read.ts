// Reads the first worksheet of an .xlsx file as rows of text, synchronously (see zip.ts for why not
// exceljs). Only what a list of hosts needs: shared and inline strings (phonetic guides left out),
// numbers, booleans, the cached value of formulas. Element names may carry a namespace prefix.
import { ZipError, ZipReader } from './zip';

export class XlsxError extends Error {
  /** The problem code the import reports. */
  constructor(
    message: string,
    readonly code: 'unreadable_xlsx' | 'too_many_columns' = 'unreadable_xlsx',
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

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return (
    text
      .replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(\w+));/g, (whole, hex, dec, name) => {
        const code = hex ? Number.parseInt(hex, 16) : dec ? Number(dec) : null;
        if (code !== null) return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        return ENTITIES[name] ?? whole;
      })
      // OOXML writes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x).
      .replace(/_x([0-9a-fA-F]{4})_/g, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16)))
  );
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out[m[1] as string] = decode(m[2] ?? m[3] ?? '');
  }
  return out;
}

/** The text of a string item: its runs joined, phonetic readings (<rPh>) left out. */
function stringItem(xml: string): string {
  const body = xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, '');
  let out = '';
  for (const m of body.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)) out += decode(m[1] ?? '');
  return out;
}

function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map((m) =>
    stringItem(m[1] ?? ''),
  );
}

/** Column index (0-based) of a reference like "AB12". */
function columnIndex(ref: string): number | null {
  const letters = /^([A-Z]{1,3})\d*$/.exec(ref.toUpperCase())?.[1];
  if (!letters) return null;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

// A host file has a few dozen columns; a cell far to the right would otherwise cost a row of blanks.
export const MAX_COLUMNS = 200;

function cellText(type: string | undefined, inner: string, strings: string[]): string {
  const value = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
  switch (type) {
    case 's':
      return strings[Number(value)] ?? '';
    case 'inlineStr':
      return stringItem(/<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner)?.[1] ?? '');
    case 'b':
      return value === undefined ? '' : value.trim() === '1' ? 'TRUE' : 'FALSE';
    default:
      return value === undefined ? '' : decode(value);
  }
}

function worksheetRows(xml: string, strings: string[]): Map<number, string[]> {
  const rows = new Map<number, string[]>();
  let nextRow = 1;
  for (const row of xml.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const number = Number(attributes(row[1] ?? '').r ?? nextRow);
    if (!Number.isInteger(number) || number < 1) throw new XlsxError('bad row number');
    nextRow = number + 1;
    const cells: string[] = [];
    let nextColumn = 0;
    for (const cell of (row[2] ?? '').matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const attrs = attributes(cell[1] ?? '');
      const column = attrs.r === undefined ? nextColumn : columnIndex(attrs.r);
      if (column === null) throw new XlsxError('bad cell reference');
      if (column >= MAX_COLUMNS)
        throw new XlsxError(`cell ${attrs.r} is beyond column ${MAX_COLUMNS}`, 'too_many_columns');
      nextColumn = column + 1;
      while (cells.length < column) cells.push('');
      cells[column] = cellText(attrs.t, cell[2] ?? '', strings);
    }
    rows.set(number, cells);
  }
  return rows;
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

export function readXlsx(bytes: Buffer): Sheet {
  try {
    const zip = new ZipReader(bytes);
    const workbook = zip.text('xl/workbook.xml');
    const sheets = [...workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)].map((m) => attributes(m[1] ?? ''));
    const first = sheets[0];
    if (!first) throw new XlsxError('no worksheet');
    const relId = Object.entries(first).find(([name]) => name.endsWith(':id'))?.[1];
    const rels = zip.has('xl/_rels/workbook.xml.rels') ? zip.text('xl/_rels/workbook.xml.rels') : '';
    const targets = new Map<string, { target: string; type: string }>();
    for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
      const a = attributes(m[1] ?? '');
      if (a.Id && a.Target) targets.set(a.Id, { target: resolveTarget('xl', a.Target), type: a.Type ?? '' });
    }
    const sheetPath = (relId && targets.get(relId)?.target) || 'xl/worksheets/sheet1.xml';
    const stringsPath =
      [...targets.values()].find((t) => t.type.endsWith('/sharedStrings'))?.target ?? 'xl/sharedStrings.xml';
    const strings = zip.has(stringsPath) ? sharedStrings(zip.text(stringsPath)) : [];
    return { rows: worksheetRows(zip.text(sheetPath), strings), sheetCount: sheets.length };
  } catch (error) {
    if (error instanceof XlsxError) throw error;
    if (error instanceof ZipError) throw new XlsxError(error.message);
    throw error;
  }
}
