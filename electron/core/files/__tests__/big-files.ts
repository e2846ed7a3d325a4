// Test helper (not app code): workbooks at ten times a limit of the reader, made in the test rather
// than kept as fixtures. Each is small on disk; what it would cost to read is what the limit is about.
import zlib from 'node:zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { sheetXml, xlsxBytes } from './xlsx-file';

const SHEET = 'xl/worksheets/sheet1.xml';

/** A header and `count` host rows. */
export function manyRows(count: number): Buffer {
  const rows = function* () {
    yield ['name_en', 'name_ja', 'prefecture', 'capacity'];
    for (let i = 1; i <= count; i++) yield [`Host ${i}`, `受入団体${i}`, 'Hokkaido', i % 9];
  };
  return xlsxBytes([], strToU8(sheetXml(rows())));
}

/** One row with `count` cells. */
export const manyColumns = (count: number) => xlsxBytes([Array.from({ length: count }, (_, i) => `c${i}`)]);

/** A cell of `length` characters under a header. */
export const longCell = (length: number) => xlsxBytes([['name_en'], ['x'.repeat(length)]]);

/** A workbook with `count` small entries beside its own parts. */
export function manyEntries(count: number): Buffer {
  const extra = Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`customXml/item${i}.xml`, strToU8('<a/>')]),
  );
  return Buffer.from(zipSync({ ...Object.fromEntries(partsOf(xlsxBytes([['name_en'], ['A']]))), ...extra }));
}

const partsOf = (bytes: Buffer) => Object.entries(unzipSync(bytes));

/** Where an entry's headers are: the local one (first) and the central one (second) hold its name. */
function headersOf(zip: Buffer, name: string): { local: number; central: number } {
  const bytes = Buffer.from(name);
  const first = zip.indexOf(bytes);
  const second = zip.indexOf(bytes, first + 1);
  if (zip.readUInt32LE(first - 30) !== 0x04034b50 || zip.readUInt32LE(second - 46) !== 0x02014b50) {
    throw new Error(`no headers for ${name}`);
  }
  return { local: first - 30, central: second - 46 };
}

/** A valid workbook whose sheet says, in both headers, that it unpacks to `bytes`. */
export function declaredHuge(bytes: number): Buffer {
  const zip = xlsxBytes([['name_en'], ['A']]);
  const { local, central } = headersOf(zip, SHEET);
  zip.writeUInt32LE(bytes, local + 22);
  zip.writeUInt32LE(bytes, central + 24);
  return zip;
}

/**
 * A zip bomb that lies: its sheet says it is as small as its compressed bytes but inflates to `mb`
 * MB of spaces. Deflate blocks after a full flush stand alone, so one compressed megabyte is repeated.
 */
export function lyingBomb(mb: number): Buffer {
  const block = zlib.deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { finishFlush: zlib.constants.Z_FULL_FLUSH });
  // A final, empty block with fixed codes ends the stream.
  const deflated = Buffer.concat([...Array.from({ length: mb }, () => block), Buffer.from([0x03, 0x00])]);
  // Stored (level 0) first, so the data can be swapped for the deflated bytes of the same length.
  const placeholder = new Uint8Array(deflated.length);
  const base = Object.fromEntries(partsOf(xlsxBytes([['name_en']])));
  const zip = Buffer.from(zipSync({ ...base, [SHEET]: [placeholder, { level: 0 }] }));
  const { local, central } = headersOf(zip, SHEET);
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  deflated.copy(zip, start);
  zip.writeUInt16LE(8, local + 8);
  zip.writeUInt16LE(8, central + 10);
  return zip;
}
