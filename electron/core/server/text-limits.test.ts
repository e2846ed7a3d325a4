// The limits of a text file that comes in (file size, rows, columns, cell length), each at ten times
// its value through the real HTTP server: a clear refusal naming the limit (as data, or a 413 for a
// body past the server's own limit), never a 500 or a stack
// overflow, nothing written, memory bounded, and the server still answering afterwards.
import { describe, expect, test } from 'vitest';
import {
  IMPORT_MAX_BYTES,
  IMPORT_MAX_CELL_LENGTH,
  IMPORT_MAX_COLUMNS,
  IMPORT_MAX_ROWS,
} from '../../../shared/hosts/import-schema';
import { auth, serveForTests } from './__tests__/test-server';

const s = serveForTests();
const HEADER = 'name_en,name_ja,kind,prefecture,capacity\n';

const preview = (csv: string | Buffer) =>
  s.api(
    'hosts.import.preview',
    auth,
    JSON.stringify({ fileName: 'hosts.csv', format: 'csv', data: Buffer.from(csv).toString('base64') }),
  );

async function stillAnswers() {
  const reply = await s.api('hosts.list', auth, JSON.stringify({ search: '', active: 'all' }));
  expect(reply.status).toBe(200);
  expect(reply.json().ok).toBe(true);
}

/** Refused as data (the app's errors travel as `{ ok: false }`), never a 500. */
function refusedWithIssue(reply: Awaited<ReturnType<typeof preview>>, code: string) {
  expect(reply.status).toBe(200);
  const answer = reply.json() as { ok: boolean; error?: { message: string; issues?: { code: string }[] } };
  expect(answer.ok).toBe(false);
  expect(answer.error?.issues?.map((i) => i.code)).toContain(code);
  expect(answer.error?.message).not.toMatch(/went wrong/i);
  expect(s.t.core.db.raw.prepare('SELECT count(*) FROM hosts').pluck().get()).toBe(0);
  s.nothingWritten();
}

describe('host CSV limits at ten times their value', () => {
  test('file size: ten times 5 MB is refused as too large (413) and a file just over as file_too_large', async () => {
    const heap = process.memoryUsage().heapUsed;
    const huge = Buffer.alloc(IMPORT_MAX_BYTES * 10, 0x61);
    const reply = await preview(huge);
    expect(reply.status).toBe(413);
    expect(reply.json().error?.code).toBe('payload_too_large');
    refusedWithIssue(await preview(Buffer.alloc(IMPORT_MAX_BYTES + 1, 0x61)), 'file_too_large');
    // The 50 MB file itself is the test's; the server never held it whole.
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(400 * 1024 * 1024);
    await stillAnswers();
  });

  test('rows: 100,000 rows are refused as too_many_rows', async () => {
    const rows = 'Aoba,青葉,city,4,1\n'.repeat(IMPORT_MAX_ROWS * 10);
    refusedWithIssue(await preview(HEADER + rows), 'too_many_rows');
    await stillAnswers();
  });

  test('columns: 2,000 columns are refused as too_many_columns, with the line', async () => {
    const wide = `${HEADER.trim()}${',x'.repeat(IMPORT_MAX_COLUMNS * 10)}\n`;
    const reply = await preview(wide);
    refusedWithIssue(reply, 'too_many_columns');
    expect(reply.text).toContain('"line":1');
    await stillAnswers();
  });

  test('cell length: a cell of 327,670 characters is refused as cell_too_long, with the line', async () => {
    const long = `${HEADER}Aoba,青葉,city,4,1\nAoba,${'長'.repeat(IMPORT_MAX_CELL_LENGTH * 10)},city,4,1\n`;
    const reply = await preview(long);
    refusedWithIssue(reply, 'cell_too_long');
    expect(reply.text).toContain('"line":3');
    await stillAnswers();
  });

  test('an unclosed quote near the top of a long file is a finding, not a refusal', async () => {
    const rows = 'Aoba,青葉,city,4,1\n'.repeat(5000);
    const reply = await preview(`${HEADER}"Aoba,青葉,city,4,1\n${rows}`);
    expect(reply.status).toBe(200);
    const answer = reply.json() as unknown as { ok: true; value: { rows: { problems: { code: string }[] }[] } };
    expect(answer.value.rows[0]?.problems.map((p) => p.code)).toContain('unclosed_quote');
    await stillAnswers();
  });
});
