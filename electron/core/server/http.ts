// Browser mode: the same contract over HTTP, on 127.0.0.1 only. Each channel is POST /api/<channel>
// with a JSON body; the answer is the same `{ ok, value | error }` the IPC wrapper returns.
// Every API request needs the session token; Host and Origin must be this server's own.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { AppError } from '../../../shared/result';
import type { AsyncDispatch } from '../dispatch';

// Room for a 5 MB spreadsheet sent as base64 (about 6.7 MB) inside its JSON request.
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
const BODY_TIMEOUT_MS = 10_000;

const TYPES: Record<string, string> = {
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

/** The same policy as the Electron window's: nothing remote, nothing inline but styles. */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface ServerOptions {
  dispatch: AsyncDispatch;
  token: string;
  /** The built renderer (out/renderer); omit to serve the API alone. */
  staticDir?: string;
  port?: number;
  /** How long a request body may take to arrive (default 10 s). */
  bodyTimeoutMs?: number;
}

export interface RunningServer {
  server: http.Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function refuse(res: http.ServerResponse, status: number, error: AppError): void {
  send(res, status, { ok: false, error });
}

function readBody(req: http.IncomingMessage, timeoutMs: number): Promise<Buffer | 'too_large' | 'timeout'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) return resolve('too_large');
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => resolve('timeout'), timeoutMs);
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        clearTimeout(timer);
        resolve('too_large');
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

export function startServer(options: ServerOptions): Promise<RunningServer> {
  let port = 0;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const staticRoot = options.staticDir ? path.resolve(options.staticDir) : null;

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return refuse(res, 405, { code: 'unsupported', message: 'Use POST for API calls.' });
    }
    if (req.headers.authorization !== `Bearer ${options.token}`) {
      return refuse(res, 401, {
        code: 'unauthorized',
        message: 'Missing or wrong access token. Open the address CLAIR Desk printed when it started.',
      });
    }
    const type = req.headers['content-type'] ?? '';
    if (!type.startsWith('application/json')) {
      return refuse(res, 415, { code: 'malformed_json', message: 'Send the request body as application/json.' });
    }
    const body = await readBody(req, options.bodyTimeoutMs ?? BODY_TIMEOUT_MS);
    if (body === 'too_large') {
      res.setHeader('connection', 'close');
      return refuse(res, 413, {
        code: 'payload_too_large',
        message: `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`,
      });
    }
    if (body === 'timeout') {
      res.setHeader('connection', 'close');
      return refuse(res, 408, { code: 'malformed_json', message: 'The request body took too long to arrive.' });
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return refuse(res, 400, { code: 'malformed_json', message: 'The request body is not valid JSON.' });
    }
    const result = await options.dispatch(decodeURIComponent(channel), input);
    const status = result.ok
      ? 200
      : result.error.code === 'unknown_channel'
        ? 404
        : result.error.code === 'internal'
          ? 500
          : 200;
    send(res, status, result);
  }

  function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (!staticRoot) {
      res.writeHead(404).end();
      return;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      // A malformed %-sequence must not throw out of the request handler (that ends the process).
      res.writeHead(400).end();
      return;
    }
    let file = path.resolve(staticRoot, `.${decoded}`);
    if (!file.startsWith(staticRoot + path.sep) && file !== staticRoot) {
      res.writeHead(404).end();
      return;
    }
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(staticRoot, 'index.html');
    const data = fs.readFileSync(file);
    const isHtml = file.endsWith('.html');
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': data.length,
      'cache-control': isHtml ? 'no-store' : 'max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      ...(isHtml ? { 'content-security-policy': CSP, 'x-frame-options': 'DENY' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : data);
  }

  const server = http.createServer((req, res) => {
    // A foreign Host header means DNS rebinding; a foreign Origin means another site's page.
    if (!allowedHosts().includes(req.headers.host ?? '')) {
      return refuse(res, 403, {
        code: 'forbidden',
        message: 'Requests must be addressed to this computer (127.0.0.1).',
      });
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().some((h) => origin === `http://${h}`)) {
      return refuse(res, 403, { code: 'forbidden', message: 'Requests from other sites are not allowed.' });
    }
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    const api = /^\/api\/([^/]+)$/.exec(pathname);
    if (api) {
      handleApi(req, res, api[1] ?? '').catch(() => {
        if (!res.headersSent) refuse(res, 400, { code: 'malformed_json', message: 'The request could not be read.' });
      });
      return;
    }
    try {
      serveStatic(req, res, pathname);
    } catch {
      // An unreadable file (e.g. the renderer not built) is this request's failure, not the server's.
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    }
  });
  server.headersTimeout = 15_000;
  server.requestTimeout = 30_000;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        server,
        port,
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
