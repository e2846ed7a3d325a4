// A database is judged by its schema, not its header: a real backup with a table dropped, and another
// program's tables under CLAIR Desk's header, are refused by the restore dialog naming what differs;
// at start-up such a file sends the app to the recovery screen, which names it too and never offers
// a backup of that kind as the newest good one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '../fixtures';
import { CLAIR_DESK_APPLICATION_ID, openBackups, restoreDialog, restoreFromFile, traineeNames } from '../pages/backup';
import { createTrainee } from '../pages/data';
import { DB_FILE, type Running, startAt, tempFolder } from '../pages/startup';

/** `bytes` changed by `change` on a copy of its own. */
function changed(bytes: Buffer, change: (db: Database.Database) => void): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clair-desk-e2e-schema-'));
  const file = path.join(dir, 'copy.sqlite');
  fs.writeFileSync(file, bytes);
  const db = new Database(file);
  try {
    change(db);
  } finally {
    db.close();
  }
  const out = fs.readFileSync(file);
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}

const withoutPlacements = (bytes: Buffer) =>
  changed(bytes, (db) => {
    db.pragma('foreign_keys = OFF');
    db.exec('DROP TABLE placements');
  });

/** Another program's table, marked as CLAIR Desk's latest version. */
function forged(schemaVersion: number): Buffer {
  return changed(Buffer.alloc(0), (db) => {
    db.exec("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO recipes (name) VALUES ('Laksa');");
    db.pragma(`application_id = ${CLAIR_DESK_APPLICATION_ID}`);
    db.pragma(`user_version = ${schemaVersion}`);
  });
}

async function schemaVersion(call: (channel: string) => Promise<unknown>): Promise<number> {
  return ((await call('settings.app.info')) as { schemaVersion: number }).schemaVersion;
}

test('the restore dialog refuses a backup with a table dropped, and a forged header, naming what differs', async ({
  app,
  desk,
}) => {
  test.setTimeout(90_000);
  await createTrainee(desk, { fullName: 'Somchai Srisuk' });
  const made = await desk.call<{ id: string }>('backup.create');
  const backup = fs.readFileSync(path.join(desk.dataDir, 'backups', made.id));
  const before = await traineeNames(desk);
  await openBackups(app);

  await restoreFromFile(app, { name: 'no-placements.sqlite', bytes: withoutPlacements(backup) });
  const dialog = restoreDialog(app);
  await expect(dialog.getByTestId('restore-refused')).toContainText('table “placements” is missing');
  await expect(dialog.getByTestId('restore-continue')).toHaveCount(0);
  await app.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await restoreFromFile(app, { name: 'recipes.sqlite', bytes: forged(await schemaVersion(desk.call)) });
  const refused = restoreDialog(app).getByTestId('restore-refused');
  await expect(refused).toContainText('is not a whole CLAIR Desk database');
  await expect(refused).toContainText('table “recipes” is not CLAIR Desk’s');
  await expect(refused).toContainText(/and \d+ more/);
  await app.keyboard.press('Escape');

  expect(await traineeNames(desk)).toEqual(before);
});

test.describe('at start-up', () => {
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

  test('a forged database opens the recovery screen, which names it and offers only a good backup', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    running = await startAt(dir);
    const version = await schemaVersion((c) => (running as Running).call(c));
    const made = await running.call<{ id: string }>('backup.create');
    await running.stop();
    // A newer backup without placements whose sidecar predates the schema check says "verified".
    const backups = path.join(dir, 'backups');
    const goodFile = path.join(backups, made.id);
    const badId = 'clair-desk-quit-20991231T000000000Z.sqlite';
    fs.writeFileSync(path.join(backups, badId), withoutPlacements(fs.readFileSync(goodFile)));
    const { schemaChecked: _, ...oldStyle } = JSON.parse(fs.readFileSync(`${goodFile}.json`, 'utf8'));
    fs.writeFileSync(
      path.join(backups, `${badId}.json`),
      JSON.stringify({ ...oldStyle, kind: 'quit', createdAt: '2099-12-31T00:00:00.000Z' }),
    );
    fs.writeFileSync(path.join(dir, DB_FILE), forged(version));

    running = await startAt(dir);
    expect(running.output()).toMatch(/The database could not be used \(schema_mismatch: .*missing table attendance/);
    await page.goto(await running.launchUrl());
    await expect(page.getByTestId('recovery-reason')).toContainText('is not a whole CLAIR Desk database');
    await expect(page.getByTestId('recovery-reason')).toContainText('table “attendance” is missing');
    // The good backup (or its monthly copy, made at the same time) is offered, never the newer bad one.
    await expect(page.getByTestId('recovery-newest')).toHaveAttribute('data-id', /^clair-desk-(manual|monthly)-/);
    const other = page.locator(`[data-testid="recovery-other"][data-id="${badId}"]`);
    await expect(other).toContainText('Cannot be restored');
    await expect(other).toContainText('table “placements” is missing');

    await page.getByText('日本語', { exact: true }).click();
    await expect(page.getByTestId('recovery-reason')).toContainText('テーブル「attendance」がありません');
  });
});
