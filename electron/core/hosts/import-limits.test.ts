// Each limit of an Excel import at ten times its value, sent as a person's browser sends it: through the
// real HTTP server. Every one is a clear refusal with its issue code (never a 500 or a stack overflow),
// the process's peak memory grows by a bounded amount, nothing is written, and the server still answers.
import { describe, expect, test } from 'vitest';
import { declaredHuge, longCell, lyingBomb, manyColumns, manyEntries, manyRows } from '../files/__tests__/big-files';
import { auth, serveForTests } from '../server/__tests__/test-server';
import { MAX_BODY_BYTES } from '../server/http';

const s = serveForTests();
const MB = 1024 * 1024;
/** Generous: the largest legitimate workbook unpacks to 64 MB, read once as text. */
const MEMORY_BOUND = 320 * MB;

const peak = () => process.resourceUsage().maxRSS * 1024;

function preview(bytes: Buffer) {
  const body = JSON.stringify({ fileName: 'hosts.xlsx', format: 'xlsx', data: bytes.toString('base64') });
  expect(body.length).toBeLessThan(MAX_BODY_BYTES);
  return s.api('hosts.import.preview', auth, body);
}

async function stillAnswers(): Promise<void> {
  const reply = await s.api('hosts.list', auth, '{}');
  expect(reply.status).toBe(200);
  expect(reply.json().ok).toBe(true);
}

interface Refusal {
  ok: boolean;
  error?: {
    code: string;
    message: string;
    issues?: { path: string; code: string; params?: Record<string, unknown> }[];
  };
  value?: { rows: unknown[]; problems: { code: string; severity: string }[] };
}

const CASES: { limit: string; make: () => Buffer; code: string; words: RegExp }[] = [
  {
    limit: 'rows (100,000 where 10,000 are allowed)',
    make: () => manyRows(100_000),
    code: 'too_many_rows',
    words: /more than 10,000 rows/,
  },
  {
    limit: 'zip entries (10,000 where 1,000 are allowed)',
    make: () => manyEntries(10_000),
    code: 'too_many_entries',
    words: /more than 1000 parts/,
  },
  {
    limit: 'declared unpacked size (640 MB where 64 MB are allowed)',
    make: () => declaredHuge(640 * MB),
    code: 'expanded_too_large',
    words: /more than 64 MB/,
  },
  {
    limit: 'cell length (327,670 characters where 32,767 are allowed)',
    make: () => longCell(327_670),
    code: 'cell_too_long',
    words: /more than 32,767 characters/,
  },
];

describe('an Excel import at ten times a limit, through HTTP', () => {
  for (const c of CASES) {
    test(`${c.limit}: refused with ${c.code}`, { timeout: 60_000 }, async () => {
      const bytes = c.make();
      const before = peak();
      const reply = await preview(bytes);
      expect(peak() - before).toBeLessThan(MEMORY_BOUND);
      expect(reply.status).toBe(200);
      const answer = reply.json() as Refusal;
      expect(answer.ok).toBe(false);
      expect(answer.error?.code).toBe('invalid_input');
      expect(answer.error?.issues?.[0]).toMatchObject({ path: 'data', code: c.code });
      expect(answer.error?.message).toMatch(c.words);
      s.nothingWritten();
      await stillAnswers();
    });
  }

  test('real unpacked size (a bomb that says it is small and inflates to 640 MB): unreadable', {
    timeout: 60_000,
  }, async () => {
    const bytes = lyingBomb(640);
    const before = peak();
    const reply = await preview(bytes);
    expect(peak() - before).toBeLessThan(MEMORY_BOUND);
    const answer = reply.json() as Refusal;
    expect(reply.status).toBe(200);
    expect(answer.value?.rows).toEqual([]);
    expect(answer.value?.problems).toEqual([expect.objectContaining({ code: 'unreadable_xlsx', severity: 'error' })]);
    s.nothingWritten();
    await stillAnswers();
  });

  test('columns (2,000 where 200 are allowed): the preview holds no row and says why', {
    timeout: 60_000,
  }, async () => {
    const bytes = manyColumns(2000);
    const before = peak();
    const reply = await preview(bytes);
    expect(peak() - before).toBeLessThan(MEMORY_BOUND);
    const answer = reply.json() as Refusal;
    expect(answer.value?.rows).toEqual([]);
    expect(answer.value?.problems).toEqual([
      expect.objectContaining({ code: 'too_many_columns', severity: 'error', params: { max: 200 } }),
    ]);
    s.nothingWritten();
    await stillAnswers();
  });

  test('the commit of such a file is refused the same way and creates nothing', { timeout: 60_000 }, async () => {
    const data = manyRows(100_000).toString('base64');
    const body = JSON.stringify({ fileName: 'hosts.xlsx', format: 'xlsx', data, decisions: [] });
    const reply = await s.api('hosts.import.commit', auth, body);
    expect(reply.status).toBe(200);
    expect((reply.json() as Refusal).error?.issues?.[0]?.code).toBe('too_many_rows');
    s.nothingWritten();
  });
});

describe('a request at ten times the size limit of the HTTP server', () => {
  const tenTimes = MAX_BODY_BYTES * 10;

  test('streamed without a length: 413 once the limit is passed, memory bounded', { timeout: 60_000 }, async () => {
    const chunk = Buffer.alloc(MB, 0x20);
    const before = peak();
    const reply = await s.request({ path: '/api/hosts.import.preview', headers: auth }, (req) => {
      let sent = 0;
      const more = () => {
        while (sent < tenTimes) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', more);
        }
        req.end();
      };
      req.on('error', () => undefined);
      more();
    });
    expect(peak() - before).toBeLessThan(64 * MB);
    s.refusedWith(reply, 413, 'payload_too_large');
    await stillAnswers();
  });

  test('declared in the header: 413 before the body is read', async () => {
    const reply = await s.request(
      { path: '/api/hosts.import.preview', headers: { ...auth, 'content-length': tenTimes } },
      (req) => req.end(),
    );
    s.refusedWith(reply, 413, 'payload_too_large');
    await stillAnswers();
  });
});
