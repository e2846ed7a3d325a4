// Start-up tests need servers on a data folder they prepared (a database damaged on purpose, one from
// a newer version, a folder another server holds), and servers that are expected to refuse to start.
import { type ChildProcess, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchAddress, postJson } from '../../lib/post';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const SERVER = path.join(root, process.env.CLAIR_DESK_OUT ?? 'out', 'main', 'server.js');
const READY = 'CLAIR Desk ready: ';

export const DB_FILE = 'clair-desk.sqlite';

export interface Running {
  child: ChildProcess;
  /** The address the ready line printed (its launch code works once). */
  printed: string;
  /** A new address that opens one page, at the hash `route` when given. */
  launchUrl(route?: string): Promise<string>;
  origin: string;
  token: string;
  output(): string;
  call<T = unknown>(channel: string, input?: unknown): Promise<T>;
  /** SIGTERM (the app closes normally: quit backup, lock released); SIGKILL after 10 s. */
  stop(): Promise<void>;
  kill(): Promise<void>;
}

export interface Ended {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function tempFolder(prefix = 'clair-desk-startup-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  return dir;
}

function spawnServer(dataDir: string, token: string, options: { uid?: number; gid?: number } = {}): ChildProcess {
  return spawn(process.execPath, [SERVER], {
    cwd: root,
    env: { ...process.env, CLAIR_DESK_DATA_DIR: dataDir, CLAIR_DESK_PORT: '0', CLAIR_DESK_TOKEN: token },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
  });
}

/** Starts a server on `dataDir` (as another user when given) and waits for its ready line; rejects with its output if it ends first. */
export async function startAt(dataDir: string, options: { uid?: number; gid?: number } = {}): Promise<Running> {
  const token = crypto.randomBytes(12).toString('hex');
  const child = spawnServer(dataDir, token, options);
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const printed = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith(READY));
      if (line) resolve(line.slice(READY.length).trim());
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`CLAIR Desk exited (${code}) before it was ready:\n${output}`)));
  });
  const origin = new URL(printed).origin;
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  return {
    child,
    printed,
    launchUrl: (route) => launchAddress(origin, token, route),
    origin,
    token,
    output: () => output,
    async call<T>(channel: string, input: unknown = {}) {
      const result = JSON.parse((await postJson(`${origin}/api/${channel}`, token, input)).text) as {
        ok: boolean;
        value?: unknown;
        error?: unknown;
      };
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
      return result.value as T;
    },
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
  };
}

/** Runs a server that is expected to refuse to start; returns how it ended. */
export function runToEnd(dataDir: string, options: { uid?: number; gid?: number } = {}): Promise<Ended> {
  const child = spawnServer(dataDir, 'unused', options);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    // It started after all: stop it, the test will say why.
    if (stdout.includes(READY)) child.kill('SIGTERM');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

/** Flips the first bytes of every page after the first, as a failing disk might. */
export { breakPages as damagePages } from '../../support/damage';

export const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
