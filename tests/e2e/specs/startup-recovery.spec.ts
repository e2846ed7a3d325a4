// A damaged database at start-up: the browser mode still starts, in recovery mode; the page shows what
// happened and what was kept aside, offers the newest good backup first, and restoring it brings the
// data back. Without a backup, the only way on is an empty database.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { scan } from '../pages/axe';
import { traineeData } from '../pages/data';
import { DB_FILE, damagePages, type Running, sha256, startAt, tempFolder } from '../pages/startup';

let dir: string;
let running: Running | null = null;
test.beforeEach(() => {
  dir = tempFolder();
});
test.afterEach(async () => {
  await running?.stop();
  running = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

const NAMES = ['Nguyễn Thị Lan', 'Somchai Srisuk', 'Aung Kyaw'];

test('restoring the newest good backup from the recovery screen brings the data back', async ({ page }) => {
  test.setTimeout(90_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  // A folder with three trainees and its backups, then the database damaged while the app was closed.
  running = await startAt(dir);
  for (const fullName of NAMES)
    await running.call('trainees.create', { data: traineeData({ fullName }), confirm: true });
  await running.call('backup.create');
  await running.stop();
  const file = path.join(dir, DB_FILE);
  damagePages(file);
  const damaged = sha256(file);

  running = await startAt(dir);
  expect(running.output()).toMatch(/The database could not be used .* It was kept aside, unchanged: .*damaged/s);
  const status = await running.call<{ keptAside: string[]; backups: { id: string; verified: boolean }[] }>(
    'recovery.status',
  );
  const newest = status.backups.find((b) => b.verified);
  expect(newest).toBeTruthy();
  const [kept] = status.keptAside;
  expect(sha256(kept as string)).toBe(damaged);

  await page.goto(await running.launchUrl());
  await expect(page.getByRole('heading', { level: 1, name: 'CLAIR Desk could not use its database' })).toBeVisible();
  await expect(page.getByTestId('recovery-reason')).toBeVisible();
  await expect(page.getByTestId('recovery-kept')).toContainText(path.basename(kept as string));
  await expect(page.getByTestId('recovery-newest')).toHaveAttribute('data-id', newest?.id as string);
  await expect(page.getByTestId('recovery-newest-counts')).toContainText('3 trainees');
  await scan(page, 'recovery screen (English)');

  await page.getByText('日本語', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(
    page.getByRole('heading', { level: 1, name: 'CLAIR Desk がデータベースを使えませんでした' }),
  ).toBeVisible();
  await expect(page.getByTestId('recovery-newest-counts')).toContainText('3');
  await scan(page, 'recovery screen (Japanese)');
  await page.getByText('English', { exact: true }).click();

  await page.getByTestId('recovery-restore-newest').click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('3 trainees');
  await scan(page, 'recovery confirmation');
  await dialog.getByTestId('recovery-confirm').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your data is back' })).toBeVisible();
  await expect(page.getByTestId('recovery-done')).toContainText('3 trainees');
  await scan(page, 'recovery done');

  await page.getByTestId('recovery-open').click();
  await expect(page.getByRole('navigation')).toBeVisible();
  await page.evaluate(() => {
    window.location.hash = '/trainees';
  });
  for (const name of NAMES) await expect(page.getByRole('link', { name })).toBeVisible();
  // The damaged file is still where it was kept, byte for byte.
  expect(sha256(kept as string)).toBe(damaged);
  expect(errors).toEqual([]);
});

test('without a backup, the screen says so and an empty start opens the app', async ({ page }) => {
  running = await startAt(dir);
  await running.stop();
  fs.rmSync(path.join(dir, 'backups'), { recursive: true, force: true });
  // Not a database any more: its header overwritten.
  fs.writeFileSync(path.join(dir, DB_FILE), 'name,passport\nLan,C1234567\n'.repeat(100));
  running = await startAt(dir);

  await page.goto(await running.launchUrl());
  await expect(page.getByTestId('recovery-reason')).toContainText('no longer a database');
  await expect(page.getByTestId('recovery-none')).toHaveText('There is no good backup in this data folder.');
  await page.getByTestId('recovery-start-empty').click();
  await page.getByRole('dialog', { name: 'Start with an empty database?' }).getByTestId('recovery-confirm').click();
  await expect(page.getByRole('heading', { level: 1, name: 'CLAIR Desk has a new, empty database' })).toBeVisible();
  await page.getByTestId('recovery-open').click();
  await expect(page.getByRole('navigation')).toBeVisible();
  await expect(page.getByText('Welcome to CLAIR Desk')).toBeVisible();
  expect(fs.readdirSync(path.join(dir, 'damaged')).filter((f) => f.endsWith('.sqlite'))).toHaveLength(1);
});
