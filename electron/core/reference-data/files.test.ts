// Reference files from bytes: each read in its own encoding (named in the check), a file that does not
// decode cleanly refused with its line, and an unclosed quote that took in the lines after it read as
// rows on request, so no project is lost to one stray quotation mark.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { REFERENCE_LIMITS } from '../../../shared/reference-data/csv';
import { decideAll } from '../../../shared/reference-data/decisions';
import { AppFailure } from '../../../shared/result';
import { makeTempDir, openTestCore, snapshot, type TestCore } from '../../../tests/support/test-core';
import { REFERENCE_FOLDER, resolveResourcesDir } from '../paths';
import { checkTexts } from './check';
import { readShipped, SHIPPED_FILES } from './files';
import { importTexts } from './import';

let t: TestCore;
let resources: string;
beforeEach(() => {
  t = openTestCore();
  resources = makeTempDir();
  fs.cpSync(path.join(resolveResourcesDir(), REFERENCE_FOLDER), path.join(resources, REFERENCE_FOLDER), {
    recursive: true,
  });
});
afterEach(() => {
  t.close();
  fs.rmSync(resources, { recursive: true, force: true });
});

const ctx = () => ({ ...t.core.ctx, resourcesDir: resources });
const write = (file: keyof typeof SHIPPED_FILES, bytes: Buffer) =>
  fs.writeFileSync(path.join(resources, REFERENCE_FOLDER, SHIPPED_FILES[file]), bytes);

const HEADER = 'fiscal_year,country,locality,area_of_expertise\r\n';
const projects = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => `2018,Thailand,Phuket,Tourism Promotion ${from + i}\r\n`).join('');

test('the shipped files are UTF-8, and the check says so', () => {
  const check = checkTexts(t.core.ctx, readShipped(t.core.ctx));
  expect([check.counterparts.encoding, check.dispatchProjects.encoding, check.acceptedTrainees.encoding]).toEqual([
    'utf-8',
    'utf-8',
    'utf-8',
  ]);
});

test('a Shift_JIS file is read as Shift_JIS, its Japanese intact, the encoding named', () => {
  const text = `${HEADER}2018,Thailand,Phuket,観光振興\r\n2019,Malaysia,Kuala Lumpur,防災\r\n`;
  write('dispatch_projects', Buffer.from(new TextEncoderShiftJis().encode(text)));
  const check = checkTexts(t.core.ctx, readShipped(ctx()));
  expect(check.dispatchProjects.encoding).toBe('shift_jis');
  expect(check.dispatchProjects.rows.map((r) => r.values.area_of_expertise)).toEqual(['観光振興', '防災']);
});

test('a file that does not decode cleanly is refused with its line; nothing is read with replacement characters', () => {
  write(
    'counterparts',
    Buffer.concat([Buffer.from('\uFEFFcountry,counterpart\nLaos,Ministry\nIndia,'), Buffer.from([0x8e, 0x44])]),
  );
  let error: unknown;
  try {
    readShipped(ctx());
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(AppFailure);
  expect((error as AppFailure).error.issues?.[0]).toMatchObject({
    path: 'counterparts',
    code: 'undecodable',
    params: { encoding: 'utf-8', line: 3 },
  });
});

test('an unclosed quote says it took in 13 lines; read as rows, all 13 projects are imported', () => {
  write('dispatch_projects', Buffer.from(`${HEADER}2018,Thailand,"Phuket,Tourism\r\n${projects(12)}`));
  const texts = readShipped(ctx());
  const swallowed = checkTexts(t.core.ctx, texts).dispatchProjects;
  expect(swallowed.rows).toHaveLength(1);
  const quote = swallowed.findings.find((f) => f.code === 'unclosed_quote');
  expect(quote).toMatchObject({ line: 2, params: { lines: 13, through: 14 } });
  expect(quote?.lines).toHaveLength(13);

  const readAsRows = { dispatch_projects: [2] };
  const rows = checkTexts(t.core.ctx, texts, readAsRows).dispatchProjects;
  expect(rows.rows.map((r) => r.line)).toEqual(Array.from({ length: 13 }, (_, i) => i + 2));
  expect(rows.findings.map((f) => f.code)).not.toContain('unclosed_quote');
  const decisions = decideAll(rows.findings, 'keep');
  const before = snapshot(t.core);
  const result = importTexts(t.core.ctx, texts, { files: ['dispatch_projects'], decisions, hashes: {}, readAsRows });
  expect(snapshot(t.core)).not.toEqual(before);
  expect(result.files[0]).toMatchObject({ created: 13, excluded: 0 });
});

/** Shift_JIS bytes for the test's few characters (TextEncoder only writes UTF-8). */
class TextEncoderShiftJis {
  encode(text: string): Uint8Array {
    const table: Record<string, number[]> = {
      観: [0x8a, 0xcf],
      光: [0x8c, 0xf5],
      振: [0x90, 0x55],
      興: [0x8b, 0xbb],
      防: [0x96, 0x68],
      災: [0x8d, 0xd0],
    };
    return Uint8Array.from([...text].flatMap((ch) => table[ch] ?? [ch.charCodeAt(0)]));
  }
}

test('each limit at ten times its value: a reference file is refused with the limit, never read on', () => {
  const { maxBytes, maxRows, maxColumns, maxCellLength } = REFERENCE_LIMITS;
  const refusal = (bytes: Buffer) => {
    write('dispatch_projects', bytes);
    try {
      checkTexts(t.core.ctx, readShipped(ctx()));
    } catch (e) {
      return e instanceof AppFailure ? e.error.issues?.[0]?.code : e;
    }
    return null;
  };
  expect(refusal(Buffer.alloc(maxBytes * 10, 0x61))).toBe('file_too_large');
  expect(refusal(Buffer.from(HEADER + projects(maxRows * 10)))).toBe('too_many_rows');
  expect(refusal(Buffer.from(`${HEADER.trim()}${',x'.repeat(maxColumns * 10)}\n`))).toBe('too_many_columns');
  expect(refusal(Buffer.from(`${HEADER}2018,Thailand,Phuket,${'x'.repeat(maxCellLength * 10)}\n`))).toBe(
    'cell_too_long',
  );
});
