// Where the Electron tests find the app, and what they say when they cannot run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type ElectronApplication, _electron as electron, type Page } from '@playwright/test';
import { electronBinaryPath } from '../../scripts/setup-lib.mjs';
import type { DeskBridge } from '../../shared/contract';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const ELECTRON_BINARY = electronBinaryPath(ROOT);
export const SKIP_REASON = 'Electron binary not installed on this machine — Electron tests skipped';

declare global {
  interface Window {
    clairDesk?: DeskBridge;
  }
}

export interface RunningApp {
  app: ElectronApplication;
  page: Page;
  dataDir: string;
  close(): Promise<void>;
}

/** Starts the built app on an empty data folder of its own and waits for its window. */
export async function launchApp(folderPrefix: string): Promise<RunningApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), folderPrefix));
  const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
  delete env.ELECTRON_RUN_AS_NODE;
  // Chromium refuses to run as root with its OS sandbox (CI containers); the renderer's own
  // `sandbox: true` (no Node in the page, a restricted preload) is unaffected.
  const asRoot = process.platform === 'linux' && process.getuid?.() === 0;
  const app = await electron.launch({
    executablePath: ELECTRON_BINARY ?? undefined,
    args: [...(asRoot ? ['--no-sandbox'] : []), '.'],
    cwd: ROOT,
    env: { ...env, CLAIR_DESK_DATA_DIR: dataDir },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  // Each data folder gets a Chromium profile of its own under the machine's "CLAIR Desk Shell"
  // (electron/main/folders.ts): removed with the data folder, so test runs leave nothing behind.
  const profileDir = await app.evaluate(({ app }) => app.getPath('userData'));
  const close = async () => {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(profileDir, { recursive: true, force: true });
  };
  return { app, page, dataDir, close };
}
