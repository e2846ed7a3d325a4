// The real Electron app, end to end through its preload bridge: window, mode, sandbox, the IPC
// path to the core, and the security baseline as the page sees it.
import fs from 'node:fs';
import path from 'node:path';
import { type ElectronApplication, expect, type Page, test } from '@playwright/test';
import { CSP } from '../../electron/core/server/headers';
import { ELECTRON_BINARY, launchApp, type RunningApp, SKIP_REASON } from './electron-env';

test.skip(!ELECTRON_BINARY, SKIP_REASON);
test.describe.configure({ mode: 'serial' });

let running: RunningApp;
let app: ElectronApplication;
let page: Page;
let dataDir: string;

test.beforeAll(async () => {
  running = await launchApp('clair-desk-electron-');
  ({ app, page, dataDir } = running);
});

test.afterAll(async () => {
  await running?.close();
});

test('opens one window titled CLAIR Desk', async () => {
  await expect(page).toHaveTitle(/CLAIR Desk/);
  const titles = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()));
  expect(titles).toHaveLength(1);
  expect(titles[0]).toContain('CLAIR Desk');
});

test("Chromium's profile is a folder of its own, not inside the data folder", async () => {
  const profile = await app.evaluate(({ app }) => app.getPath('userData'));
  const inside = (child: string, parent: string) => {
    const relative = path.relative(parent, child);
    return relative === '' || !(relative.startsWith('..') || path.isAbsolute(relative));
  };
  expect(inside(profile, dataDir)).toBe(false);
  expect(inside(dataDir, profile)).toBe(false);
  expect(path.basename(path.dirname(profile))).toBe('CLAIR Desk Shell');
  const chromiumFiles = ['Cache', 'GPUCache', 'Local Storage', 'Session Storage', 'SingletonLock'];
  expect(fs.readdirSync(dataDir).filter((name) => chromiumFiles.includes(name))).toEqual([]);
});

test('the page is clair-desk://app, served with the CSP and security headers', async () => {
  expect(page.url()).toMatch(/^clair-desk:\/\/app\/index\.html(#.*)?$/);
  const reply = await page.evaluate(async () => {
    const response = await fetch('/index.html');
    const header = (name: string) => response.headers.get(name);
    return {
      status: response.status,
      csp: header('content-security-policy'),
      nosniff: header('x-content-type-options'),
      frames: header('x-frame-options'),
      type: header('content-type'),
    };
  });
  expect(reply).toEqual({
    status: 200,
    csp: CSP,
    nosniff: 'nosniff',
    frames: 'DENY',
    type: 'text/html; charset=utf-8',
  });
});

test('the page cannot read files outside the renderer', async () => {
  const outside = await page.evaluate(async () => {
    const tries = ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', 'file:///etc/hostname'];
    return Promise.all(
      tries.map((url) =>
        fetch(url).then(
          (r) => r.status,
          () => 'refused',
        ),
      ),
    );
  });
  for (const answer of outside) expect([404, 'refused']).toContain(answer);
});

test('the bridge reaches the core in electron mode, with the data folder from CLAIR_DESK_DATA_DIR', async () => {
  const info = await page.evaluate(() => window.clairDesk?.invoke('settings.app.info', {}));
  expect(info).toMatchObject({ ok: true, value: { name: 'CLAIR Desk', mode: 'electron', dataDir } });
  expect(fs.existsSync(path.join(dataDir, 'clair-desk.sqlite'))).toBe(true);
});

test('the page has no Node.js and the bridge exposes invoke only', async () => {
  const seen = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    module: typeof (window as unknown as { module?: unknown }).module,
    bridgeKeys: Object.keys(window.clairDesk ?? {}),
  }));
  expect(seen).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', bridgeKeys: ['invoke'] });
});

test('a trainee created through the bridge can be read back', async () => {
  const read = await page.evaluate(async () => {
    const bridge = window.clairDesk;
    if (!bridge) throw new Error('no bridge');
    const fields = (await bridge.invoke('reference.fields.list', {})) as { ok: boolean; value: Array<{ id: number }> };
    const data = {
      fullName: 'Nguyễn Thị Lan',
      gender: 'female',
      dateOfBirth: '1992-09-15',
      country: 'VN',
      homeGovernment: 'Da Nang City',
      fieldId: fields.value[0]?.id,
      fiscalYear: 2026,
    };
    const created = (await bridge.invoke('trainees.create', { data })) as {
      ok: boolean;
      value: { trainee: { id: number } };
    };
    return bridge.invoke('trainees.get', { id: created.value.trainee.id });
  });
  expect(read).toMatchObject({ ok: true, value: { fullName: 'Nguyễn Thị Lan', country: 'VN', fiscalYear: 2026 } });
});

test('errors come back as data, not exceptions', async () => {
  const result = await page.evaluate(() => window.clairDesk?.invoke('trainees.create', { data: {} }));
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
});

test('window.open is denied', async () => {
  const opened = await page.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  expect(app.windows()).toHaveLength(1);
});

test('the Content-Security-Policy blocks inline script', async () => {
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
});
