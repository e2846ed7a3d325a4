// Walks through the backups screen and the restore dialog in English and Japanese and saves a
// screenshot of each (not a test): npm run e2e:screens -- --project=backup
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { backUpNow, foreignDatabase, openBackups, restoreDialog, restoreFromFile, rowsOfKind } from '../pages/backup';
import { switchLanguage } from '../pages/shell';

const OUT = path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screens');
const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage, animations: 'disabled' });

for (const lang of ['en', 'ja'] as const) {
  test(`backup screens (${lang})`, async ({ app, desk }) => {
    test.setTimeout(120_000);
    if (lang === 'ja') await switchLanguage(app, '日本語');
    await openBackups(app);
    await expect(app.getByTestId('backups-empty')).toBeVisible();
    await shot(app, `${lang}-b01-backups-empty`, true);

    await desk.call('demo.load', { trainees: 60 });
    await backUpNow(app);
    await desk.call('trainees.archive', { id: 1 });
    await backUpNow(app);
    await app.mouse.move(0, 0);
    await shot(app, `${lang}-b02-backups-list`, true);

    await rowsOfKind(app, 'manual').last().getByTestId('backup-restore').click();
    const dialog = restoreDialog(app);
    await expect(dialog.getByTestId('restore-preview')).toBeVisible();
    await shot(app, `${lang}-b03-restore-preview`);
    await dialog.getByTestId('restore-continue').click();
    await expect(dialog.getByTestId('restore-safety')).toBeVisible();
    await shot(app, `${lang}-b04-restore-confirm`);
    await app.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    await restoreFromFile(app, { name: 'recipes.sqlite', bytes: foreignDatabase() });
    await expect(dialog.getByTestId('restore-refused')).toBeVisible();
    await shot(app, `${lang}-b05-restore-refused`);
  });
}
