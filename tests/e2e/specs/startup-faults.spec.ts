// Start-up faults with the real server: a database from a newer version is refused untouched with the
// version to install; a data folder that cannot be written to is said plainly. (The tests run as
// root, which ignores permissions, so the read-only case runs the server as the "nobody" user.)
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { traineeData } from '../pages/data';
import { DB_FILE, runToEnd, sha256, startAt, tempFolder } from '../pages/startup';

const VERSION = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', '..', 'package.json'), 'utf8'))
  .version as string;

let dir: string;
test.beforeEach(() => {
  dir = tempFolder();
});
test.afterEach(() => {
  fs.chmodSync(dir, 0o755);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A folder whose database holds one trainee, closed normally. */
async function folderWithData(): Promise<string> {
  const running = await startAt(dir);
  await running.call('trainees.create', { data: traineeData({ fullName: 'Nguyễn Thị Lan' }), confirm: true });
  await running.stop();
  return path.join(dir, DB_FILE);
}

test('a database from a newer version is refused, untouched, naming the version to install', async () => {
  const file = await folderWithData();
  const raw = new Database(file);
  const schema = raw.pragma('user_version', { simple: true }) as number;
  raw.pragma(`user_version = ${schema + 1}`);
  raw.close();
  const before = sha256(file);

  const ended = await runToEnd(dir);
  expect(ended.code).toBe(1);
  expect(ended.stderr).toContain(`CLAIR Desk could not start: This database was saved by CLAIR Desk ${VERSION}`);
  expect(ended.stderr).toContain(`Install CLAIR Desk ${VERSION} or newer to open it. The file was left untouched.`);
  expect(sha256(file)).toBe(before);
  expect(fs.existsSync(path.join(dir, 'damaged'))).toBe(false);
  expect(fs.existsSync(path.join(dir, 'clair-desk.lock'))).toBe(false);
});

test('a data folder that cannot be written to: the server says so and does not start', async () => {
  const file = await folderWithData();
  const before = sha256(file);
  fs.chmodSync(file, 0o444);
  fs.chmodSync(dir, 0o555);
  // Root writes anywhere; an ordinary user cannot.
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const ended = await runToEnd(dir, asUser);
  expect(ended.code).toBe(1);
  expect(ended.stderr).toContain(
    `CLAIR Desk could not start: The data folder ${dir} cannot be written to (it is read-only, or you lack permission: EACCES).`,
  );
  expect(ended.stderr).toContain('so it did not start');
  expect(sha256(file)).toBe(before);
});
