// End-to-end tests against the browser mode in Debian's Chromium (elsewhere: CLAIR_DESK_CHROMIUM, or
// Playwright's own Chromium; scripts/test-tools.mjs). The suite does not build: run
// `npx electron-vite build` first (the test runner does); each test gets its own server and data folder.
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chooseChromium } from '../../scripts/test-tools.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const out = path.join(root, process.env.CLAIR_DESK_OUT ?? 'out');
const server = path.join(out, 'main', 'server.js');
if (!fs.existsSync(server) || !fs.existsSync(path.join(out, 'renderer', 'index.html'))) {
  throw new Error(
    `The app is not built (${path.relative(process.cwd(), server)} is missing). Run \`npx electron-vite build\` first.`,
  );
}

/**
 * One clock for the browser, the server and the tests, as on a staff member's machine. The browser's
 * time zone alone would make "today" a day apart from the server's for hours of every day (in
 * Singapore it is already tomorrow from 16:00 UTC), and a report dated today would be "in the future".
 * Set before any worker or server starts: they inherit it.
 */
export const TIME_ZONE = 'Asia/Singapore';
process.env.TZ = TIME_ZONE;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium or CLAIR_DESK_CHROMIUM; otherwise Playwright launches its own. */
const executablePath = chooseChromium()?.path;

export default defineConfig({
  testDir: path.join(import.meta.dirname, 'specs'),
  // Its own results folder per build folder: Playwright empties the folder when a run starts.
  outputDir: path.join(root, 'test-results', process.env.CLAIR_DESK_OUT ? `e2e-${path.basename(out)}` : 'e2e'),
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: TIME_ZONE,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
