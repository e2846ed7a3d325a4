// The browser mode's address opens one page, once. The printed address carries a one-time launch
// code that the page trades for the session token; the token never appears in any address, and the
// same address opened again (another browser, another tab) opens nothing and asks for no data.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { type Desk, expect, test } from '../fixtures';
import { switchLanguage } from '../pages/shell';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

const USED = {
  en: 'This address has already been used',
  ja: 'このアドレスはすでに使用されています',
} as const;

/** A new browser context (its own storage, as another browser would have) that notes every API call. */
async function freshPage(browser: Browser, locale: string): Promise<{ page: Page; dataCalls: string[] }> {
  const context = await browser.newContext({ locale, timezoneId: 'Asia/Singapore' });
  const page = await context.newPage();
  const dataCalls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) dataCalls.push(request.url());
  });
  return { page, dataCalls };
}

/** Opens `address` in a page, as the first use of its code, and waits for the app. */
async function openOnce(page: Page, address: string): Promise<void> {
  await page.addInitScript(() => sessionStorage.setItem('clair-desk.staffName.later', '1'));
  await page.goto(address);
  await expect(page.getByRole('navigation')).toBeVisible();
}

test('the printed address opens the app; the address bar keeps neither code nor token; a reload works', async ({
  page,
  desk,
}) => {
  const navigated: string[] = [];
  page.on('framenavigated', (frame) => navigated.push(frame.url()));
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await openOnce(page, desk.printed);
  const code = new URL(desk.printed).searchParams.get('launch') ?? '';
  expect(code.length).toBeGreaterThan(20);
  expect(page.url()).toBe(`${desk.origin}/`);

  await page.reload();
  await expect(page.getByRole('navigation')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Trainees', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Trainees', exact: true })).toBeVisible();
  expect(page.url()).not.toContain(code);

  expect(navigated.length).toBeGreaterThan(1);
  for (const url of [...navigated, ...requested]) expect(url).not.toContain(desk.token);
  // The code appears only in the printed address itself; the page's own addresses carry none.
  expect(navigated.filter((url) => url.includes(code) && url !== desk.printed)).toEqual([]);
  expect(navigated.at(-1)).toBe(`${desk.origin}/#/trainees`);
});

for (const [locale, language] of [
  ['en-GB', 'en'],
  ['ja-JP', 'ja'],
] as const) {
  test(`the same address again, in another browser (${locale}), is refused in its language and asks for no data`, async ({
    page,
    browser,
    desk,
  }) => {
    const address = await desk.launchUrl('/trainees');
    await openOnce(page, address);

    const again = await freshPage(browser, locale);
    await again.page.goto(address);
    await expect(again.page.getByRole('alert')).toContainText(USED[language]);
    await expect(again.page.locator('html')).toHaveAttribute('lang', language);
    await expect(again.page.getByRole('navigation')).toHaveCount(0);
    expect(again.page.url()).not.toContain('launch=');
    await again.page.screenshot({ path: test.info().outputPath(`launch-used-${language}.png`) });
    expect(again.dataCalls).toEqual([]);
    // A reload of the refused page has nothing to trade: still nothing asked.
    await again.page.reload();
    await expect(again.page.getByRole('alert')).toBeVisible();
    expect(again.dataCalls).toEqual([]);
    await again.page.context().close();
  });
}

test('another tab of the same browser is refused too, in the language the app was last shown in; the first tab keeps working', async ({
  page,
  desk,
}) => {
  const address = await desk.launchUrl();
  await openOnce(page, address);
  await switchLanguage(page, '日本語');
  const other = await page.context().newPage();
  await other.goto(address);
  await expect(other.getByRole('alert')).toContainText(USED.ja);
  await page.reload();
  await expect(page.getByRole('navigation')).toBeVisible();
});

