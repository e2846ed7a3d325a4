// The browser mode's HTTP server on a real port with a real core: every refusal, and after each one
// nothing written. Requests are raw (node:http) so that Host, Origin and broken bodies can be sent.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
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
  text: string;
  json: () => { ok: boolean; error?: { code: string; message: string } };
}

/** One raw request; `body` may be a Buffer, or a function that writes to the request itself. */
function request(
  options: { method?: string; path: string; headers?: Record<string, string | number>; host?: string },
  body?: string | Buffer | ((req: http.ClientRequest) => void),
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: options.host ?? '127.0.0.1',
        port: server.port,
        method: options.method ?? 'POST',
        path: options.path,
        headers: { host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
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
