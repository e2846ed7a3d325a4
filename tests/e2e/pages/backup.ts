// The backups screen driven the way a person does (buttons, the file picker, the restore dialog), and
// the files a test needs: a downloaded backup read back, a foreign SQLite database, a file that is no
// database at all.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { APPLICATION_ID } from '../../../electron/core/db/identity';
import type { Desk } from '../fixtures';
import { goTo } from './shell';

/** What marks a CLAIR Desk database (PRAGMA application_id). */
export const CLAIR_DESK_APPLICATION_ID = APPLICATION_ID;

export async function openBackups(page: Page) {
  await goTo(page, '/backups');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('backup-folder')).toBeVisible();
}

export const backupRows = (page: Page) => page.getByTestId('backup-row');
export const rowsOfKind = (page: Page, kind: string) => page.locator(`[data-testid="backup-row"][data-kind="${kind}"]`);

/** Clicks "Back up now" and waits for the new backup in the list. */
export async function backUpNow(page: Page) {
  const before = await rowsOfKind(page, 'manual').count();
  await page.getByTestId('backup-now').click();
  await expect(rowsOfKind(page, 'manual')).toHaveCount(before + 1);
}

/** Clicks a button that makes the browser download a file; answers its name and bytes. */
export async function downloadFrom(page: Page, button: Locator) {
  const started = page.waitForEvent('download');
  await button.click();
  const file = await started;
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

/** Picks a file for "Restore from a file…" (browser mode: the file input behind the button). */
export async function restoreFromFile(page: Page, file: { name: string; bytes: Buffer }) {
  await page
    .getByTestId('restore-file-input')
    .setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.bytes });
  await expect(page.getByRole('dialog')).toBeVisible();
}

export const restoreDialog = (page: Page) => page.getByRole('dialog');

/** From the preview: continue, confirm, and wait until the app has landed on Home. */
export async function confirmRestore(page: Page) {
  await page.getByTestId('restore-continue').click();
  await expect(page.getByTestId('restore-safety')).toBeVisible();
  await page.getByTestId('restore-confirm').click();
  await expect(page.getByRole('dialog')).toHaveCount(0, { timeout: 30_000 });
  await expect(page).toHaveURL(/#\/$/);
}

/** Reads a SQLite file's application id and its number of trainees (from a copy, so nothing holds it). */
export function readDatabase(bytes: Buffer): { applicationId: number; trainees: number; names: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clair-desk-e2e-read-'));
  const file = path.join(dir, 'copy.sqlite');
  fs.writeFileSync(file, bytes);
  const db = new Database(file, { readonly: true });
  try {
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const names = db.prepare('SELECT full_name FROM trainees ORDER BY id').pluck().all() as string[];
    return { applicationId, trainees: names.length, names };
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A perfectly good SQLite database of some other application. */
export function foreignDatabase(): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clair-desk-e2e-foreign-'));
  const file = path.join(dir, 'recipes.sqlite');
  const db = new Database(file);
  db.exec("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO recipes (name) VALUES ('Laksa');");
  db.close();
  const bytes = fs.readFileSync(file);
  fs.rmSync(dir, { recursive: true, force: true });
  return bytes;
}

/** The names of the active trainees, as the core has them. */
export async function traineeNames(desk: Desk): Promise<string[]> {
  const list = await desk.call<{ rows: { fullName: string }[] }>('trainees.list', {
    archived: 'all',
    sort: 'name',
    pageSize: 500,
  });
  return list.rows.map((r) => r.fullName).sort();
}
