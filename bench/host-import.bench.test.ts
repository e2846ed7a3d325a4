// hosts.import_xlsx_10k_ms: the preview of an Excel file of 10,000 hosts (the most an import takes)
// through dispatch, as the renderer asks for it: base64 in, every row read, checked and compared with
// the directory. The file is written by exceljs (shared strings, as Excel saves), 9 columns with
// Japanese names and an address. Median of 5 runs after one warm-up, on an empty data folder. Also
// hosts.import_xlsx_10k_peak_mb (no target): how much the first preview raised the process's peak memory.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openTestCore, type TestCore } from '../tests/support/test-core';
import { report, summarise, time } from './lib/stats';

const ROWS = 10_000;
const HEADER = ['name_en', 'name_ja', 'kind', 'prefecture', 'address', 'capacity', 'notes', 'active', 'fields'];

let t: TestCore;
let data: string;

/** Written as a stream, so making the file does not raise the peak the preview is measured against. */
async function hostsFile(): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true });
  const ws = wb.addWorksheet('Hosts');
  ws.addRow(HEADER).commit();
  for (let i = 1; i <= ROWS; i++) {
    const prefecture = (i % 47) + 1;
    ws.addRow([
      `Aobakawa Training Centre ${i}`,
      `青葉川研修センター${i}`,
      i % 3 === 0 ? 'company' : 'local_government',
      prefecture,
      `${i}-2-3 Chuo, Aobakawa City`,
      (i % 9) + 1,
      i % 10 === 0 ? 'Takes trainees in spring and autumn.' : '',
      'yes',
      '',
    ]).commit();
  }
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  t = openTestCore();
  data = (await hostsFile()).toString('base64');
});

afterAll(() => t?.close());

test('hosts.import.preview: 10,000 hosts from an Excel file', () => {
  const input = { fileName: 'hosts.xlsx', format: 'xlsx' as const, data };
  const before = process.resourceUsage().maxRSS * 1024;
  const first = t.ok('hosts.import.preview', input);
  const grown = (process.resourceUsage().maxRSS * 1024 - before) / 1024 / 1024;
  expect(first.rows).toHaveLength(ROWS);
  const runs = Array.from({ length: 5 }, () => time(() => t.ok('hosts.import.preview', input)));
  const s = summarise(runs);
  report({
    'hosts.import_xlsx_10k_ms': {
      value: s.p50,
      note: `median of ${s.n} after 1 warm-up (max ${s.max.toFixed(0)} ms); ${ROWS} rows × ${HEADER.length} columns, file ${((data.length * 3) / 4 / 1024).toFixed(0)} KB`,
    },
    'hosts.import_xlsx_10k_peak_mb': { value: grown, note: 'growth of the peak RSS in the first preview' },
  });
});
