// A damaged database with a few backups of different kinds, then the recovery screen, its
// confirmation and its result in English and Japanese.
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { traineeData } from '../pages/data';
import { DB_FILE, damagePages, startAt, tempFolder } from '../pages/startup';

const OUT = path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screens');
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true, animations: 'disabled' });

for (const lang of ['en', 'ja'] as const) {
  test(`recovery screens (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const dir = tempFolder();
    let running = await startAt(dir);
    try {
      const names = ['Nguyễn Thị Lan', 'Somchai Srisuk', 'Aung Kyaw', 'Sokha Chan'];
      for (const fullName of names) {
        await running.call('trainees.create', { data: traineeData({ fullName }), confirm: true });
        await running.call('backup.create');
      }
      await running.stop();
      damagePages(path.join(dir, DB_FILE));
      running = await startAt(dir);
      await page.goto(await running.launchUrl());
      await expect(page.getByTestId('recovery-newest')).toBeVisible();
      if (lang === 'ja') {
        await page.getByText('日本語', { exact: true }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
      }
      await page.locator('details summary').click();
      await shot(page, `${lang}-r01-recovery`);
      await page.setViewportSize({ width: 760, height: 900 });
      await shot(page, `${lang}-r02-recovery-narrow`);
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.getByTestId('recovery-restore-newest').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await shot(page, `${lang}-r03-recovery-confirm`);
      await page.getByTestId('recovery-confirm').click();
      await expect(page.getByTestId('recovery-done')).toBeVisible();
      await shot(page, `${lang}-r04-recovery-done`);
    } finally {
      await running.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
