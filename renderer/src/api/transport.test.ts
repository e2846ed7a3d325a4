// The browser mode's session at start-up: the launch code is taken out of the address and traded
// once; the token lives only in memory and this tab's storage, never in an address.
import { describe, expect, test } from 'vitest';
import { askOpenTabs, browserSession, type Session, shareWithNewTabs } from './transport';

/** An address bar, its history and a tab's sessionStorage, as plain objects. */
function tab(address: string, stored: Record<string, string> = {}) {
  const url = new URL(address);
  const addresses: string[] = [];
  const location = {
    get pathname() {
      return url.pathname;
    },
    get search() {
      return url.search;
    },
    get hash() {
      return url.hash;
    },
  } as Location;
  const history = {
    replaceState(_data: unknown, _unused: string, next: string) {
      const moved = new URL(next, url);
      url.search = moved.search;
      url.pathname = moved.pathname;
      url.hash = moved.hash;
      addresses.push(url.href);
    },
  } as History;
  const items = new Map(Object.entries(stored));
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  } as Storage;
  return { location, history, storage, items, addresses, href: () => url.href };
}

/** The server's side of the trade: each code in `fresh` once. */
function server(fresh: string[], token = 'the-token') {
  const asked: string[] = [];
  const exchange = async (code: string) => {
    asked.push(code);
    const at = fresh.indexOf(code);
    if (at < 0) return 'refused' as const;
    fresh.splice(at, 1);
    return { token };
  };
  return { exchange, asked };
}

const authorization = (session: Session) =>
  session.ok ? session.transport.http?.headers.authorization : `refused: ${session.reason}`;

describe('browserSession', () => {
  test('a fresh code: traded for the token, kept for the tab, taken out of the address', async () => {
    const t = tab('http://127.0.0.1:5000/?launch=abc#/trainees?page=2');
    const s = server(['abc']);
    const session = await browserSession(t.location, t.storage, t.history, s.exchange);
    expect(authorization(session)).toBe('Bearer the-token');
    expect(s.asked).toEqual(['abc']);
    expect(t.href()).toBe('http://127.0.0.1:5000/#/trainees?page=2');
    expect(t.items.get('clair-desk-token')).toBe('the-token');
    for (const address of t.addresses) expect(address).not.toMatch(/abc|the-token/);
  });

  test('other query parameters stay in the address', async () => {
    const t = tab('http://127.0.0.1:5000/?lang=ja&launch=abc#/');
    await browserSession(t.location, t.storage, t.history, server(['abc']).exchange);
    expect(t.href()).toBe('http://127.0.0.1:5000/?lang=ja#/');
  });

  test('a reload of the same tab (no code, a stored token) asks nothing and keeps working', async () => {
    const t = tab('http://127.0.0.1:5000/#/trainees', { 'clair-desk-token': 'the-token' });
    const s = server([]);
    expect(authorization(await browserSession(t.location, t.storage, t.history, s.exchange))).toBe('Bearer the-token');
    expect(s.asked).toEqual([]);
    expect(t.addresses).toEqual([]);
  });

  test('a used code is refused, even in a tab that holds a token, and stores nothing', async () => {
    const t = tab('http://127.0.0.1:5000/?launch=abc', { 'clair-desk-token': 'older' });
    const session = await browserSession(t.location, t.storage, t.history, server([]).exchange);
    expect(session).toEqual({ ok: false, reason: 'used' });
    expect(t.items.get('clair-desk-token')).toBe('older');
    expect(t.href()).toBe('http://127.0.0.1:5000/');
  });

  test('no code, no stored token, but a CLAIR Desk tab open in this browser: its session, kept for this tab', async () => {
    const t = tab('http://127.0.0.1:5000/#/trainees/7');
    const s = server([]);
    const session = await browserSession(t.location, t.storage, t.history, s.exchange, async () => 'the-token');
    expect(authorization(session)).toBe('Bearer the-token');
    expect(t.items.get('clair-desk-token')).toBe('the-token');
    expect(s.asked).toEqual([]);
  });

  test('a used code stays refused even when a tab of this browser would share its session', async () => {
    const t = tab('http://127.0.0.1:5000/?launch=abc');
    let asked = false;
    const session = await browserSession(t.location, t.storage, t.history, server([]).exchange, async () => {
      asked = true;
      return 'the-token';
    });
    expect(session).toEqual({ ok: false, reason: 'used' });
    expect(asked).toBe(false);
  });

  test('neither a code nor a stored token: refused as missing, nothing asked', async () => {
    const s = server(['abc']);
    const t = tab('http://127.0.0.1:5000/#/');
    expect(await browserSession(t.location, t.storage, t.history, s.exchange)).toEqual({
      ok: false,
      reason: 'missing',
    });
    expect(s.asked).toEqual([]);
  });

  test('the old ?token= address opens nothing: a token is never read from an address', async () => {
    const t = tab('http://127.0.0.1:5000/?token=the-token#/');
    const session = await browserSession(t.location, t.storage, t.history, server([]).exchange);
    expect(session).toEqual({ ok: false, reason: 'missing' });
    expect(t.items.size).toBe(0);
  });

  test('a server that does not answer: said as such, not as a used address', async () => {
    const t = tab('http://127.0.0.1:5000/?launch=abc');
    const session = await browserSession(t.location, t.storage, t.history, async () => 'unreachable' as const);
    expect(session).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(t.href()).toBe('http://127.0.0.1:5000/');
  });
});

describe('tabs of one browser share the session (BroadcastChannel)', () => {
  test('an open tab answers a new tab; after it closes, nobody does', async () => {
    const stop = shareWithNewTabs('the-token');
    expect(await askOpenTabs(1000)).toBe('the-token');
    stop();
    expect(await askOpenTabs(100)).toBeNull();
  });
});
