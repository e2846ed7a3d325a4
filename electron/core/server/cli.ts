// `node out/main/server.js`: the browser mode. Takes the data folder's lock, checks and opens the
// database (or starts in recovery mode when it is damaged), serves the renderer and the API on
// 127.0.0.1, and prints one line `CLAIR Desk ready: <url>` (the URL carries a one-time launch code).
import crypto from 'node:crypto';
import path from 'node:path';
import { AppFailure } from '../../../shared/result';
import { resolveDataDir } from '../paths';
import { startApp } from '../recovery/start';
import { startServer } from './http';

declare const __APP_VERSION__: string;

async function main(): Promise<void> {
  const dataDir = resolveDataDir();
  const port = process.env.CLAIR_DESK_PORT ? Number(process.env.CLAIR_DESK_PORT) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`CLAIR_DESK_PORT must be a port number (0–65535), not "${process.env.CLAIR_DESK_PORT}".`);
  }
  const session = startApp({ dataDir, mode: 'browser', version: __APP_VERSION__ });
  const token = process.env.CLAIR_DESK_TOKEN || crypto.randomBytes(24).toString('base64url');
  let running: Awaited<ReturnType<typeof startServer>>;
  try {
    running = await startServer({
      dispatch: session.dispatchAsync,
      token,
      port,
      dataDir,
      staticDir: path.join(import.meta.dirname, '..', 'renderer'),
    });
  } catch (error) {
    session.close();
    throw error;
  }
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await running.close();
    try {
      // Waits for a backup under way and takes the quit backup (core.shutdown), then frees the lock.
      await session.shutdown();
    } catch (error) {
      console.error(`CLAIR Desk did not close cleanly: ${error instanceof Error ? error.message : String(error)}`);
      session.close();
    }
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`Data folder: ${dataDir}`);
  const recovery = session.recovery;
  if (recovery) {
    const kept = recovery.moves.map((m) => path.join(dataDir, m.to)).join(', ') || '(nothing to move)';
    console.log(
      `The database could not be used (${recovery.reason}: ${recovery.detail.split('\n')[0]}). ` +
        `It was kept aside, unchanged: ${kept}. Open the address below to restore a backup.`,
    );
  }
  // A one-time code, never the token: the address stays in the browser's history (launch.ts).
  console.log(`CLAIR Desk ready: ${running.launchUrl()}`);
  offerNewAddresses(running.launchUrl);
}

/**
 * A closed tab should not mean a restart: in a terminal, Enter prints a new one-time address (and
 * `npm start` opens the browser at it). Tests and scripts start the server without a terminal.
 */
function offerNewAddresses(launchUrl: () => string): void {
  if (!process.stdin.isTTY) return;
  console.log('Each address opens CLAIR Desk once. Press Enter here for a new one (it replaces any not yet used).');
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', () => console.log(`CLAIR Desk ready: ${launchUrl()}`));
}

main().catch((error: unknown) => {
  const message = error instanceof AppFailure ? error.message : error instanceof Error ? error.message : String(error);
  console.error(`CLAIR Desk could not start: ${message}`);
  process.exit(1);
});
