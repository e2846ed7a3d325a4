// Word templates: upload a .docx with placeholders, fill it for one trainee and read the download's
// text back; a template with a mistyped placeholder is refused with the nearest known name, and
// nothing is added. The file made takes a number in the documents register, listed with the trainee and the
// template. The trainee's page offers the same template beside Print.
import fs from 'node:fs';
import { b64, docx, docxText } from '../../../electron/core/templates/__tests__/docx';
import { expect, test } from '../fixtures';
import { createTrainee } from '../pages/data';
import { goTo } from '../pages/shell';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const LETTER = docx(['Dear {full_name},', '{country_ja}・{date_of_birth_era}', 'From {staff_name}']);

async function readDownload(download: import('@playwright/test').Download): Promise<string[]> {
  const file = await download.path();
  return docxText(fs.readFileSync(file));
}

test('upload a template, fill it for one trainee, read the .docx back', async ({ app, desk }) => {
  await createTrainee(desk, { fullName: 'Maria Santos', country: 'PH', dateOfBirth: '1990-05-12' });
  await goTo(app, '/templates');
  await expect(app.getByRole('heading', { name: 'Word templates', level: 1 })).toBeVisible();
  await expect(app.getByTestId('placeholder-table')).toContainText('{arrival_date_era}');

  await app
    .locator('input[type="file"]')
    .setInputFiles({ name: 'Acceptance.docx', mimeType: DOCX_MIME, buffer: LETTER });
  await expect(app.getByLabel('Template name')).toHaveValue('Acceptance');
  await app.getByTestId('template-add').click();
  await expect(app.getByText('Template “Acceptance” added.')).toBeVisible();
  await expect(app.getByTestId('template-list')).toContainText('Acceptance.docx');

  await app.getByTestId('generate-trainee').click();
  await app.getByTestId('generate-trainee').fill('Maria');
  await app.getByRole('option', { name: /Maria Santos/ }).click();
  const started = app.waitForEvent('download');
  await app.getByTestId('generate').click();
  const download = await started;
  expect(download.suggestedFilename()).toMatch(/^Acceptance FY2026-\d{4}\.docx$/);
  expect(await readDownload(download)).toEqual(['Dear Maria Santos,', 'フィリピン・平成2年5月12日', 'From ']);
  await expect(app.getByTestId('generated-list')).toContainText(download.suggestedFilename());

  // The file took a number in the register, with the trainee and the template, found by the template's name.
  const recorded = app.getByTestId('generated-recorded');
  await expect(recorded).toContainText(/Recorded in the documents register as DOC-FY\d{4}-001\./);
  const number = /DOC-FY\d{4}-001/.exec((await recorded.textContent()) ?? '')?.[0] as string;
  await app.getByTestId('generated-register-link').click();
  const list = app.getByTestId('register-list');
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await app.getByTestId('register-search').fill('acceptance');
  await expect(list.getByTestId('document-row')).toHaveCount(1);
  const row = list.getByTestId('document-row');
  await expect(row.getByTestId('document-number')).toHaveText(number);
  await expect(row).toContainText('Office template');
  await expect(row.getByTestId('document-template')).toHaveText('Acceptance');
  await expect(row).toContainText('Maria Santos');
  await expect(row.getByTestId('reissue')).toHaveCount(0);
});

test('a mistyped placeholder is refused with the nearest name, before anything is added', async ({ app, desk }) => {
  await goTo(app, '/templates');
  const bad = docx(['Dear {full_nmae},']);
  await app.locator('input[type="file"]').setInputFiles({ name: 'Bad.docx', mimeType: DOCX_MIME, buffer: bad });
  await app.getByTestId('template-add').click();
  await expect(app.getByTestId('template-problems')).toContainText(
    'The template uses {full_nmae}, which is not a placeholder. Did you mean {full_name}?',
  );
  expect(await desk.call<unknown[]>('templates.list')).toEqual([]);
});

test("the trainee's page fills a template beside Print", async ({ app, desk }) => {
  const t = await createTrainee(desk, { fullName: 'Nguyen Van An', country: 'VN' });
  await desk.call('templates.add', { name: 'Certificate', fileName: 'certificate.docx', data: b64(LETTER) });
  await goTo(app, `/trainees/${t.id}`);
  await app.getByRole('button', { name: 'Word template' }).click();
  const started = app.waitForEvent('download');
  await app.getByRole('menuitem', { name: 'Certificate' }).click();
  const download = await started;
  expect((await readDownload(download))[0]).toBe('Dear Nguyen Van An,');
});
