import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP, metaPolicy, securityHeaders } from '../core';
import { APP_PAGE_URL, APP_SCHEME_PRIVILEGES, appSchemeHandler, appSegments } from './scheme';

// A real folder: the renderer root with a few files, a secret beside it, and symlinks from inside
// the root to the outside.
let base: string;
let root: string;
let serve: ReturnType<typeof appSchemeHandler>;
const HEADERS = securityHeaders(true);
const SECRET = 'the database is here';

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'clair-scheme-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>CLAIR Desk</title>');
  const files: Record<string, string> = {
    'app.js': 'console.log(1);',
    'app.css': 'body{}',
    'font.woff2': 'wOF2',
    'font.woff': 'wOFF',
    'font.ttf': 'ttf',
    'logo.png': 'png',
    'logo.svg': '<svg/>',
    'data.json': '{}',
    'favicon.ico': 'ico',
    'page 日本.js': 'space and Japanese',
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(root, 'assets', name), text);
  fs.mkdirSync(path.join(base, 'outside'));
  fs.writeFileSync(path.join(base, 'outside', 'secret.txt'), SECRET);
  fs.writeFileSync(path.join(base, 'secret.txt'), SECRET);
  fs.symlinkSync(path.join(base, 'outside'), path.join(root, 'linked'), 'dir');
  fs.symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'leak.txt'), 'file');
  serve = appSchemeHandler({ root, headers: HEADERS });
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

describe('the scheme', () => {
  it('is standard, secure and fetchable, and does not bypass the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'clair-desk',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
    expect(APP_PAGE_URL).toBe('clair-desk://app/index.html');
  });
});

