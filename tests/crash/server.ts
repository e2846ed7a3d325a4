// Test helper: the built browser-mode server (`<out>/main/server.js`, CLAIR_DESK_OUT like the e2e
// fixtures) as a child process on a given data folder, and one-connection-per-request HTTP calls.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { postJson } from '../lib/post';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const SERVER = path.join(ROOT, process.env.CLAIR_DESK_OUT ?? 'out', 'main', 'server.js');
const READY = 'CLAIR Desk ready: ';

export function assertBuilt(): void {
  if (!fs.existsSync(SERVER)) {
    throw new Error(
      `The app is not built (${path.relative(ROOT, SERVER)} is missing). Run \`npx electron-vite build\` first.`,
    );
  }
}

export interface Server {
  child: ChildProcess;
  /** Resolves with the origin once the server printed its ready line; rejects if it exits first. */
  ready: Promise<string>;
  /** Resolves when the process has ended (and been reaped). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
}

export function startServer(dataDir: string, token: string, env: NodeJS.ProcessEnv = {}): Server {
  const child = spawn(process.execPath, [SERVER], {
    cwd: ROOT,
    env: { ...process.env, CLAIR_DESK_DATA_DIR: dataDir, CLAIR_DESK_PORT: '0', CLAIR_DESK_TOKEN: token, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith(READY));
      if (line) resolve(new URL(line.slice(READY.length).trim()).origin);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then(({ code, signal }) =>
      reject(new Error(`the server ended (${code ?? signal}) before it was ready:\n${output}`)),
    );
  });
  ready.catch(() => {});
  return { child, ready, exited, output: () => output };
}

export type Reply = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

/** One POST on its own connection. Rejects when the connection breaks (the server was killed). */
export async function post(origin: string, token: string, channel: string, input: unknown): Promise<Reply> {
  const { status, text } = await postJson(`${origin}/api/${channel}`, token, input);
  const reply = JSON.parse(text) as Reply;
  // Only a complete 200 answer counts as acknowledged.
  return status === 200 ? reply : { ok: false, error: { code: `http_${status}`, message: text } };
}
