// Test helper (not app code): the browser mode's HTTP server on a real port with a real core, for the
// server's tests. `serveForTests()` registers the hooks that start and stop it, and gives raw requests
// (node:http, so Host, Origin and broken bodies can be sent) and the "nothing written" checks.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { count, openTestCore, type TestCore, traineeInput } from '../../../../tests/support/test-core';
import { type RunningServer, startServer } from '../http';

export const TOKEN = 'test-token-0123456789';
export const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  text: string;
  json: () => { ok: boolean; error?: { code: string; message: string } };
}

export interface TestServer {
  readonly t: TestCore;
  readonly server: RunningServer;
  readonly staticDir: string;
  /** Trainees and audit entries before the current test. */
  readonly counts: { trainees: number; audit: number };
  /** One raw request; `body` may be a Buffer, or a function that writes to the request itself. */
  request(
    options: { method?: string; path: string; headers?: Record<string, string | number>; host?: string; port?: number },
    body?: string | Buffer | ((req: http.ClientRequest) => void),
  ): Promise<Reply>;
  /** POST /api/<channel>, by default a trainee creation with the right token. */
  api(channel: string, headers?: Record<string, string | number>, body?: string | Buffer): Promise<Reply>;
  nothingWritten(): void;
  refusedWith(reply: Reply, status: number, code: string): void;
}

export function serveForTests(): TestServer {
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
  beforeEach(() => {
    counts = { trainees: count(t.core, 'trainees'), audit: count(t.core, 'audit_log') };
  });

  const request: TestServer['request'] = (options, body) =>
    new Promise((resolve, reject) => {
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
  const createBody = JSON.stringify({ data: traineeInput(), confirm: true });
  const nothingWritten = () =>
    expect({ trainees: count(t.core, 'trainees'), audit: count(t.core, 'audit_log') }).toEqual(counts);

  return {
    get t() {
      return t;
    },
    get server() {
      return server;
    },
    get staticDir() {
      return staticDir;
    },
    get counts() {
      return counts;
    },
    request,
    api: (channel, headers = auth, body = createBody) => request({ path: `/api/${channel}`, headers }, body),
    nothingWritten,
    refusedWith(reply, status, code) {
      expect(reply.status).toBe(status);
      const answer = reply.json();
      expect(answer.ok).toBe(false);
      expect(answer.error?.code).toBe(code);
      expect(answer.error?.message.length).toBeGreaterThan(0);
      nothingWritten();
    },
  };
}