describe('serving the renderer', () => {
  it('answers / and /index.html with the page, its CSP and the security headers', async () => {
    for (const url of ['clair-desk://app/', 'clair-desk://app', APP_PAGE_URL, `${APP_PAGE_URL}?x=1#/trainees`]) {
      const reply = await get(url);
      expect(reply.status, url).toBe(200);
      expect(await reply.text()).toContain('<title>CLAIR Desk</title>');
      expect(reply.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(reply.headers.get('content-security-policy')).toBe(CSP);
      expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
      expect(reply.headers.get('referrer-policy')).toBe('no-referrer');
      expect(reply.headers.get('x-frame-options')).toBe('DENY');
      expect(reply.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('gives each kind of file its Content-Type, and the CSP on every answer', async () => {
    const expected: Record<string, string> = {
      'app.js': 'text/javascript; charset=utf-8',
      'app.css': 'text/css; charset=utf-8',
      'font.woff2': 'font/woff2',
      'font.woff': 'font/woff',
      'font.ttf': 'font/ttf',
      'logo.png': 'image/png',
      'logo.svg': 'image/svg+xml',
      'data.json': 'application/json; charset=utf-8',
      'favicon.ico': 'image/x-icon',
    };
    for (const [name, type] of Object.entries(expected)) {
      const reply = await get(`clair-desk://app/assets/${name}`);
      expect([reply.status, reply.headers.get('content-type')], name).toEqual([200, type]);
      expect(await reply.text()).toBe(fs.readFileSync(path.join(root, 'assets', name), 'utf8'));
      expect(reply.headers.get('content-security-policy')).toBe(CSP);
      expect(reply.headers.get('cache-control')).toBe('max-age=31536000, immutable');
    }
  });

  it('finds names with spaces and Japanese characters (percent-encoded in the URL)', async () => {
    const reply = await get(`clair-desk://app/assets/${encodeURIComponent('page 日本.js')}`);
    expect([reply.status, await reply.text()]).toEqual([200, 'space and Japanese']);
  });

  it('answers HEAD with the headers and no body', async () => {
    const reply = await get(APP_PAGE_URL, 'HEAD');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-length')).toBe(String(fs.statSync(path.join(root, 'index.html')).size));
    expect(await reply.text()).toBe('');
  });

  it('refuses other methods, hosts and missing files, with no body and the headers still set', async () => {
    const cases: Array<[string, string, number]> = [
      ['POST', APP_PAGE_URL, 405],
      ['PUT', APP_PAGE_URL, 405],
      ['DELETE', APP_PAGE_URL, 405],
      ['GET', 'clair-desk://other/index.html', 404],
      ['GET', 'clair-desk://app.evil/index.html', 404],
      ['GET', 'clair-desk://app:8080/index.html', 404],
      ['GET', 'clair-desk://app/missing.js', 404],
      ['GET', 'clair-desk://app/assets', 404],
      ['GET', 'clair-desk://app/assets/', 404],
      ['GET', 'clair-desk://app/%zz', 404],
    ];
    for (const [method, url, status] of cases) {
      const reply = await get(url, method);
      expect(reply.status, `${method} ${url}`).toBe(status);
      expect(await reply.text()).toBe('');
      expect(reply.headers.get('content-security-policy')).toBe(CSP);
    }
  });
});

describe('path traversal', () => {
  // Some of these the URL parser already folds (`..` segments), others reach the handler encoded;
  // either way the answer is a 404 with no body, never the secret.
  const attempts = [
    'clair-desk://app/../secret.txt',
    'clair-desk://app/../../secret.txt',
    'clair-desk://app/assets/../../secret.txt',
    'clair-desk://app/%2e%2e/secret.txt',
    'clair-desk://app/%2E%2E/%2e%2e/secret.txt',
    'clair-desk://app/.%2e/secret.txt',
    'clair-desk://app/%2e%2e%2fsecret.txt',
    'clair-desk://app/assets%2f..%2f..%2fsecret.txt',
    'clair-desk://app/..%5csecret.txt',
    'clair-desk://app/%5c..%5c..%5csecret.txt',
    'clair-desk://app/index.html%00.png',
    'clair-desk://app/%00',
    `clair-desk://app/${encodeURIComponent(path.join(os.tmpdir(), 'secret.txt'))}`,
    'clair-desk://app//etc/passwd',
    'clair-desk://app/%2fetc%2fpasswd',
    'clair-desk://app/C:/Windows/win.ini',
    'clair-desk://app/C:%5cWindows%5cwin.ini',
    'clair-desk://app/c%3a/Windows/win.ini',
    'clair-desk://app/linked/secret.txt',
    'clair-desk://app/leak.txt',
  ];

  it.each(attempts)('%s is refused', async (url) => {
    const reply = await get(url);
    expect(reply.status).toBe(404);
    expect(await reply.text()).toBe('');
  });

  it('the symlinks in the test folder do lead to the secret (so the refusal above is real)', () => {
    expect(fs.readFileSync(path.join(root, 'linked', 'secret.txt'), 'utf8')).toBe(SECRET);
    expect(fs.readFileSync(path.join(root, 'leak.txt'), 'utf8')).toBe(SECRET);
  });

  it('a root reached through a symlink still serves its own files', async () => {
    const alias = path.join(base, 'alias');
    fs.symlinkSync(root, alias, 'dir');
    const reply = await appSchemeHandler({ root: alias, headers: HEADERS })(new Request(APP_PAGE_URL));
    expect(reply.status).toBe(200);
  });

  it('appSegments gives plain names only', () => {
    expect(appSegments('clair-desk://app/')).toEqual(['index.html']);
    expect(appSegments('clair-desk://APP/assets/a.js?x#y')).toEqual(['assets', 'a.js']);
    expect(appSegments('clair-desk://app/assets/a%20b.js')).toEqual(['assets', 'a b.js']);
    expect(appSegments('clair-desk://app/%2e%2e%2fx')).toBeNull();
    expect(appSegments('file:///etc/passwd')).toBeNull();
    expect(appSegments('https://app/index.html')).toBeNull();
    expect(appSegments('not a url')).toBeNull();
    // fetch's Request refuses credentials in a URL; the handler does too, whatever hands it one.
    expect(appSegments('clair-desk://evil@app/index.html')).toBeNull();
    expect(appSegments('clair-desk://app:x@app/index.html')).toBeNull();
  });
});

// The real build (npx electron-vite build; CLAIR_DESK_OUT as the e2e tests use it): the page, every
// file it names, every lazily loaded screen (print views included) and a print font, all through the
// handler at the addresses the browser would ask for. Skipped when nothing is built.
const OUT = path.resolve(process.env.CLAIR_DESK_OUT ?? 'out', 'renderer');
const BUILT = fs.existsSync(path.join(OUT, 'index.html'));

describe.skipIf(!BUILT)('the built renderer under clair-desk://app', () => {
  const built = appSchemeHandler({ root: OUT, headers: HEADERS });
  const fetchApp = async (url: string) => {
    const reply = await built(new Request(url));
    return { status: reply.status, type: reply.headers.get('content-type'), text: await reply.text() };
  };

  it('serves index.html, and every file it names is relative and served with its type', async () => {
    const page = await fetchApp(APP_PAGE_URL);
    expect(page.status).toBe(200);
    const refs = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)]
      .map((m) => m[1] ?? '')
      .filter((ref) => !ref.startsWith('data:'));
    expect(refs.length).toBeGreaterThan(2);
    for (const ref of refs) {
      expect(ref, 'relative to the page (base ./), so it stays on clair-desk://app').toMatch(/^\.\/assets\//);
      const url = new URL(ref, APP_PAGE_URL).href;
      const reply = await fetchApp(url);
      expect(reply.status, url).toBe(200);
      expect(reply.type, url).toMatch(ref.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
    }
  });

  it('serves every lazily loaded screen the main script imports', async () => {
    const page = await fetchApp(APP_PAGE_URL);
    const main = /<script type="module" crossorigin src="([^"]+)"/.exec(page.text)?.[1] ?? '';
    const mainUrl = new URL(main, APP_PAGE_URL).href;
    const script = await fetchApp(mainUrl);
    const lazy = [...script.text.matchAll(/import\(`(\.\/[^`]+\.js)`\)/g)].map((m) => m[1] ?? '');
    expect(lazy.length).toBeGreaterThan(5);
    for (const ref of lazy) {
      const reply = await fetchApp(new URL(ref, mainUrl).href);
      expect([reply.status, reply.type], ref).toEqual([200, 'text/javascript; charset=utf-8']);
    }
  });

  it('serves the fonts (woff2) the font stylesheet names', async () => {
    // The bundled fonts' stylesheet is a chunk of its own (ui/fonts/faces.ts), loaded beside start-up
    // by the screens and by every print view.
    const css = fs.readdirSync(path.join(OUT, 'assets')).find((name) => /^faces-.*\.css$/.test(name));
    expect(css).toBeDefined();
    const cssUrl = `clair-desk://app/assets/${css}`;
    const sheet = await fetchApp(cssUrl);
    expect(sheet.status).toBe(200);
    const font = /url\((\.\/[^)]+\.woff2)\)/.exec(sheet.text)?.[1];
    expect(font).toBeDefined();
    const reply = await built(new Request(new URL(font ?? '', cssUrl)));
    expect([reply.status, reply.headers.get('content-type')]).toEqual([200, 'font/woff2']);
    expect(new Uint8Array(await reply.arrayBuffer()).slice(0, 4)).toEqual(new TextEncoder().encode('wOF2'));
  });

  it('the built page carries the CSP as a meta tag too, equal to the policy less frame-ancestors', async () => {
    const page = await fetchApp(APP_PAGE_URL);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page.text)?.[1];
    expect(meta).toBe(metaPolicy(CSP));
  });
});
