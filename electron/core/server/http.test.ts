// The browser mode's HTTP server on a real port with a real core: every refusal, and after each one
// nothing written. Requests are raw (node:http) so that Host, Origin and broken bodies can be sent.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { backupsDir, incomingDir, uploadPath } from '../backup/paths';
import { count, openTestCore, type TestCore, traineeInput } from '../test-core';
import { CSP, MAX_BODY_BYTES, type RunningServer, startServer } from './http';

const TOKEN = 'test-token-0123456789';
let t: TestCore;
let server: RunningServer;
let staticDir: string;
let counts: { trainees: number; audit: number };

beforeAll(async () => {
  t = openTestCore();
  staticDir = path.join(t.dir, 'static');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>CLAIR Desk</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1);');
  // Beside the static folder, where no request may reach.
  fs.writeFileSync(path.join(t.dir, 'secret.txt'), 'TOP-SECRET-OUTSIDE');
  server = await startServer({ dispatch: t.dispatchAsync, token: TOKEN, staticDir });
});
afterAll(async () => {
  await server.close();
  t.close();
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  text: string;
  json: () => { ok: boolean; error?: { code: string; message: string } };
}

/** One raw request; `body` may be a Buffer, or a function that writes to the request itself. */
function request(
  options: { method?: string; path: string; headers?: Record<string, string | number>; host?: string; port?: number },
  body?: string | Buffer | ((req: http.ClientRequest) => void),
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: options.host ?? '127.0.0.1',
        port: options.port ?? server.port,
        method: options.method ?? 'POST',
        path: options.path,
        headers: { host: `127.0.0.1:${options.port ?? server.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const text = body.toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text, json: () => JSON.parse(text) });
        });
      },
    );
    // The server may answer and close before a large body is sent; that answer is what we test.
    req.on('error', (error) =>
      error.message.includes('EPIPE') || error.message.includes('ECONNRESET') ? undefined : reject(error),
    );
    if (typeof body === 'function') body(req);
    else req.end(body);
  });
}

const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
const createBody = JSON.stringify({ data: traineeInput(), confirm: true });
const api = (channel: string, headers: Record<string, string | number> = auth, body: string | Buffer = createBody) =>
  request({ path: `/api/${channel}`, headers }, body);

beforeEach(() => {
  counts = { trainees: count(t.core, 'trainees'), audit: count(t.core, 'audit_log') };
});
function nothingWritten() {
  expect({ trainees: count(t.core, 'trainees'), audit: count(t.core, 'audit_log') }).toEqual(counts);
}
function refusedWith(reply: Reply, status: number, code: string) {
  expect(reply.status).toBe(status);
  const body = reply.json();
  expect(body.ok).toBe(false);
  expect(body.error?.code).toBe(code);
  expect(body.error?.message.length).toBeGreaterThan(0);
  nothingWritten();
}

describe('API requests that are refused, writing nothing', () => {
  test('without a token: 401', async () => {
    refusedWith(await api('trainees.create', { 'content-type': 'application/json' }), 401, 'unauthorized');
  });

  test('with a wrong token: 401', async () => {
    refusedWith(await api('trainees.create', { ...auth, authorization: 'Bearer wrong' }), 401, 'unauthorized');
    refusedWith(await api('trainees.create', { ...auth, authorization: TOKEN }), 401, 'unauthorized');
  });

  test('addressed to a foreign Host (DNS rebinding): 403', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, '127.0.0.1', `127.0.0.1:${server.port + 1}`]) {
      refusedWith(await api('trainees.create', { ...auth, host }), 403, 'forbidden');
    }
  });

  test('from a foreign Origin: 403', async () => {
    for (const origin of ['http://evil.example', 'null', `https://127.0.0.1:${server.port}`, `http://127.0.0.1:1`]) {
      refusedWith(await api('trainees.create', { ...auth, origin }), 403, 'forbidden');
    }
  });

  test('with a body over the limit, declared or streamed: 413', async () => {
    const big = Buffer.alloc(MAX_BODY_BYTES + 1, 0x20);
    refusedWith(await api('trainees.create', auth, big), 413, 'payload_too_large');
    const streamed = await request({ path: '/api/trainees.create', headers: auth }, (req) => {
      for (let i = 0; i < 9; i++) req.write(Buffer.alloc(1024 * 1024, 0x20));
      req.end();
    });
    refusedWith(streamed, 413, 'payload_too_large');
  });

  test('with malformed JSON: 400', async () => {
    refusedWith(await api('trainees.create', auth, '{"data": {'), 400, 'malformed_json');
    refusedWith(await api('trainees.create', auth, Buffer.from([0xff, 0xfe, 0x00])), 400, 'malformed_json');
  });

  test('with a content type other than JSON: 415', async () => {
    refusedWith(await api('trainees.create', { ...auth, 'content-type': 'text/plain' }), 415, 'malformed_json');
    const form = { ...auth, 'content-type': 'application/x-www-form-urlencoded' };
    refusedWith(await api('trainees.create', form), 415, 'malformed_json');
  });

  test('with GET: 405', async () => {
    const reply = await request({ method: 'GET', path: '/api/trainees.list', headers: auth });
    refusedWith(reply, 405, 'unsupported');
    expect(reply.headers.allow).toBe('POST');
  });

  test('to an unknown channel: 404', async () => {
    for (const channel of ['trainees.drop', '__proto__', 'constructor', '%E0%A4']) {
      const reply = await api(channel);
      expect([400, 404]).toContain(reply.status);
      expect(reply.json().ok).toBe(false);
      nothingWritten();
    }
    refusedWith(await api('no.such.channel'), 404, 'unknown_channel');
  });

  test('with input the contract refuses: the contract’s error, 200', async () => {
    refusedWith(await api('trainees.create', auth, JSON.stringify({ data: {} })), 200, 'invalid_input');
    refusedWith(await api('trainees.create', auth, '[]'), 200, 'invalid_input');
  });

  test('a client that never finishes its body is cut off', async () => {
    const slow = await startServer({ dispatch: t.dispatchAsync, token: TOKEN, bodyTimeoutMs: 300 });
    const socket = net.connect(slow.port, '127.0.0.1');
    const answer = new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (c) => {
        text += c.toString();
      });
      socket.on('close', () => resolve(text));
    });
    socket.write(
      `POST /api/trainees.create HTTP/1.1\r\nHost: 127.0.0.1:${slow.port}\r\nAuthorization: Bearer ${TOKEN}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"data":',
    );
    const started = Date.now();
    const text = await answer;
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeLessThan(5_000);
    await slow.close();
    nothingWritten();
  });
});

describe('API requests that are accepted', () => {
  test('the token, own Host or Origin, and JSON get the channel’s answer', async () => {
    const reply = await api('trainees.create', {
      ...auth,
      host: `localhost:${server.port}`,
      origin: `http://127.0.0.1:${server.port}`,
      'content-type': 'application/json; charset=utf-8',
    });
    expect(reply.status).toBe(200);
    expect(reply.json()).toMatchObject({ ok: true, value: { trainee: { ref: 'FY2026-0001' } } });
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(count(t.core, 'trainees')).toBe(counts.trainees + 1);
    expect(count(t.core, 'audit_log')).toBe(counts.audit + 1);
    const list = await api('trainees.list', auth, '');
    expect(list.json()).toMatchObject({ ok: true, value: { total: 1 } });
  });
});

