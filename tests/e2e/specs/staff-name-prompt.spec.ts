// The staff member's name is asked once: at start while none is saved (after the first-run screen on an
// empty database), "Later" puts it off until the next start, and a saved name is on every change —
// as the History screen shows. These tests open the app themselves: the `app` fixture answers "Later".
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { Desk } from '../fixtures';
import { expect, test } from '../fixtures';
import { scan } from '../pages/axe';
import { createTrainee } from '../pages/data';
import { goTo, openSection, switchLanguage } from '../pages/shell';

const contexts: BrowserContext[] = [];
test.afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

/** A new window on the app, as a new start (its own session storage, no "Later" answered). */
async function open(browser: Browser, desk: Desk, route = '/'): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Asia/Singapore' });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(await desk.launchUrl(route));
  await expect(page.getByRole('navigation')).toBeVisible();
  return page;
}

test('asked at start; the name is saved and recorded with the next change, as History shows', async ({
  browser,
  desk,
}) => {
  const t = await createTrainee(desk, { fullName: 'Budi Santoso', country: 'ID' });
  const page = await open(browser, desk);
  const prompt = page.getByRole('dialog', { name: 'Who is using CLAIR Desk?' });
  await expect(prompt).toBeVisible();
  await expect(prompt.getByLabel('Your name')).toBeFocused();
  await scan(page, 'staff-name prompt (en)');

  // A name is required to save.
  await prompt.getByRole('button', { name: 'Save my name' }).click();
  await expect(prompt).toContainText('Your name is required. Please fill it in.');
  await prompt.getByLabel('Your name').fill('  Tanaka Yuki ');
  await prompt.getByRole('button', { name: 'Save my name' }).click();
  await expect(prompt).toBeHidden();
  await expect(page.getByText('Thank you, Tanaka Yuki.')).toBeVisible();
  expect(await desk.call<{ staffName: string }>('settings.get')).toMatchObject({ staffName: 'Tanaka Yuki' });

  // A change made in the app carries the name.
  await goTo(page, `/trainees/${t.id}`);
  await page.getByRole('button', { name: 'Archive' }).click();
  await page.getByRole('dialog', { name: 'Archive Budi Santoso?' }).getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByTestId('history')).toContainText('Tanaka Yuki');

  await openSection(page, 'History');
  const row = page.getByTestId('audit-row').filter({ hasText: 'Archived' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Tanaka Yuki');
  await expect(row).toContainText('Budi Santoso');
  // Asked once: a new start does not ask again.
  const again = await open(browser, desk);
  await expect(again.getByTestId('status-counts')).toBeVisible();
  await expect(again.getByRole('dialog')).toHaveCount(0);
});

test('"Later" puts it off until the next start', async ({ browser, desk }) => {
  await createTrainee(desk);
  const page = await open(browser, desk, '/trainees');
  const prompt = page.getByRole('dialog', { name: 'Who is using CLAIR Desk?' });
  await prompt.getByRole('button', { name: 'Later' }).click();
  await expect(prompt).toBeHidden();
  // Moving around and reloading is the same start.
  await openSection(page, 'Home');
  await page.reload();
  await expect(page.getByRole('navigation')).toBeVisible();
  await expect(page.getByTestId('status-counts')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await desk.call<{ staffName: string | null }>('settings.get')).toMatchObject({ staffName: null });
  // A new window is a new start: asked again.
  const next = await open(browser, desk);
  await expect(next.getByRole('dialog', { name: 'Who is using CLAIR Desk?' })).toBeVisible();
});

test('on an empty database the first-run screen comes first; the question follows the first step', async ({
  browser,
  desk,
}) => {
  const page = await open(browser, desk);
  await expect(page.getByTestId('first-run')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('link', { name: 'Register your first trainee' }).click();
  await expect(page.getByRole('dialog', { name: 'Who is using CLAIR Desk?' })).toBeVisible();
});

test('in Japanese', async ({ browser, desk }) => {
  await createTrainee(desk);
  await desk.call('settings.update', { language: 'ja' });
  const page = await open(browser, desk);
  const prompt = page.getByRole('dialog', { name: 'CLAIR Desk を使う方のお名前' });
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('このパソコンで一度だけ伺います');
  await scan(page, 'staff-name prompt (ja)');
  await prompt.getByLabel('お名前').fill('佐藤 花子');
  await prompt.getByRole('button', { name: '名前を保存' }).click();
  await expect(prompt).toBeHidden();
  await switchLanguage(page, 'English');
  expect(await desk.call<{ staffName: string }>('settings.get')).toMatchObject({ staffName: '佐藤 花子' });
});
