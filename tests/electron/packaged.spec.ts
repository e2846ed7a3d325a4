// The packaged app as staff get it (electron-builder's output, fuses flipped, code only from the
// asar, the driver from resources/native): it opens on a fresh data folder, shows the home screen and
// quits. Runs when CLAIR_DESK_PACKAGED_APP names the packaged executable (npm run verify:electron and
// the CI pipeline set it after packaging); skipped otherwise.
//
// Not `_electron.launch`: Playwright drives Electron's main process through --inspect, which the
// shipped EnableNodeCliInspectArguments fuse turns off (Playwright's docs, "Known issues"). The app
// is started as a person would start it and the page is reached through Chromium's DevTools
// protocol, so what is tested is exactly what ships.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { type Browser, chromium, expect, type Page, test } from '@playwright/test';
import { fuseTarget, PACKAGED_ENV } from '../../scripts/verify-electron-lib.mjs';

const BINARY = process.env[PACKAGED_ENV];
/** The wire's bytes: '0' off, '1' on (@electron/fuses' FuseState). */
const OFF = '0'.charCodeAt(0);
const ON = '1'.charCodeAt(0);

test.skip(
  !BINARY,
  `${PACKAGED_ENV} is not set (npm run verify:electron sets it after packaging) — packaged-app test skipped`,
);
test.describe.configure({ mode: 'serial' });

let app: ChildProcess;
let browser: Browser;
let page: Page;
let dataDir: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Waits until the app's DevTools endpoint answers (the app has started its browser process). */
async function devtoolsReady(port: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (app.exitCode !== null) throw new Error(`the packaged app exited with code ${app.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the packaged app did not open its window within ${timeoutMs / 1000} s`);
}

const exited = (child: ChildProcess, timeoutMs: number) =>
  new Promise<boolean>((resolve) => {
    if (child.exitCode !== null) return resolve(true);
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });

test.beforeAll(async () => {
  const binary = BINARY as string;
  expect(fs.existsSync(binary), `${binary} exists`).toBe(true);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clair-desk-packaged-'));
  const port = await freePort();
  // Chromium refuses to run as root with its OS sandbox (CI containers); see electron-env.ts.
  const asRoot = process.platform === 'linux' && process.getuid?.() === 0;
  const env: NodeJS.ProcessEnv = { ...process.env, CLAIR_DESK_DATA_DIR: dataDir };
  delete env.ELECTRON_RUN_AS_NODE;
  app = spawn(binary, [`--remote-debugging-port=${port}`, ...(asRoot ? ['--no-sandbox'] : [])], {
    env,
    stdio: 'inherit',
  });
  await devtoolsReady(port, 45_000);
  browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0];
  if (!context) throw new Error('the packaged app has no browser context');
  page = context.pages().find((p) => !p.url().startsWith('devtools:')) ?? (await context.waitForEvent('page'));
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  if (app && app.exitCode === null) {
    app.kill();
    await exited(app, 10_000);
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

test('the packaged binary has the shipped fuses', async () => {
  const wire = (await getCurrentFuseWire(fuseTarget(BINARY as string))) as unknown as Record<number, number>;
  expect({
    runAsNode: wire[FuseV1Options.RunAsNode],
    nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
    inspect: wire[FuseV1Options.EnableNodeCliInspectArguments],
    asarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
    onlyAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
    cookieEncryption: wire[FuseV1Options.EnableCookieEncryption],
    fileExtraPrivileges: wire[FuseV1Options.GrantFileProtocolExtraPrivileges],
  }).toEqual({
    runAsNode: OFF,
    nodeOptions: OFF,
    inspect: OFF,
    asarIntegrity: ON,
    onlyAsar: ON,
    cookieEncryption: ON,
    fileExtraPrivileges: OFF,
  });
});

test('opens on a fresh data folder and shows the home screen', async () => {
  await expect(page).toHaveTitle(/CLAIR Desk/);
  await expect(page.getByRole('navigation')).toBeVisible();
  // An empty database: the home screen's first-run card.
  await expect(page.getByTestId('first-run')).toBeVisible();
  expect(fs.existsSync(path.join(dataDir, 'clair-desk.sqlite'))).toBe(true);
});

test('the bridge reaches the core in electron mode, with the driver from the package', async () => {
  const info = await page.evaluate(() => window.clairDesk?.invoke('settings.app.info', {}));
  expect(info).toMatchObject({ ok: true, value: { name: 'CLAIR Desk', mode: 'electron', dataDir } });
});

test('quits when told to close', async () => {
  const cdp = await browser.newBrowserCDPSession();
  await cdp.send('Browser.close').catch(() => {
    // the connection may drop before the answer
  });
  expect(await exited(app, 15_000)).toBe(true);
});
