// The browser mode's HTTP server on a real port with a real core: every refusal, and after each one
// nothing written. Requests are raw (node:http) so that Host, Origin and broken bodies can be sent.
// File transfer (uploads, backup downloads) is in transfer.test.ts.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { count, traineeInput } from '../../../tests/support/test-core';
import { auth, serveForTests, TOKEN } from './__tests__/test-server';
import { CSP, MAX_BODY_BYTES, startServer } from './http';

const s = serveForTests();

/** A trainee's creation whose name is these bytes, sent as they are. */
function bodyWithName(name: Buffer): Buffer {
  const input = traineeInput({ fullName: 'NAME', fiscalYear: 2025, passportNumber: 'UTF8TEST1' });
  const [before = '', after = ''] = JSON.stringify({ data: input, confirm: true }).split('NAME');
  return Buffer.concat([Buffer.from(before), name, Buffer.from(after)]);
}
const { request, api, nothingWritten, refusedWith } = s;

describe('API requests that are refused, writing nothing', () => {
  test('without a token: 401', async () => {
    refusedWith(await api('trainees.create', { 'content-type': 'application/json' }), 401, 'unauthorized');
  });

  test('with a wrong token: 401', async () => {
    refusedWith(await api('trainees.create', { ...auth, authorization: 'Bearer wrong' }), 401, 'unauthorized');
    refusedWith(await api('trainees.create', { ...auth, authorization: TOKEN }), 401, 'unauthorized');
  });

  test('addressed to a foreign Host (DNS rebinding): 403', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${s.server.port}`,
      '127.0.0.1',
      `127.0.0.1:${s.server.port + 1}`,
    ]) {
      refusedWith(await api('trainees.create', { ...auth, host }), 403, 'forbidden');
    }
  });

  test('from a foreign Origin: 403', async () => {
    for (const origin of ['http://evil.example', 'null', `https://127.0.0.1:${s.server.port}`, `http://127.0.0.1:1`]) {
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
  });

  test('with a body that is not valid UTF-8: 400, nothing stored with replacement characters', async () => {
    refusedWith(await api('trainees.create', auth, Buffer.from([0xff, 0xfe, 0x00])), 400, 'invalid_utf8');
    // A real trainee whose name carries one broken sequence: a lenient decoder would store U+FFFD.
    const broken = [
      Buffer.from([0x4e, 0x67, 0xff, 0x75]), // a byte UTF-8 never uses
      Buffer.from([0xc0, 0xaf]), // an overlong "/"
      Buffer.from([0xed, 0xa0, 0x80]), // a lone surrogate
      Buffer.from([0xe3, 0x81]), // a sequence cut short
      Buffer.from([0x93, 0xfa, 0x96, 0x7b]), // "日本" in Shift_JIS
    ];
    for (const name of broken) refusedWith(await api('trainees.create', auth, bodyWithName(name)), 400, 'invalid_utf8');
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
    const slow = await startServer({ dispatch: s.t.dispatchAsync, token: TOKEN, bodyTimeoutMs: 300 });
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
      host: `localhost:${s.server.port}`,
      origin: `http://127.0.0.1:${s.server.port}`,
      'content-type': 'application/json; charset=utf-8',
    });
    expect(reply.status).toBe(200);
    expect(reply.json()).toMatchObject({ ok: true, value: { trainee: { ref: 'FY2026-0001' } } });
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(count(s.t.core, 'trainees')).toBe(s.counts.trainees + 1);
    expect(count(s.t.core, 'audit_log')).toBe(s.counts.audit + 1);
    const list = await api('trainees.list', auth, '');
    expect(list.json()).toMatchObject({ ok: true, value: { total: 1 } });
  });

  test('text in valid UTF-8 is saved as it was sent', async () => {
    const reply = await api('trainees.create', auth, bodyWithName(Buffer.from('日本 Nguyễn')));
    expect(reply.json().ok).toBe(true);
    const stored = s.t.core.db.raw
      .prepare('SELECT count(*) FROM trainees WHERE full_name = ?')
      .pluck()
      .get('日本 Nguyễn');
    expect(stored).toBe(1);
  });
});

describe('the listening address', () => {
  test('is 127.0.0.1 only', async () => {
    expect(s.server.server.address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    expect(s.server.url).toBe(`http://127.0.0.1:${s.server.port}/`);
    for (const host of ['127.0.0.2', '::1']) {
      const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
        const socket = net.connect(s.server.port, host);
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
    const bare = path.join(s.t.dir, 'bare');
    fs.mkdirSync(bare);
    const other = await startServer({ dispatch: s.t.dispatchAsync, token: TOKEN, staticDir: bare });
    try {
      const page = await fetch(other.url);
      expect(page.status).toBe(500);
      const info = await fetch(`${other.url}api/settings.app.info`, { method: 'POST', headers: auth, body: '{}' });
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
