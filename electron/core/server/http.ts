// Browser mode: the same contract over HTTP, on 127.0.0.1 only. Each channel is POST /api/<channel>
// with a JSON body; the answer is the same `{ ok, value | error }` the IPC wrapper returns. Files for
// backups and restore travel through POST /files/upload and /files/backup (transfer.ts).
// Every API and file request needs the session token; Host and Origin must be this server's own.
// The page gets the token by trading a one-time launch code (POST /launch/exchange, launch.ts); a
// holder of the token may mint another code (POST /launch/new), as the tests and benchmarks do.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Output } from '../../../shared/contract';
import type { AsyncDispatch } from '../boundary';
import { CSP, staticFileHeaders } from './headers';
import { type LaunchCodes, launchCodes, sameSecret } from './launch';
import { MAX_BODY_BYTES, readJson, refuse, send } from './reply';
import { handleDownload, handleUpload } from './transfer';

export { CSP, MAX_BODY_BYTES };

const BODY_TIMEOUT_MS = 10_000;

export interface ServerOptions {
  dispatch: AsyncDispatch;
  token: string;
  /** The built renderer (out/renderer); omit to serve the API alone. */
  staticDir?: string;
  port?: number;
  /** How long a request body may take to arrive (default 10 s). */
  bodyTimeoutMs?: number;
  /** The data folder, for backup downloads and uploads; by default the one the core reports (settings.app.info). */
  dataDir?: string;
  /** The largest upload accepted (default 2 GB). */
  maxUploadBytes?: number;
  /** How long an upload may send nothing before it is given up (default 30 s). */
  uploadIdleMs?: number;
}

export interface RunningServer {
  server: http.Server;
  port: number;
  url: string;
  /**
   * The page's address with a new one-time launch code (what `CLAIR Desk ready:` prints). The
   * address this gave before stops opening if it was not used: only the newest printed one is live.
   */
  launchUrl(): string;
  close(): Promise<void>;
}

export function startServer(options: ServerOptions): Promise<RunningServer> {
  let port = 0;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const staticRoot = options.staticDir ? path.resolve(options.staticDir) : null;
  const bodyTimeoutMs = options.bodyTimeoutMs ?? BODY_TIMEOUT_MS;
  const codes = launchCodes();

  /** POST, or the refusal is sent and false returned. */
  function posted(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    if (req.method === 'POST') return true;
    res.setHeader('allow', 'POST');
    refuse(res, 405, { code: 'unsupported', message: 'Use POST for API calls.' });
    return false;
  }

  /** The request's bearer token is the session's, compared in constant time. */
  function hasToken(req: http.IncomingMessage): boolean {
    const header = req.headers.authorization ?? '';
    return header.startsWith('Bearer ') && sameSecret(header.slice('Bearer '.length), options.token);
  }

  /** POST with the session token, or the refusal is sent and false returned. */
  function admitted(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    if (!posted(req, res)) return false;
    if (!hasToken(req)) {
      refuse(res, 401, {
        code: 'unauthorized',
        message: 'Missing or wrong access token. Open the address CLAIR Desk printed when it started.',
      });
      return false;
    }
    return true;
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, channel: string): Promise<void> {
    if (!admitted(req, res)) return;
    const type = req.headers['content-type'] ?? '';
    if (!type.startsWith('application/json')) {
      return refuse(res, 415, { code: 'malformed_json', message: 'Send the request body as application/json.' });
    }
    const body = await readJson(req, res, bodyTimeoutMs);
    if (!body) return;
    const result = await options.dispatch(decodeURIComponent(channel), body.value);
    const status = result.ok
      ? 200
      : result.error.code === 'unknown_channel'
        ? 404
        : result.error.code === 'internal'
          ? 500
          : 200;
    send(res, status, result);
  }

  /** POST /launch/exchange `{ code }` → the session token, once per code; /launch/new (token) → a new code. */
  async function handleLaunch(req: http.IncomingMessage, res: http.ServerResponse, route: string): Promise<void> {
    if (route !== 'exchange' && route !== 'new') {
      return refuse(res, 404, { code: 'not_found', message: 'No such address.' });
    }
    if (route === 'new') {
      if (admitted(req, res)) send(res, 200, { ok: true, value: { code: codes.mint() } });
      return;
    }
    if (!posted(req, res)) return;
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return refuse(res, 415, { code: 'malformed_json', message: 'Send the request body as application/json.' });
    }
    const body = await readJson(req, res, bodyTimeoutMs);
    if (!body) return;
    if (!redeemed(codes, body.value)) {
      return refuse(res, 401, {
        code: 'unauthorized',
        message: 'This address was already used. Open the address CLAIR Desk printed when it last started.',
      });
    }
    send(res, 200, { ok: true, value: { token: options.token } });
  }

  let dataDir: Promise<string> | null = options.dataDir ? Promise.resolve(options.dataDir) : null;
  const transfer = {
    dispatch: options.dispatch,
    bodyTimeoutMs,
    maxUploadBytes: options.maxUploadBytes,
    uploadIdleMs: options.uploadIdleMs,
    dataDir: () => {
      dataDir ??= options.dispatch('settings.app.info', {}).then((info) => {
        if (!info.ok) throw new Error(info.error.message);
        return (info.value as Output<'settings.app.info'>).dataDir;
      });
      return dataDir;
    },
  };

  function handleFiles(req: http.IncomingMessage, res: http.ServerResponse, route: string): Promise<void> | void {
    if (route !== 'upload' && route !== 'backup') {
      return refuse(res, 404, { code: 'not_found', message: 'No such address.' });
    }
    if (!admitted(req, res)) return;
    return route === 'upload' ? handleUpload(req, res, transfer) : handleDownload(req, res, transfer);
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
    res.writeHead(200, { ...staticFileHeaders(file), 'content-length': data.length });
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
    const launch = /^\/launch\/([^/]+)$/.exec(pathname);
    if (launch) {
      handleLaunch(req, res, launch[1] ?? '').catch(() => {
        if (!res.headersSent) refuse(res, 400, { code: 'malformed_json', message: 'The request could not be read.' });
      });
      return;
    }
    const files = /^\/files\/([^/]+)$/.exec(pathname);
    if (files) {
      Promise.resolve(handleFiles(req, res, files[1] ?? '')).catch(() => {
        if (!res.headersSent) refuse(res, 500, { code: 'internal', message: 'The file could not be transferred.' });
        else res.destroy();
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
  // No limit on a whole request: an upload of a large database may take minutes. Each kind of request
  // limits its own body instead (API: 10 s in all; upload: 30 s without a byte); a socket idle for
  // 2 minutes is closed.
  server.requestTimeout = 0;
  server.timeout = 120_000;

  let printed: string | null = null;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        server,
        port,
        url: `http://127.0.0.1:${port}/`,
        launchUrl: () => {
          if (printed) codes.revoke(printed);
          printed = codes.mint();
          return `http://127.0.0.1:${port}/?launch=${printed}`;
        },
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/** Redeems `{ code }` when the body is that shape; anything else redeems nothing. */
function redeemed(codes: LaunchCodes, body: unknown): boolean {
  const code = typeof body === 'object' && body !== null ? (body as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.length <= 200 && codes.redeem(code);
}