test('a link opened in a new tab works while a CLAIR Desk tab is open in this browser, not after', async ({
  page,
  desk,
}) => {
  await openOnce(page, await desk.launchUrl());
  const context = page.context();
  // As Ctrl+click on a link of the app would: a new tab at the app's own address, no code in it.
  const linked = await context.newPage();
  const requested: string[] = [];
  linked.on('request', (request) => requested.push(request.url()));
  await linked.goto(`${desk.origin}/#/trainees`);
  await expect(linked.getByRole('heading', { name: 'Trainees', exact: true })).toBeVisible();
  for (const url of requested) expect(url).not.toContain(desk.token);
  await linked.reload();
  await expect(linked.getByRole('heading', { name: 'Trainees', exact: true })).toBeVisible();
  await page.close();
  await linked.close();
  // Every CLAIR Desk tab closed: nobody left to share the session with a new one.
  const later = await context.newPage();
  await later.goto(`${desk.origin}/#/trainees`);
  await expect(later.getByRole('alert')).toContainText('Open CLAIR Desk at the address it gives');
});

async function expectNoWay(browser: Browser, desk: Desk, path: string) {
  const fresh = await freshPage(browser, 'en-GB');
  await fresh.page.goto(`${desk.origin}${path}`);
  await expect(fresh.page.getByRole('alert')).toContainText('Open CLAIR Desk at the address it gives');
  await expect(fresh.page.getByRole('alert')).toContainText('press Enter there');
  expect(fresh.dataCalls).toEqual([]);
  await fresh.page.context().close();
}

test('a page with neither code nor token, or with the old ?token= address, opens nothing', async ({
  browser,
  desk,
}) => {
  await expectNoWay(browser, desk, '/#/trainees');
  await expectNoWay(browser, desk, `/?token=${desk.token}#/`);
});

// A closed tab should not need a restart: in a terminal, Enter prints a new one-time address. The
// server is given a terminal by util-linux's `script` (Linux); elsewhere this test says it was skipped.
test('in a terminal, Enter prints a new address that opens the app once', async ({ browser }) => {
  const script = ['/usr/bin/script', '/bin/script'].find((file) => fs.existsSync(file));
  test.skip(!script, 'needs util-linux `script` to give the server a terminal');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clair-desk-e2e-tty-'));
  const server = path.join(ROOT, process.env.CLAIR_DESK_OUT ?? 'out', 'main', 'server.js');
  const child = spawn(script as string, ['-qfec', `"${process.execPath}" "${server}"`, '/dev/null'], {
    cwd: ROOT,
    env: { ...process.env, CLAIR_DESK_DATA_DIR: dataDir, CLAIR_DESK_PORT: '0', CLAIR_DESK_TOKEN: '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const addresses = () => [...output.matchAll(/CLAIR Desk ready: (\S+)/g)].map((m) => m[1] as string);
  try {
    await expect.poll(addresses, { timeout: 20_000 }).toHaveLength(1);
    expect(output).toContain('Press Enter here for a new one');
    child.stdin?.write('\n');
    await expect.poll(addresses, { timeout: 10_000 }).toHaveLength(2);
    const [first, second] = addresses() as [string, string];
    expect(second).not.toBe(first);
    // The newer address replaces the older one, never used: only one printed address is live.
    const older = await freshPage(browser, 'en-GB');
    await older.page.goto(first);
    await expect(older.page.getByRole('alert')).toContainText(USED.en);
    await older.page.context().close();
    const page = (await freshPage(browser, 'en-GB')).page;
    await openOnce(page, second);
    const again = await freshPage(browser, 'en-GB');
    await again.page.goto(second);
    await expect(again.page.getByRole('alert')).toContainText(USED.en);
    await page.context().close();
    await again.page.context().close();
  } finally {
    // Ctrl-C in its terminal, as a person would stop it: the server closes cleanly, then `script` ends.
    const exited = new Promise((done) => child.once('exit', done));
    child.stdin?.write('\x03');
    const late = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(late);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
