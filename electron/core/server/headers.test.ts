import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP, contentType, metaPolicy, staticFileHeaders, withMetaCsp } from './headers';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/;

describe('the meta tag policy', () => {
  it('is the CSP less the directives only a header can carry', () => {
    expect(metaPolicy()).toBe(CSP.replace(/; frame-ancestors 'none'$/, ''));
    expect(metaPolicy("default-src 'none'; sandbox; report-uri /r; frame-ancestors 'none'; img-src 'self'")).toBe(
      "default-src 'none'; img-src 'self'",
    );
  });

  it('goes into renderer/index.html right after the charset, equal to the policy', () => {
    const source = fs.readFileSync(path.join(ROOT, 'renderer', 'index.html'), 'utf8');
    const built = withMetaCsp(source);
    expect(built.match(META)?.[1]).toBe(metaPolicy(CSP));
    expect(built.indexOf('Content-Security-Policy')).toBeGreaterThan(built.indexOf('<meta charset'));
    expect(built.indexOf('Content-Security-Policy')).toBeLessThan(built.indexOf('<script'));
    expect(built.replace(/\n\s*<meta http-equiv[^>]*>/, '')).toBe(source);
  });

  it('without a charset goes first in <head>; without a <head> the build fails', () => {
    expect(withMetaCsp('<html><head><title>x</title></head></html>', "default-src 'none'")).toBe(
      `<html><head>\n    <meta http-equiv="Content-Security-Policy" content="default-src 'none'" /><title>x</title></head></html>`,
    );
    expect(() => withMetaCsp('<p>no head</p>')).toThrow(/no <head>/);
  });

  it('escapes what would end the attribute', () => {
    expect(withMetaCsp('<head>', 'a "b" &c')).toContain('content="a &quot;b&quot; &amp;c"');
  });
});

describe('static file headers', () => {
  it('type by extension whatever its case; unknown is octet-stream', () => {
    expect(contentType('/x/FONT.WOFF2')).toBe('font/woff2');
    expect(contentType('/x/a.bin')).toBe('application/octet-stream');
    expect(contentType('/x/noext')).toBe('application/octet-stream');
  });

  it('the page gets the CSP and no caching; assets are cached and not sniffed', () => {
    expect(staticFileHeaders('/r/index.html')).toEqual({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'content-security-policy': CSP,
      'x-frame-options': 'DENY',
    });
    expect(staticFileHeaders('/r/assets/a.js')).toEqual({
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
  });
});
