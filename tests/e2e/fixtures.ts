// Each test gets its own CLAIR Desk browser-mode server on a free port, with a fresh data folder and a
// fixed token, started from the built app and stopped (and cleaned up) afterwards. We wait for the
// server's own "CLAIR Desk ready: " line, never for a fixed time. The page's addresses carry one-time
// launch codes, so each page a test opens asks the server for a new one (`launchUrl`).
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { launchAddress, postJson } from '../lib/post';

const root = path.resolve(import.meta.dirname, '..', '..');
const READY = 'CLAIR Desk ready: ';

export interface Desk {
  /** The address the ready line printed, e.g. http://127.0.0.1:PORT/?launch=…; its code works once. */
  printed: string;
  /** A new address that opens one page, at `route` (a hash route, e.g. `/trainees`) when given. */
  launchUrl(route?: string): Promise<string>;
  /** The server's origin, e.g. http://127.0.0.1:PORT */
  origin: string;
  token: string;
  dataDir: string;
  /** Calls a channel directly over HTTP, for arranging data a test is not about. */
  call<T = unknown>(channel: string, input?: unknown): Promise<T>;
  /**
   * Kills the server outright (SIGKILL, as a crash or a power cut would) and starts a new one on the
   * same data folder; printed, launchUrl, origin and token then name the new server.
   */
  crashAndRestart(): Promise<void>;
}

async function startDesk(
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clair-desk-e2e-')),
): Promise<{ desk: Desk; stop: () => Promise<void> }> {
  const token = `e2e-${Math.random().toString(36).slice(2)}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, process.env.CLAIR_DESK_OUT ?? 'out', 'main', 'server.js')],
    {
      cwd: root,
      env: { ...process.env, CLAIR_DESK_DATA_DIR: dataDir, CLAIR_DESK_PORT: '0', CLAIR_DESK_TOKEN: token },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const printed = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith(READY));
      if (line) resolve(line.slice(READY.length).trim());
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`CLAIR Desk exited (${code}) before it was ready:\n${output}`)));
    child.once('error', reject);
  });
  const origin = new URL(printed).origin;
  const desk: Desk = {
    printed,
    launchUrl: (route) => launchAddress(origin, token, route),
    origin,
    token,
    dataDir,
    async call<T>(channel: string, input: unknown = {}) {
      const result = JSON.parse((await postJson(`${origin}/api/${channel}`, token, input)).text) as {
        ok: boolean;
        value?: T;
        error?: unknown;
      };
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
      return result.value as T;
    },
    async crashAndRestart() {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGKILL');
      await exited;
      // The killed server's lock names a process that is gone: the new one takes it over.
      const next = await startDesk(dataDir);
      Object.assign(desk, { printed: next.desk.printed, origin: next.desk.origin, token: next.desk.token });
      desk.launchUrl = next.desk.launchUrl;
      desk.call = next.desk.call;
      desk.crashAndRestart = next.desk.crashAndRestart;
      stopNext = next.stop;
    },
  };
  let stopNext: (() => Promise<void>) | null = null;
  const stop = async () => {
    if (stopNext) return stopNext();
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      // The server finishes open requests before it exits; don't let a lingering connection hang the suite.
      const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { desk, stop };
}

export const test = base.extend<{ desk: Desk; app: Page }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
  desk: async ({}, use) => {
    const { desk, stop } = await startDesk();
    await use(desk);
    await stop();
  },
  /** The page, opened on the app and waiting until the shell has rendered. */
  app: async ({ page, desk }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      // A CSP violation or a failed request would show here first.
      if (message.type() === 'error') errors.push(message.text());
    });
    // The staff-name question ("Later" for this start), so tests that are not about it see their screen.
    await page.addInitScript(() => sessionStorage.setItem('clair-desk.staffName.later', '1'));
    await page.goto(await desk.launchUrl());
    await expect(page.getByRole('navigation')).toBeVisible();
    await use(page);
    expect(errors, 'the page logged errors').toEqual([]);
  },
});

export { expect };
