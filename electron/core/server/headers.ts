// What every static answer of the app carries, in both modes: the browser mode's HTTP server and the
// Electron window's clair-desk:// scheme serve the same built renderer under the same rules. No
// imports, so the build config can read the policy too (the meta tag in index.html).

/** The one policy of the app's pages: nothing remote, nothing inline but styles. */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** The Content-Type for a file of the renderer, by its extension (lowercase). */
export function contentType(file: string): string {
  const dot = file.lastIndexOf('.');
  return (dot >= 0 && CONTENT_TYPES[file.slice(dot).toLowerCase()]) || 'application/octet-stream';
}

/** The security headers of an answer; the page itself also gets the CSP and may not be framed. */
export function securityHeaders(isHtml: boolean): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...(isHtml ? { 'content-security-policy': CSP, 'x-frame-options': 'DENY' } : {}),
  };
}

/** Headers for a file of the built renderer: its type, caching (pages never), and the security headers. */
export function staticFileHeaders(file: string): Record<string, string> {
  const isHtml = file.endsWith('.html');
  return {
    'content-type': contentType(file),
    'cache-control': isHtml ? 'no-store' : 'max-age=31536000, immutable',
    ...securityHeaders(isHtml),
  };
}

/** Directives only a header can carry: a meta tag's policy ignores them (and the console says so). */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'];

/** The policy as a <meta> tag may give it: the same directives, less those only a header carries. */
export function metaPolicy(csp: string = CSP): string {
  return csp
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !HEADER_ONLY.includes(directive.split(/\s+/)[0]?.toLowerCase() ?? ''))
    .join('; ');
}

/**
 * The page with the policy as its first <meta> after the charset: a second line behind the header,
 * for a page that is somehow read without it. A page without <head> is an error (never shipped bare).
 */
export function withMetaCsp(html: string, csp: string = CSP): string {
  const content = metaPolicy(csp).replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  const tag = `<meta http-equiv="Content-Security-Policy" content="${content}" />`;
  const anchor = /<meta charset[^>]*>/i.exec(html) ?? /<head[^>]*>/i.exec(html);
  if (!anchor) throw new Error('index.html has no <head> for the Content-Security-Policy meta tag');
  const at = anchor.index + anchor[0].length;
  return `${html.slice(0, at)}\n    ${tag}${html.slice(at)}`;
}
