// The backups screen: "Back up now" lists a checked backup with its counts; a backup downloads as a
// CLAIR Desk database that opens with SQLite and holds the data; the folder and the rotation are shown.
import path from 'node:path';
import { expect, test } from '../fixtures';
import {
  backUpNow,
  CLAIR_DESK_APPLICATION_ID,
  downloadFrom,
  openBackups,
  readDatabase,
  rowsOfKind,
} from '../pages/backup';
import { createTrainee } from '../pages/data';
import { openSection } from '../pages/shell';

test('back up now: the backup is listed, checked, with what it holds', async ({ app, desk }) => {
  await createTrainee(desk, { fullName: 'Somchai Srisuk' });
  await createTrainee(desk, { fullName: 'Nguyễn Thị Lan', country: 'VN' });
  await openSection(app, 'Backups');
  await expect(app.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
  await expect(app.getByTestId('backup-folder')).toHaveText(path.join(desk.dataDir, 'backups'));
  await expect(app.getByText(/the last 14 daily, 12 monthly and 20 manual backups/)).toBeVisible();

  await backUpNow(app);
  const row = rowsOfKind(app, 'manual').first();
  await expect(row.getByTestId('backup-kind')).toHaveText('Made by hand');
  await expect(row.getByTestId('backup-counts')).toHaveText('2 trainees · 0 hosts · 0 placements · 0 progress entries');
  await expect(row.getByTestId('backup-check')).toHaveText('Verified');
  await expect(row).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await expect(row).toContainText(/FY\d{4}/);
  await expect(row).toContainText(/\d+ KB/);
  await expect(app.getByRole('alert').filter({ hasText: 'Backup made and checked: 2 trainees.' })).toBeVisible();
});

test('a backup downloads as a CLAIR Desk SQLite database holding the data', async ({ app, desk }) => {
  await createTrainee(desk, { fullName: 'Somchai Srisuk' });
  await openBackups(app);
  await backUpNow(app);
  const row = rowsOfKind(app, 'manual').first();
  const id = await row.getAttribute('data-id');
  const file = await downloadFrom(app, row.getByRole('button', { name: 'Download a copy' }));
  expect(file.name).toBe(id);
  expect(file.bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
  const db = readDatabase(file.bytes);
  expect(db.applicationId).toBe(CLAIR_DESK_APPLICATION_ID);
  expect(db.names).toEqual(['Somchai Srisuk']);
  await expect(app.getByRole('alert').filter({ hasText: `The copy was saved as ${id}.` })).toBeVisible();
});

test('the screen works from the keyboard: Back up now with Enter', async ({ app }) => {
  await openBackups(app);
  await app.getByTestId('backup-now').focus();
  await app.keyboard.press('Enter');
  await expect(rowsOfKind(app, 'manual')).toHaveCount(1);
  // Tab reaches the row's buttons; Escape closes the restore dialog opened with the keyboard.
  await rowsOfKind(app, 'manual').first().getByTestId('backup-restore').focus();
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('restore-preview')).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('dialog')).toHaveCount(0);
});
