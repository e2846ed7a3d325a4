// The language switch changes the whole UI and is remembered across reloads (saved in the database).
import { expect, test } from '../fixtures';
import { createTrainee } from '../pages/data';
import { goTo, switchLanguage } from '../pages/shell';

test('switch to Japanese, keep it after a reload, and back to English', async ({ app, desk }) => {
  const t = await createTrainee(desk, { fullName: 'Somchai Jaidee', arrivalDate: '2026-04-10', fiscalYear: 2026 });
  await expect(app.locator('html')).toHaveAttribute('lang', 'en');
  await switchLanguage(app, '日本語');

  const nav = app.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'ホーム' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '研修員' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '設定' })).toBeVisible();
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('ホーム');
  expect((await desk.call<{ language: string }>('settings.get')).language).toBe('ja');

  await app.reload();
  await expect(app.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('ホーム');

  // Detail page: labels and the fiscal year with its Japanese era.
  await goTo(app, `/trainees/${t.id}`);
  await expect(app.getByText('パスポート番号')).toBeVisible();
  await expect(app.getByTestId('detail-fiscal-year')).toHaveText('2026年度（令和8年度）');
  await expect(app.getByText('2026-04-10 · 2026年度（令和8年度）')).toBeVisible();

  // The list's headers and the form's messages follow too.
  await goTo(app, '/trainees/new');
  await app.getByRole('button', { name: '研修員を登録' }).click();
  await expect(app.getByTestId('form-errors')).toContainText('氏名（パスポート表記）を入力してください。');

  await switchLanguage(app, 'English');
  await expect(app.getByTestId('form-errors')).toContainText('Name as in passport is required. Please fill it in.');
  await app.reload();
  await expect(app.locator('html')).toHaveAttribute('lang', 'en');
});

test('without a saved choice, the browser language decides', async ({ browser, desk }) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto(await desk.launchUrl());
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('navigation').getByRole('link', { name: '研修員' })).toBeVisible();
  await context.close();
});
