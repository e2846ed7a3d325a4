// An axe scan of the backups screen and the restore dialog (preview, confirmation, refusal), in both
// languages: no serious or critical violation.
import { expect, test } from '../fixtures';
import { scan } from '../pages/axe';
import { backUpNow, openBackups, restoreDialog, restoreFromFile, rowsOfKind } from '../pages/backup';
import { createTrainee } from '../pages/data';
import { switchLanguage } from '../pages/shell';

for (const lang of ['English', '日本語'] as const) {
  test(`the backups screen and the restore dialog pass axe (${lang})`, async ({ app, desk }) => {
    if (lang === '日本語') await switchLanguage(app, '日本語');
    await openBackups(app);
    await expect(app.getByTestId('backups-empty')).toBeVisible();
    await scan(app, 'backups (none yet)');

    await createTrainee(desk, { fullName: 'Somchai Srisuk' });
    await backUpNow(app);
    await scan(app, 'backups (one)');

    await rowsOfKind(app, 'manual').first().getByTestId('backup-restore').click();
    const dialog = restoreDialog(app);
    await expect(dialog.getByTestId('restore-preview')).toBeVisible();
    await scan(app, 'restore preview');
    await dialog.getByTestId('restore-continue').click();
    await expect(dialog.getByTestId('restore-safety')).toBeVisible();
    await scan(app, 'restore confirmation');
    await app.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    await restoreFromFile(app, { name: 'notes.txt', bytes: Buffer.from('not a database') });
    await expect(dialog.getByTestId('restore-refused')).toBeVisible();
    await scan(app, 'restore refused');
  });
}
