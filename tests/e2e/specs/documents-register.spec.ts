// The documents register (文書管理簿): documents issued through the API appear with their numbers, are
// found by search, reissued after a confirm (same number, marked), and exported; both languages shown.
import fs from 'node:fs';
import { expect, test } from '../fixtures';
import { createTrainee } from '../pages/data';
import { goTo, openSection, switchLanguage } from '../pages/shell';

interface Entry {
  id: number;
  numberEn: string;
  numberJa: string;
}

test('documents issued are registered, searched, reissued and exported', async ({ app, desk }) => {
  test.setTimeout(90_000);
  const trainee = await createTrainee(desk, { fullName: 'Somchai Srisuk' });
  const issue = (kind: string, addressee: string, language = 'en') =>
    desk.call<Entry>('documents.issue', { kind, record: { type: 'trainee', id: trainee.id }, addressee, language });
  const first = await issue('acceptance', 'Bangkok Metropolitan Administration');
  await issue('acceptance', 'Mr Somchai Srisuk');
  await issue('completionCertificate', 'ソムチャイ・シースック様', 'ja');
  expect(first.numberEn).toMatch(/^ACC-FY\d{4}-001$/);

  await openSection(app, 'Documents register');
  const list = app.getByTestId('register-list');
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await expect(list.getByTestId('document-row')).toHaveCount(3);
  await expect(app.getByTestId('document-count')).toHaveText('3 entries');

  await app.getByTestId('register-search').fill('bangkok');
  await expect(list.getByTestId('document-row')).toHaveCount(1);
  await expect(list.getByTestId('document-number')).toHaveText(first.numberEn);

  await list.getByTestId('reissue').click();
  await app.getByTestId('confirm-reissue').click();
  // The reissued letter is printed at once; Back returns to the register as it was.
  await expect(app).toHaveURL(/#\/print\/letter\/\d+/);
  await app.getByTestId('print-back').click();
  await expect(list.getByTestId('document-row')).toHaveCount(2);
  await expect(list.getByTestId('reissue-badge')).toHaveText('Reissue');
  await expect(list.getByTestId('document-number')).toHaveText([first.numberEn, first.numberEn]);

  await app.getByTestId('register-search').fill('');
  await expect(list.getByTestId('document-row')).toHaveCount(4);
  await app.screenshot({ path: test.info().outputPath('register-en.png'), fullPage: true });

  await app.getByTestId('register-export').click();
  const started = app.waitForEvent('download');
  await app.getByTestId('export-csv-ja').click();
  const file = await started;
  expect(file.suggestedFilename()).toMatch(/^document-register-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync(await file.path(), 'utf8');
  expect(csv).toContain('文書番号');
  expect(csv).toContain(first.numberJa);
  expect(csv).toContain('再発行 1');

  await switchLanguage(app, '日本語');
  await expect(list.getByTestId('document-number').first()).toHaveText(/第\d+号$/);
  await expect(app.getByTestId('reissue-badge')).toHaveText('再発行（1回目）');
  await app.screenshot({ path: test.info().outputPath('register-ja.png'), fullPage: true });

  await goTo(app, '/print/documents?lang=ja');
  await expect(app.getByTestId('register-print-table').locator('tbody tr')).toHaveCount(4);
  await app.screenshot({ path: test.info().outputPath('register-print-ja.png'), fullPage: true });
});

test('after restoring an older backup, numbers issued since are shown and never given again', async ({ app, desk }) => {
  test.setTimeout(90_000);
  const trainee = await createTrainee(desk, { fullName: 'Nguyễn Thị Lan', country: 'VN' });
  const issue = (addressee: string) =>
    desk.call<Entry>('documents.issue', {
      kind: 'acceptance',
      record: { type: 'trainee', id: trainee.id },
      addressee,
      language: 'ja',
    });
  await issue('Nguyễn Thị Lan 様');
  const backup = await desk.call<{ id: string }>('backup.create', {});
  const lost = await issue('ハノイ市人民委員会 御中');
  await desk.call('backup.restore.apply', { source: { kind: 'backup', id: backup.id }, confirm: true });
  const next = await issue('ベトナム内務省 御中');
  expect(next.numberEn).not.toBe(lost.numberEn);
  expect(next.numberEn).toMatch(/-003$/);

  await goTo(app, '/documents?sort=number&dir=asc');
  const list = app.getByTestId('register-list');
  await expect(list.getByTestId('document-row')).toHaveCount(3);
  const row = list.locator(`[data-number="${lost.numberEn}"]`);
  await expect(row.getByTestId('missing-note')).toBeVisible();
  await expect(row.getByTestId('reissue')).toHaveCount(0);
  await app.screenshot({ path: test.info().outputPath('register-after-restore-en.png'), fullPage: true });
});
