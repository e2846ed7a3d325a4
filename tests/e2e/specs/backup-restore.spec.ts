// Restoring: from a backup in the list (the old data is back, the data as it was is kept as a safety
// backup); files that are not CLAIR Desk databases are refused in words with nothing changed; and "Export
// all data" makes a file that restores through the upload, as when moving to a new laptop.
import { expect, test } from '../fixtures';
import {
  backUpNow,
  confirmRestore,
  downloadFrom,
  foreignDatabase,
  openBackups,
  readDatabase,
  restoreDialog,
  restoreFromFile,
  rowsOfKind,
  traineeNames,
} from '../pages/backup';
import { createTrainee } from '../pages/data';
import { goTo } from '../pages/shell';

test('a backup from the list restores the old data, and a safety backup of the data before is kept', async ({
  app,
  desk,
}) => {
  test.setTimeout(90_000);
  await createTrainee(desk, { fullName: 'Somchai Srisuk' });
  await createTrainee(desk, { fullName: 'Anong Wongsawat' });
  await openBackups(app);
  await backUpNow(app);

  // Changes after the backup: one more trainee, one archived.
  await createTrainee(desk, { fullName: 'Preecha Boonmee' });
  await desk.call('trainees.archive', { id: 1 });
  // The list is cached from before: the restore must still show fresh numbers.
  await goTo(app, '/trainees');
  await expect(app.getByText('Preecha Boonmee')).toBeVisible();
  await openBackups(app);

  await rowsOfKind(app, 'manual').first().getByTestId('backup-restore').click();
  const dialog = restoreDialog(app);
  await expect(dialog.getByTestId('restore-preview')).toBeVisible();
  const trainees = dialog.getByTestId('restore-count-trainees');
  await expect(trainees.getByTestId('in-backup')).toHaveText('2');
  await expect(trainees.getByTestId('current')).toHaveText('3');
  await expect(dialog.getByTestId('restore-last-change')).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} · FY\d{4}/);
  await dialog.getByTestId('restore-continue').click();
  await expect(dialog).toContainText('Replace the current data?');
  await expect(dialog.getByTestId('restore-safety')).toContainText('a safety backup of the current data is made');
  // "Back" returns to the preview; nothing has happened yet.
  await dialog.getByRole('button', { name: 'Back' }).click();
  await expect(dialog.getByTestId('restore-preview')).toBeVisible();
  expect(await traineeNames(desk)).toEqual(['Anong Wongsawat', 'Preecha Boonmee', 'Somchai Srisuk']);

  await confirmRestore(app);
  await expect(app.getByRole('alert').filter({ hasText: 'The data was restored (2 trainees).' })).toBeVisible();
  expect(await traineeNames(desk)).toEqual(['Anong Wongsawat', 'Somchai Srisuk']);
  // What the screens show comes from the restored data, not from the cache.
  await goTo(app, '/trainees');
  await expect(app.getByText('Somchai Srisuk')).toBeVisible();
  await expect(app.getByText('Preecha Boonmee')).toHaveCount(0);

  await openBackups(app);
  const safety = rowsOfKind(app, 'pre_restore');
  await expect(safety).toHaveCount(1);
  await expect(safety.getByTestId('backup-kind')).toHaveText('Before a restore');
  await expect(safety.getByTestId('backup-counts')).toContainText('3 trainees');
});

test('a file that is no database, and a database of another application, are refused with nothing changed', async ({
  app,
  desk,
}) => {
  await createTrainee(desk, { fullName: 'Somchai Srisuk' });
  await openBackups(app);
  const before = await traineeNames(desk);

  await restoreFromFile(app, {
    name: 'notes.sqlite',
    bytes: Buffer.from('Meeting notes, not a database.\n'.repeat(50)),
  });
  const dialog = restoreDialog(app);
  await expect(dialog.getByTestId('restore-source')).toHaveText('notes.sqlite');
  await expect(dialog.getByTestId('restore-refused')).toContainText('it is not a database at all');
  await expect(dialog.getByTestId('restore-refused')).toContainText('Nothing was changed.');
  await expect(dialog.getByTestId('restore-continue')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(dialog).toHaveCount(0);

  await restoreFromFile(app, { name: 'recipes.sqlite', bytes: foreignDatabase() });
  await expect(dialog.getByTestId('restore-refused')).toContainText('a database of another application');
  await expect(dialog.getByTestId('restore-continue')).toHaveCount(0);
  await app.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  expect(await traineeNames(desk)).toEqual(before);
  await expect(rowsOfKind(app, 'pre_restore')).toHaveCount(0);
});

test('export all data, change things, and restore the exported file through the upload', async ({ app, desk }) => {
  test.setTimeout(90_000);
  await createTrainee(desk, { fullName: 'Somchai Srisuk' });
  await createTrainee(desk, { fullName: 'Nguyễn Thị Lan', country: 'VN' });
  await openBackups(app);
  const exported = await downloadFrom(app, app.getByTestId('backup-export'));
  expect(exported.name).toMatch(/^clair-desk-all-data-\d{4}-\d{2}-\d{2}\.sqlite$/);
  expect(readDatabase(exported.bytes).names).toEqual(['Somchai Srisuk', 'Nguyễn Thị Lan']);
  await expect(app.getByRole('alert').filter({ hasText: `All data was saved as ${exported.name}.` })).toBeVisible();

  await createTrainee(desk, { fullName: 'Preecha Boonmee' });
  await restoreFromFile(app, exported);
  const dialog = restoreDialog(app);
  await expect(dialog.getByTestId('restore-source')).toHaveText(exported.name);
  await expect(dialog.getByTestId('restore-count-trainees').getByTestId('in-backup')).toHaveText('2');
  await expect(dialog.getByTestId('restore-count-trainees').getByTestId('current')).toHaveText('3');
  await confirmRestore(app);
  expect(await traineeNames(desk)).toEqual(['Nguyễn Thị Lan', 'Somchai Srisuk']);
  await openBackups(app);
  await expect(rowsOfKind(app, 'pre_restore')).toHaveCount(1);
});
