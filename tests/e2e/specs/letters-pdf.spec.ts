// The built-in letters as PDFs: each of the eight kinds, in English and Japanese, issued through the
// API and printed from its print view (#/print/letter/<id>), read back with poppler: the number, the
// addressee, the era date in Japanese, every font embedded, one A4 page with content. Then issuing
// from the trainee page's Documents menu through the dialog, and a reissue from the register, which
// keeps the number and prints 再発行.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { type Desk, expect, test } from '../fixtures';
import { createTrainee } from '../pages/data';
import { arrangeMatched } from '../pages/dispatch';
import { createCohort, createHost, currentFy, placeViaApi } from '../pages/placements';
import { bodyLines, openPrint, type PdfReport, pagesAsPng, printPdf } from '../pages/reports';
import { goTo } from '../pages/shell';
import { expectAskedThenDiscard } from '../pages/unsaved';

interface Entry {
  id: number;
  numberEn: string;
  numberJa: string;
}

const compact = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

const TRAINEE_KINDS = ['acceptance', 'placementRequest', 'placementNotice', 'completionCertificate', 'progressCover'];

/** A trainee placed with a host this fiscal year, and a request matched to a specialist (a dispatch). */
async function arrangeLetters(desk: Desk) {
  const fy = currentFy();
  await createCohort(desk, fy);
  const trainee = await createTrainee(desk, { fullName: 'Maria Santos', country: 'PH', fiscalYear: fy });
  const host = await createHost(desk, { nameEn: 'Sapporo City', nameJa: '札幌市' });
  await placeViaApi(desk, { traineeId: trainee.id, hostId: host.id, start: `${fy}-05-01`, end: `${fy}-12-31` });
  const request = await arrangeMatched(desk);
  const detail = await desk.call<{ dispatches: { id: number }[] }>('specialistDispatch.requests.get', {
    id: request.id,
  });
  const dispatchId = detail.dispatches[0]?.id as number;
  const records: Record<string, { type: string; id: number }> = {
    dispatchAcknowledgement: { type: 'dispatchRequest', id: request.id },
    dispatchRequest: { type: 'dispatch', id: dispatchId },
    agreementSummary: { type: 'dispatch', id: dispatchId },
  };
  for (const kind of TRAINEE_KINDS) records[kind] = { type: 'trainee', id: trainee.id };
  return { trainee, records };
}

const ADDRESSEE = { en: 'Ms Maria Santos', ja: 'マリア・サントス 様' } as const;

function checkLetter(pdf: PdfReport, label: string, e: { number: string; addressee: string; lang: 'en' | 'ja' }) {
  expect(pdf.pages.length, `${label}: one A4 page`).toBe(1);
  for (const [i, p] of pdf.pages.entries()) {
    expect([Math.round(p.width), Math.round(p.height)], `${label} page ${i + 1} is A4`).toEqual([595, 842]);
    expect(bodyLines(p.text, []).length, `${label} page ${i + 1} has content`).toBeGreaterThan(8);
  }
  const text = compact(pdf.pages.map((p) => p.text).join('\n'));
  expect(text, `${label}: the number`).toContain(compact(e.number));
  expect(text, `${label}: the addressee`).toContain(compact(e.addressee));
  if (e.lang === 'ja') expect(text, `${label}: an era date`).toMatch(/令和\d+年\d+月\d+日/);
  expect(pdf.fonts.length).toBeGreaterThan(0);
  for (const font of pdf.fonts) expect(font.embedded, `${label}: ${font.name} embedded`).toBe(true);
  if (e.lang === 'ja') expect(pdf.fonts.some((f) => /NotoSansJP/.test(f.name))).toBe(true);
}

/** Where the PDFs and their PNGs are kept to look at (the test's output folder). */
const keep = (name: string) => test.info().outputPath(name);

test('every letter, in English and Japanese, prints on one A4 page with its number, addressee and date', async ({
  page,
  desk,
}) => {
  test.setTimeout(240_000);
  const { records } = await arrangeLetters(desk);
  for (const [kind, record] of Object.entries(records)) {
    for (const lang of ['en', 'ja'] as const) {
      const addressee =
        record.type === 'trainee' ? ADDRESSEE[lang] : lang === 'en' ? 'Chiang Mai Province' : 'チェンマイ県知事 様';
      const entry = await desk.call<Entry>('documents.issue', { kind, record, addressee, language: lang });
      await openPrint(page, desk, `/print/letter/${entry.id}?lang=${lang}`);
      const label = `${kind}-${lang}`;
      const pdf = await printPdf(page, label, keep('pdf'));
      checkLetter(pdf, label, { number: lang === 'en' ? entry.numberEn : entry.numberJa, addressee, lang });
      pagesAsPng(pdf.file, keep('png'));
    }
  }
});

