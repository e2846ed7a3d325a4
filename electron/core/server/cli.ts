// `node out/main/server.js`: the browser mode. Opens the database, serves the renderer and the API
// on 127.0.0.1, and prints one line `CLAIR Desk ready: <url>` (the URL carries the access token).
import crypto from 'node:crypto';
import path from 'node:path';
import { AppFailure } from '../../../shared/result';
import { openCore } from '../app';
import { resolveDataDir } from '../paths';
import { startServer } from './http';

declare const __APP_VERSION__: string;

async function main(): Promise<void> {
  const dataDir = resolveDataDir();
  const port = process.env.CLAIR_DESK_PORT ? Number(process.env.CLAIR_DESK_PORT) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`CLAIR_DESK_PORT must be a port number (0–65535), not "${process.env.CLAIR_DESK_PORT}".`);
  }
  const core = openCore({ dataDir, mode: 'browser', version: __APP_VERSION__ });
  const token = process.env.CLAIR_DESK_TOKEN || crypto.randomBytes(24).toString('base64url');
  const running = await startServer({
    dispatch: core.dispatchAsync,
    token,
    port,
    staticDir: path.join(import.meta.dirname, '..', 'renderer'),
  });
  const stop = async () => {
    await running.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`Data folder: ${dataDir}`);
  console.log(`CLAIR Desk ready: ${running.url}?token=${token}`);
}

main().catch((error: unknown) => {
  const message = error instanceof AppFailure ? error.message : error instanceof Error ? error.message : String(error);
  console.error(`CLAIR Desk could not start: ${message}`);
  process.exit(1);
});
