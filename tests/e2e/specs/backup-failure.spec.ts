// A failed automatic backup is seen: with a backups folder that cannot be written, the daily backup
// at start-up fails, and Home, Backups and Needs attention say so (what, when, why, what to do) until
// a good backup exists. Backing up while the folder is still blocked fails and the banner stays; once
// it can be written, "Back up now" clears it. (The tests run as root, which ignores permissions, so
// the server runs as the "nobody" user.)
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { traineeData } from '../pages/data';
import { type Running, startAt, tempFolder } from '../pages/startup';

const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;

let dir: string;
let running: Running | null = null;
test.beforeEach(() => {
  dir = tempFolder('clair-desk-backup-failure-');
});
test.afterEach(async () => {
  await running?.stop();
  running = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The backups folder as the server's user cannot write it, or can again. */
function backupsWritable(writable: boolean): void {
  const backups = path.join(dir, 'backups');
  if (asRoot) fs.chownSync(backups, writable ? NOBODY : 0, writable ? NOBODY : 0);
  fs.chmodSync(backups, writable ? 0o755 : 0o555);
}

function chownTree(target: string, uid: number): void {
  fs.chownSync(target, uid, uid);
  if (fs.statSync(target).isDirectory())
    for (const name of fs.readdirSync(target)) chownTree(path.join(target, name), uid);
}

test('a failed daily backup shows on Home, Backups and Needs attention until a good backup', async ({ page }) => {
  test.setTimeout(90_000);
  // Yesterday's data: one trainee, closed normally (its quit backup made).
  const first = await startAt(dir);
  await first.call('trainees.create', { data: traineeData({ fullName: 'Nguyễn Thị Lan' }), confirm: true });
  await first.call('settings.update', { staffName: 'Tanaka Yuki' });
  await first.stop();
  if (asRoot) chownTree(dir, NOBODY);
  backupsWritable(false);

  running = await startAt(dir, asRoot ? { uid: NOBODY, gid: NOBODY } : {});
  const server = running;
  await expect
    .poll(() => server.call<{ failure: { kind: string; reason: string } | null }>('backup.status'), { timeout: 20_000 })
    .toMatchObject({ failure: { kind: 'daily', reason: 'not_writable' } });

  await page.goto(await running.launchUrl());
  const home = page.getByTestId('backup-failure-home');
  await expect(home).toContainText('The daily backup failed');
  await expect(home).toContainText(`The backups folder ${path.join(dir, 'backups')} cannot be written to`);
  await expect(home).toContainText('Fix the folder');

  // Still blocked: backing up fails again, and the banner stays.
  await home.getByTestId('backup-failure-now').click();
  await expect(page.getByText('The backup failed again')).toBeVisible();
  await expect(home).toBeVisible();

  await home.getByTestId('backup-failure-open').click();
  await expect(page.getByTestId('backup-failure-backups')).toContainText('The daily backup failed');
  await page.goto(await running.launchUrl('/attention'));
  await expect(page.getByTestId('backup-failure-attention')).toContainText('The daily backup failed');

  await page.getByText('日本語', { exact: true }).click();
  await expect(page.getByTestId('backup-failure-attention')).toContainText('毎日のバックアップに失敗しました');
  await page.getByText('English', { exact: true }).click();

  // The folder fixed: one good backup clears it everywhere.
  backupsWritable(true);
  await page.getByTestId('backup-failure-attention').getByTestId('backup-failure-now').click();
  await expect(page.getByTestId('backup-failure-attention')).toHaveCount(0);
  await page.goto(await running.launchUrl('/'));
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await expect(page.getByTestId('backup-failure-home')).toHaveCount(0);
  expect(await running.call('backup.status')).toEqual({ failure: null });
});