describe('the listening address', () => {
  test('is 127.0.0.1 only', async () => {
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    for (const host of ['127.0.0.2', '::1']) {
      const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
        const socket = net.connect(server.port, host);
        socket.on('connect', () => {
          socket.destroy();
          resolve(null);
        });
        socket.on('error', resolve);
      });
      expect(error?.code, host).toMatch(/ECONNREFUSED|EADDRNOTAVAIL|ENETUNREACH/);
    }
  });
});

describe('static files', () => {
  const get = (p: string, headers: Record<string, string> = {}) => request({ method: 'GET', path: p, headers });

  test('the app page comes with the strict CSP and no caching', async () => {
    const reply = await get('/');
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('<title>CLAIR Desk</title>');
    expect(reply.headers['content-security-policy']).toBe(CSP);
    expect(CSP).toContain("default-src 'none'");
    expect(reply.headers['x-frame-options']).toBe('DENY');
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  test('assets are served with their type; unknown paths get the app page (client-side routes)', async () => {
    const js = await get('/assets/app.js');
    expect([js.status, js.headers['content-type'], js.text]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      'console.log(1);',
    ]);
    const route = await get('/trainees/12?tab=photo');
    expect(route.text).toContain('<title>CLAIR Desk</title>');
    expect(route.headers['content-security-policy']).toBe(CSP);
  });

  test('a foreign Host gets nothing, not even the page', async () => {
    expect((await get('/', { host: 'evil.example' })).status).toBe(403);
  });

  test('path traversal, plain or encoded, reaches nothing outside the static folder', async () => {
    const attempts = [
      '/../secret.txt',
      '/../../../../etc/passwd',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%252e%252e/secret.txt',
      '//../secret.txt',
      '/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/..%00/secret.txt',
      '/../package.json',
    ];
    for (const attempt of attempts) {
      const reply = await get(attempt);
      expect(reply.status, attempt).not.toBe(500);
      expect(reply.text, attempt).not.toContain('TOP-SECRET-OUTSIDE');
      expect(reply.text, attempt).not.toContain('root:');
      if (reply.status === 200) expect(reply.text, attempt).toContain('<title>CLAIR Desk</title>');
    }
  });

  test('a malformed percent-encoding is refused, and the server lives on', async () => {
    const reply = await get('/%E0%A4%A');
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
    expect((await get('/')).status).toBe(200);
  });

  test('a static folder without its page answers 500 and keeps serving the API', async () => {
    const bare = path.join(t.dir, 'bare');
    fs.mkdirSync(bare);
    const other = await startServer({ dispatch: t.dispatchAsync, token: TOKEN, staticDir: bare });
    try {
      const page = await fetch(other.url);
      expect(page.status).toBe(500);
      const info = await fetch(`${other.url}api/app.info`, { method: 'POST', headers: auth, body: '{}' });
      expect(await info.json()).toMatchObject({ ok: true, value: { name: 'CLAIR Desk' } });
    } finally {
      await other.close();
    }
  });

  test('other methods than GET and HEAD are refused', async () => {
    expect((await request({ method: 'PUT', path: '/index.html' }, 'x')).status).toBe(405);
    const head = await request({ method: 'HEAD', path: '/' });
    expect([head.status, head.text]).toEqual([200, '']);
  });
});

describe('file transfer: uploads for a restore, downloads of backups', () => {
  const octet = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/octet-stream' };
  const upload = (
    body: Buffer | ((req: http.ClientRequest) => void),
    headers: Record<string, string | number> = octet,
    port?: number,
  ) => request({ path: '/files/upload', headers, port }, body);
  const download = (input: unknown, headers: Record<string, string | number> = auth) =>
    request({ path: '/files/backup', headers }, JSON.stringify(input));
  /** The incoming folder's files (uploads and partial uploads). */
  const incoming = () => (fs.existsSync(incomingDir(t.dir)) ? fs.readdirSync(incomingDir(t.dir)).sort() : []);
  const backups = () => (fs.existsSync(backupsDir(t.dir)) ? fs.readdirSync(backupsDir(t.dir)).sort() : []);
  const BACKUP_ID = 'clair-desk-manual-20260601T120000000Z.sqlite';
  const backupBytes = crypto.randomBytes(300_000);

  beforeAll(() => {
    // A file in the backups folder stands for a backup: the download only streams what is there.
    fs.mkdirSync(backupsDir(t.dir), { recursive: true });
    fs.writeFileSync(path.join(backupsDir(t.dir), BACKUP_ID), backupBytes);
  });

  test('without a token, with a wrong one, from a foreign Host or Origin, or by GET: refused, nothing kept', async () => {
    const before = { incoming: incoming(), backups: backups() };
    const bytes = Buffer.from('SQLite format 3\0');
    const id = { id: BACKUP_ID };
    const cases: [Record<string, string | number>, number, string][] = [
      [{ 'content-type': 'application/octet-stream' }, 401, 'unauthorized'],
      [{ ...octet, authorization: 'Bearer wrong' }, 401, 'unauthorized'],
      [{ ...octet, host: 'evil.example' }, 403, 'forbidden'],
      [{ ...octet, host: `127.0.0.1:${server.port + 1}` }, 403, 'forbidden'],
      [{ ...octet, origin: 'http://evil.example' }, 403, 'forbidden'],
      [{ ...octet, origin: 'null' }, 403, 'forbidden'],
    ];
    for (const [headers, status, code] of cases) {
      refusedWith(await upload(bytes, headers), status, code);
      const json = { ...headers, 'content-type': 'application/json' };
      const reply = await download(id, json);
      refusedWith(reply, status, code);
      expect(reply.body.includes(backupBytes.subarray(0, 64))).toBe(false);
    }
    for (const p of ['/files/upload', '/files/backup']) {
      refusedWith(await request({ method: 'GET', path: p, headers: auth }), 405, 'unsupported');
    }
    refusedWith(await upload(bytes, { ...octet, 'content-type': 'multipart/form-data' }), 415, 'unsupported');
    refusedWith(await download(id, { ...auth, 'content-type': 'text/plain' }), 415, 'malformed_json');
    expect({ incoming: incoming(), backups: backups() }).toEqual(before);
  });

  test('an upload arrives byte for byte under a new id, for restore.inspect', async () => {
    const bytes = Buffer.concat([fs.readFileSync(t.core.dbFile), crypto.randomBytes(100_000)]);
    const reply = await upload(bytes);
    expect(reply.status).toBe(200);
    const { ok, value } = reply.json() as unknown as { ok: boolean; value: { uploadId: string; size: number } };
    expect(ok).toBe(true);
    expect(value.uploadId).toMatch(/^[a-f0-9-]{36}$/);
    expect(value.size).toBe(bytes.length);
    expect(fs.readFileSync(uploadPath(t.dir, value.uploadId)).equals(bytes)).toBe(true);
    expect(incoming().filter((f) => f.endsWith('.part'))).toEqual([]);
    // Sent in pieces without a declared length, the same.
    const chunked = await upload((req) => {
      for (let i = 0; i < 4; i++) req.write(bytes.subarray(i * 1000, (i + 1) * 1000));
      req.end();
    });
    const second = (chunked.json() as unknown as { value: { uploadId: string } }).value.uploadId;
    expect(second).not.toBe(value.uploadId);
    expect(fs.readFileSync(uploadPath(t.dir, second)).equals(bytes.subarray(0, 4000))).toBe(true);
    nothingWritten();
  });

  describe('uploads that go wrong leave no file behind', () => {
    let small: RunningServer;
    beforeAll(async () => {
      small = await startServer({
        dispatch: t.dispatchAsync,
        token: TOKEN,
        dataDir: t.dir,
        maxUploadBytes: 64 * 1024,
        uploadIdleMs: 300,
      });
    });
    afterAll(() => small.close());

    test('over the size limit, declared or streamed: 413', async () => {
      const before = incoming();
      refusedWith(await upload(Buffer.alloc(64 * 1024 + 1), octet, small.port), 413, 'payload_too_large');
      const streamed = await upload(
        (req) => {
          for (let i = 0; i < 20; i++) req.write(Buffer.alloc(8 * 1024, 1));
          req.end();
        },
        octet,
        small.port,
      );
      refusedWith(streamed, 413, 'payload_too_large');
      // The partial file is removed as the answer goes out (asynchronously, so give it a moment).
      await expect.poll(incoming).toEqual(before);
      // Exactly at the limit is fine.
      expect((await upload(Buffer.alloc(64 * 1024), octet, small.port)).status).toBe(200);
    });

    test('a data folder that cannot take the file: 500 with the reason, nothing left', async () => {
      const blocked = path.join(t.dir, 'blocked');
      fs.mkdirSync(blocked);
      // Where the incoming folder should be, a file is in the way.
      fs.writeFileSync(incomingDir(blocked), 'x');
      const other = await startServer({ dispatch: t.dispatchAsync, token: TOKEN, dataDir: blocked });
      try {
        const reply = await upload(Buffer.from('SQLite format 3\0'), octet, other.port);
        refusedWith(reply, 500, 'internal');
        expect(reply.json().error?.message).toMatch(/could not be stored in the data folder \(.*EEXIST/);
        expect(fs.readdirSync(blocked)).toEqual([path.basename(incomingDir(blocked))]);
      } finally {
        await other.close();
      }
    });

    test('a client that stops sending is cut off (408); one that goes away is cleaned up', async () => {
      const before = incoming();
      const socket = net.connect(small.port, '127.0.0.1');
      const answer = new Promise<string>((resolve) => {
        let text = '';
        socket.on('data', (c) => {
          text += c.toString();
        });
        socket.on('close', () => resolve(text));
      });
      socket.write(
        `POST /files/upload HTTP/1.1\r\nHost: 127.0.0.1:${small.port}\r\nAuthorization: Bearer ${TOKEN}\r\n` +
          'Content-Type: application/octet-stream\r\nContent-Length: 50000\r\n\r\nSQLite format 3',
      );
      expect(await answer).toMatch(/^HTTP\/1\.1 408/);
      await expect.poll(incoming).toEqual(before);

      const aborted = net.connect(small.port, '127.0.0.1');
      aborted.write(
        `POST /files/upload HTTP/1.1\r\nHost: 127.0.0.1:${small.port}\r\nAuthorization: Bearer ${TOKEN}\r\n` +
          `Content-Type: application/octet-stream\r\nContent-Length: 50000\r\n\r\n${'x'.repeat(20_000)}`,
      );
      await expect.poll(() => incoming().length).toBeGreaterThan(before.length);
      aborted.destroy();
      await expect.poll(incoming).toEqual(before);
      nothingWritten();
    });
  });

  test('a backup downloads byte for byte as an attachment named by its id', async () => {
    const reply = await download({ id: BACKUP_ID });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/vnd.sqlite3');
    expect(reply.headers['content-disposition']).toBe(`attachment; filename="${BACKUP_ID}"`);
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.body.equals(backupBytes)).toBe(true);
  });

  test('a backup that is not there, or a name that is not a backup id: refused', async () => {
    refusedWith(await download({ id: 'clair-desk-daily-20200101T000000Z.sqlite' }), 404, 'not_found');
    for (const id of ['../clair-desk.sqlite', '/etc/passwd', 'clair-desk-manual-x.sqlite', 42]) {
      refusedWith(await download({ id }), 400, 'invalid_input');
    }
    refusedWith(await download({ id: BACKUP_ID, path: '/tmp/x' }), 400, 'invalid_input');
    refusedWith(await request({ path: '/files/backup', headers: auth }, '{"id":'), 400, 'malformed_json');
    refusedWith(await request({ path: '/files/other', headers: auth }, '{}'), 404, 'not_found');
  });

  test('without an id, a fresh backup of all the data is made and downloaded', async () => {
    const before = backups();
    const reply = await download({});
    expect(reply.status).toBe(200);
    expect(reply.headers['content-disposition']).toMatch(
      /^attachment; filename="clair-desk-all-data-\d{4}-\d{2}-\d{2}\.sqlite"$/,
    );
    expect(reply.body.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    // The first backup of a month may bring a monthly one along; the download is the manual one.
    const made = backups().filter((f) => !before.includes(f) && /^clair-desk-manual-.*\.sqlite$/.test(f));
    expect(made).toHaveLength(1);
    expect(fs.readFileSync(path.join(backupsDir(t.dir), made[0] ?? '')).equals(reply.body)).toBe(true);
  });
});
