// export.xlsx_50k_ms: every trainee (archived ones included, `archived: 'all'`) exported as an Excel
// file through dispatch, as the renderer asks for it: the list's query, the file's columns, the XLSX
// bytes and their base64 in the checked result (an asynchronous channel: exceljs writes the file).
// Median of 5 runs after one warm-up, on a copy of the 50,000-trainee dataset with the old intakes
// archived (so the export merges both halves, like the list).
// Also statistics.get_ms (no target): the three tables over the whole dataset, median of 20.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Core } from '../electron/core/app';
import { unzipEntries } from '../electron/core/files/xlsx/zip';
import type { Statistics } from '../shared/statistics/schema';
import { ARCHIVE_BEFORE_FISCAL_YEAR } from './lib/cases';
import { COUNT, datasetCopy, openBenchCore } from './lib/dataset';
import { report, summarise, time } from './lib/stats';

let core: Core;
let folder: { dir: string; cleanup(): void };

beforeAll(() => {
  folder = datasetCopy('export');
  core = openBenchCore(folder.dir);
  core.db.raw.prepare('UPDATE trainees SET archived = 1 WHERE fiscal_year < ?').run(ARCHIVE_BEFORE_FISCAL_YEAR);
});

afterAll(() => {
  core?.close();
  folder?.cleanup();
});

/**
 * The rows of the file's one sheet. The app's reader refuses workbooks over 64 MB unpacked (it reads
 * uploads, and guards against zip bombs), and this sheet's XML is larger, so it is unpacked with a
 * higher limit here.
 */
function sheetRows(file: Buffer): number {
  const name = 'xl/worksheets/sheet1.xml';
  const entries = unzipEntries(file, (n) => n === name, { maxEntries: 100, maxExpandedBytes: 2 ** 31 });
  const xml = Buffer.from(entries.get(name) ?? []).toString('utf8');
  return xml.split('<row ').length - 1;
}

async function callAsync<T>(channel: string, input: unknown): Promise<T> {
  const result = await core.dispatchAsync(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

function call<T>(channel: string, input: unknown): T {
  const result = core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

test('export.trainees: all trainees as an Excel file', async () => {
  const input = { format: 'xlsx', language: 'ja', query: { archived: 'all' } };
  const file = await callAsync<{ fileName: string; data: string }>('exports.trainees', input);
  const bytes = Buffer.from(file.data, 'base64');
  // The header and one row per trainee.
  expect(sheetRows(bytes)).toBe(COUNT + 1);
  // The export is asynchronous (exceljs), so each run is timed around the awaited call.
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    await callAsync('exports.trainees', input);
    runs.push(performance.now() - start);
  }
  const s = summarise(runs);
  report({
    'export.xlsx_50k_ms': {
      value: s.p50,
      note:
        `median of ${s.n} runs after 1 warm-up (max ${s.max.toFixed(0)} ms); ${COUNT} trainees × 22 columns, ` +
        `Japanese headings, through dispatch incl. base64; file ${(bytes.length / 1024 / 1024).toFixed(1)} MB`,
    },
  });
});

test('statistics.get over the whole dataset', () => {
  const stats = call<Statistics>('statistics.get', {});
  expect(stats.total).toBeGreaterThan(0);
  expect(stats.countryYear.rows.reduce((a, r) => a + r.total, 0)).toBe(stats.total);
  const runs = Array.from({ length: 20 }, () => time(() => call('statistics.get', {})));
  const s = summarise(runs);
  report({
    'statistics.get_ms': {
      value: s.p50,
      note: `median of ${s.n}, max ${s.max.toFixed(1)} ms; ${stats.total} counted trainees, ${stats.countryYear.years.length} fiscal years`,
    },
  });
});