async function issueFromMenu(app: Page, kind: string, language: 'English' | '日本語', addressee: string) {
  await app.getByTestId('letters-menu').click();
  await app.getByTestId(`letter-${kind}`).click();
  const dialog = app.getByTestId('issue-letter');
  await dialog.getByTestId('issue-language').getByText(language, { exact: true }).click();
  await dialog.getByTestId('issue-addressee').fill(addressee);
  await dialog.getByTestId('issue-submit').click();
  await expect(app.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 30_000 });
}

test('a letter issued from the trainee page prints; a reissue from the register keeps the number, marked 再発行', async ({
  app,
  desk,
}) => {
  test.setTimeout(120_000);
  const { trainee } = await arrangeLetters(desk);
  await goTo(app, `/trainees/${trainee.id}`);
  await issueFromMenu(app, 'acceptance', '日本語', 'マリア・サントス 様');
  await expect(app).toHaveURL(/#\/print\/letter\/\d+\?lang=ja/);
  const number = (await app.getByTestId('letter-number').textContent()) ?? '';
  expect(number).toMatch(/^令\d+受諾第1号$/);
  await expect(app.getByTestId('letter-addressee')).toHaveText('マリア・サントス 様');
  await expect(app.getByTestId('letter-reissue')).toHaveCount(0);

  // A trainee with no placement: the placement request is refused in words in the dialog, no Issue.
  const unplaced = await createTrainee(desk, { fullName: 'Ana Reyes', country: 'PH', fiscalYear: currentFy() });
  await goTo(app, `/trainees/${unplaced.id}`);
  await app.getByTestId('letters-menu').click();
  await app.getByTestId('letter-placementRequest').click();
  await expect(app.getByTestId('issue-error')).toContainText('no placement');
  await app.getByTestId('issue-letter').getByTestId('issue-addressee').fill('Sapporo City');
  await expect(app.getByTestId('issue-letter').getByTestId('issue-submit')).toBeDisabled();
  await expectAskedThenDiscard(app, () =>
    app.getByTestId('issue-letter').getByRole('button', { name: 'Cancel' }).click(),
  );

  await goTo(app, '/documents');
  const list = app.getByTestId('register-list');
  await expect(list.getByTestId('document-row')).toHaveCount(1);
  await list.getByTestId('reissue').click();
  await expect(app.getByRole('dialog')).toContainText('再発行');
  await app.getByTestId('confirm-reissue').click();
  await expect(app).toHaveURL(/#\/print\/letter\/\d+\?lang=ja/);
  await expect(app.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 30_000 });
  await expect(app.getByTestId('letter-reissue')).toHaveText('再発行');
  const pdf = await printPdf(app, 'reissue-ja', keep('pdf'));
  const text = compact(pdf.pages.map((p) => p.text).join('\n'));
  expect(text).toContain('再発行');
  expect(text).toContain(compact(number));
  pagesAsPng(pdf.file, keep('png'));
  expect(fs.existsSync(pdf.file)).toBe(true);
});

test('the letters settings: the signatory and the seal box saved in Settings print on the next letter', async ({
  app,
  desk,
}) => {
  test.setTimeout(90_000);
  const trainee = await createTrainee(desk, { fullName: 'Maria Santos', country: 'PH' });
  await goTo(app, '/settings');
  const form = app.getByTestId('letter-settings');
  await form.getByTestId('letter-signatory-nameJa').fill('山田 太郎');
  await form.getByTestId('letter-seal').getByText('Seal box (印)').click();
  await app.keyboard.press('Control+s');
  await expect(app.getByText('Letter settings saved.')).toBeVisible();
  await expect(form.getByTestId('letter-settings-save')).toBeDisabled();

  const entry = await desk.call<Entry>('documents.issue', {
    kind: 'acceptance',
    record: { type: 'trainee', id: trainee.id },
    addressee: ADDRESSEE.ja,
    language: 'ja',
  });
  await goTo(app, `/print/letter/${entry.id}?lang=ja`);
  await expect(app.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 30_000 });
  await expect(app.getByTestId('letter')).toContainText('山田 太郎');
  await expect(app.getByRole('img', { name: '公印' })).toBeVisible();
});

test('Esc in the addressee list closes the list, not the dialog; the next Esc closes the dialog', async ({
  app,
  desk,
}) => {
  const { trainee } = await arrangeLetters(desk);
  await goTo(app, `/trainees/${trainee.id}`);
  await app.getByTestId('letters-menu').click();
  await app.getByTestId('letter-acceptance').click();
  const dialog = app.getByTestId('issue-letter');
  await dialog.getByTestId('issue-role').click();
  await expect(app.getByRole('listbox')).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('listbox')).toBeHidden();
  // (The modal's root has no box of its own: its fields say whether it is open.)
  await expect(dialog.getByTestId('issue-addressee')).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(dialog.getByTestId('issue-addressee')).toBeHidden();
});
