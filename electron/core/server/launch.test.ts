// One-time launch codes: the store on its own, then its two endpoints on a real server with a real
// core (POST /launch/exchange trades a code for the token once; POST /launch/new needs the token).
import { describe, expect, test } from 'vitest';
import { auth, serveForTests, TOKEN } from './__tests__/test-server';
import { launchCodes, sameSecret } from './launch';

describe('the code store', () => {
  test('a minted code is redeemed once, then never again', () => {
    const codes = launchCodes();
    const code = codes.mint();
    expect(codes.pending).toBe(1);
    expect(codes.redeem(code)).toBe(true);
    expect(codes.redeem(code)).toBe(false);
    expect(codes.pending).toBe(0);
  });

  test('unknown codes, near misses and the empty string are refused, and spend nothing', () => {
    const codes = launchCodes();
    const code = codes.mint();
    for (const wrong of ['', 'x', code.slice(0, -1), `${code}x`, code.toUpperCase(), ` ${code}`]) {
      if (wrong !== code) expect(codes.redeem(wrong)).toBe(false);
    }
    expect(codes.redeem(code)).toBe(true);
  });

  test('codes are random and unrelated: each redeems only itself', () => {
    const codes = launchCodes();
    const minted = Array.from({ length: 20 }, () => codes.mint());
    expect(new Set(minted).size).toBe(20);
    for (const code of minted) expect(code).toMatch(/^[A-Za-z0-9_-]{32}$/);
    for (const code of minted.reverse()) expect(codes.redeem(code)).toBe(true);
    expect(codes.pending).toBe(0);
  });

  test('a revoked code opens nothing; revoking a used or unknown one changes nothing', () => {
    const codes = launchCodes();
    const a = codes.mint();
    const b = codes.mint();
    codes.revoke(a);
    codes.revoke('unknown');
    expect(codes.redeem(a)).toBe(false);
    expect(codes.redeem(b)).toBe(true);
    codes.revoke(b);
    expect(codes.pending).toBe(0);
  });

  test('beyond 64 unused codes the oldest stops working', () => {
    const codes = launchCodes();
    const minted = Array.from({ length: 65 }, () => codes.mint());
    expect(codes.pending).toBe(64);
    expect(codes.redeem(minted[0] as string)).toBe(false);
    expect(codes.redeem(minted[64] as string)).toBe(true);
  });

  test('secrets of any length compare without throwing (digests of equal length)', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abc', 'abcd')).toBe(false);
    expect(sameSecret('', TOKEN)).toBe(false);
  });
});

const s = serveForTests();
const json = { 'content-type': 'application/json' };

async function mint(headers: Record<string, string> = auth) {
  return s.request({ path: '/launch/new', headers }, '');
}
async function newCode(): Promise<string> {
  const reply = await mint();
  expect(reply.status).toBe(200);
  return (reply.json() as unknown as { value: { code: string } }).value.code;
}
const exchange = (code: unknown, headers: Record<string, string | number> = json) =>
  s.request({ path: '/launch/exchange', headers }, JSON.stringify({ code }));

describe('POST /launch/exchange', () => {
  test('trades a fresh code for the session token once; the second time it is refused', async () => {
    const code = await newCode();
    const first = await exchange(code, { ...json, origin: `http://127.0.0.1:${s.server.port}` });
    expect(first.status).toBe(200);
    expect(first.json()).toEqual({ ok: true, value: { token: TOKEN } });
    expect(first.headers['cache-control']).toBe('no-store');
    s.refusedWith(await exchange(code), 401, 'unauthorized');
  });

  test('the address the server prints carries a code that works once, never the token', async () => {
    const url = new URL(s.server.launchUrl());
    expect(url.origin).toBe(`http://127.0.0.1:${s.server.port}`);
    expect(url.href).not.toContain(TOKEN);
    expect([...url.searchParams.keys()]).toEqual(['launch']);
    expect((await exchange(url.searchParams.get('launch'))).status).toBe(200);
    s.refusedWith(await exchange(url.searchParams.get('launch')), 401, 'unauthorized');
  });

  test('a newer printed address replaces the older one that was not used; minted codes are untouched', async () => {
    const older = new URL(s.server.launchUrl()).searchParams.get('launch');
    const minted = await newCode();
    const newer = new URL(s.server.launchUrl()).searchParams.get('launch');
    s.refusedWith(await exchange(older), 401, 'unauthorized');
    expect((await exchange(newer)).status).toBe(200);
    expect((await exchange(minted)).status).toBe(200);
  });

  test('an unknown code, or a body without one, is refused', async () => {
    for (const code of ['nope', '', 42, null, 'x'.repeat(500)])
      s.refusedWith(await exchange(code), 401, 'unauthorized');
    s.refusedWith(await s.request({ path: '/launch/exchange', headers: json }, '[]'), 401, 'unauthorized');
    s.refusedWith(await s.request({ path: '/launch/exchange', headers: json }, '{"code":'), 400, 'malformed_json');
  });

  test('a foreign Host or Origin is refused and does not spend the code', async () => {
    const code = await newCode();
    for (const host of ['evil.example', `evil.example:${s.server.port}`, `127.0.0.1:${s.server.port + 1}`]) {
      s.refusedWith(await exchange(code, { ...json, host }), 403, 'forbidden');
    }
    for (const origin of ['http://evil.example', 'null', `https://127.0.0.1:${s.server.port}`]) {
      s.refusedWith(await exchange(code, { ...json, origin }), 403, 'forbidden');
    }
    expect((await exchange(code)).status).toBe(200);
  });

  test('other methods and other content types are refused and do not spend the code', async () => {
    const code = await newCode();
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const reply = await s.request({ method, path: `/launch/exchange?code=${code}`, headers: json });
      s.refusedWith(reply, 405, 'unsupported');
      expect(reply.headers.allow).toBe('POST');
    }
    s.refusedWith(await exchange(code, { 'content-type': 'text/plain' }), 415, 'malformed_json');
    s.refusedWith(await exchange(code, { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'malformed_json');
    expect((await exchange(code)).status).toBe(200);
  });

  test('other addresses under /launch/ are not found', async () => {
    s.refusedWith(await s.request({ path: '/launch/token', headers: auth }, '{}'), 404, 'not_found');
  });
});

describe('POST /launch/new', () => {
  test('needs the session token', async () => {
    s.refusedWith(await mint(json), 401, 'unauthorized');
    s.refusedWith(await mint({ ...json, authorization: 'Bearer wrong' }), 401, 'unauthorized');
    s.refusedWith(await mint({ ...json, authorization: TOKEN }), 401, 'unauthorized');
    s.refusedWith(await mint({ ...json, authorization: `Bearer ${TOKEN}x` }), 401, 'unauthorized');
  });

  test('needs POST and this server’s Host', async () => {
    s.refusedWith(await s.request({ method: 'GET', path: '/launch/new', headers: auth }), 405, 'unsupported');
    s.refusedWith(await mint({ ...auth, host: 'evil.example' }), 403, 'forbidden');
  });

  test('each code it mints opens one page', async () => {
    const [a, b] = [await newCode(), await newCode()];
    expect(a).not.toBe(b);
    expect((await exchange(b)).status).toBe(200);
    expect((await exchange(a)).status).toBe(200);
    s.refusedWith(await exchange(a), 401, 'unauthorized');
  });
});
