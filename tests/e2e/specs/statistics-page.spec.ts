// The statistics page counts what was registered (accepted trainees, a withdrawal only after
// acceptance, archived records left out), narrows to a range of years, exports, and opens the
// print view with the same range; axe finds nothing serious on it in either language.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { type Desk, expect, test } from '../fixtures';
import { scan } from '../pages/axe';
import { createTrainee } from '../pages/data';
import { createHost, placeViaApi } from '../pages/placements';
import { goTo, switchLanguage } from '../pages/shell';

/** Seven trainees; five are counted: TH 2025 ×2, TH 2026, KH 2026, and ID 2026 (withdrawn after acceptance). */
async function arrange(desk: Desk) {
  await createTrainee(desk, { country: 'TH', fiscalYear: 2025, status: 'completed' });
  await createTrainee(desk, { country: 'TH', fiscalYear: 2025, status: 'accepted', fieldId: 2 });
  const placed = await createTrainee(desk, { country: 'TH', fiscalYear: 2026, status: 'on_placement' });
  await createTrainee(desk, { country: 'KH', fiscalYear: 2026, status: 'accepted' });
  await createTrainee(desk, { country: 'VN', fiscalYear: 2026, status: 'applicant' });
  const withdrew = await createTrainee(desk, { country: 'ID', fiscalYear: 2026, status: 'accepted' });
  await desk.call('cohorts.trainees.transition', {
    id: withdrew.id,
    version: withdrew.version,
    to: 'withdrawn',
    date: '2026-05-01',
    reason: 'Family reasons',
  });
  const archived = await createTrainee(desk, { country: 'MM', fiscalYear: 2026, status: 'accepted' });
  await desk.call('trainees.archive', { id: archived.id });
  const host = await createHost(desk, { nameEn: 'Aoba City', nameJa: '青葉市', prefecture: 4 });
  await placeViaApi(desk, { traineeId: placed.id, hostId: host.id, start: '2026-05-11', end: '2026-12-31' });
}

const rowCells = (page: Page, code: string) =>
  page.getByTestId('stats-country-year').locator(`tr[data-country="${code}"] > *`).allInnerTexts();

async function download(page: Page, menu: string, item: string) {
  await page.getByTestId(menu).click();
  const started = page.waitForEvent('download');
  await page.getByTestId(item).click();
  const file = await started;
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

test('the statistics count accepted trainees by country and year, by field and by host', async ({ app, desk }) => {
  await arrange(desk);
  await goTo(app, '/statistics');
  await expect(app.getByTestId('stats-total')).toHaveText('5 accepted trainees');
  await expect(app.getByTestId('stats-country-year').locator('thead th')).toHaveText([
    'Country',
    'FY2025',
    'FY2026',
    'Total',
  ]);
  expect(await rowCells(app, 'KH')).toEqual(['Cambodia', '0', '1', '1']);
  expect(await rowCells(app, 'ID')).toEqual(['Indonesia', '0', '1', '1']);
  expect(await rowCells(app, 'TH')).toEqual(['Thailand', '2', '1', '3']);
  expect(await rowCells(app, 'total')).toEqual(['Total', '2', '3', '5']);
  // Not counted: the applicant (VN), the archived record (MM).
  await expect(app.getByTestId('stats-country-year').locator('tbody tr')).toHaveCount(3);
  await expect(app.getByTestId('stats-chart-country-year')).toHaveAttribute('aria-label', /Bar chart/);

  // A range of years: kept in the URL, every table follows.
  await app.getByTestId('stats-from').click();
  await app.getByRole('option', { name: 'FY2026' }).click();
  await expect(app).toHaveURL(/from=2026/);
  await expect(app.getByTestId('stats-total')).toHaveText('3 accepted trainees');
  expect(await rowCells(app, 'total')).toEqual(['Total', '3', '3']);

  await app.getByTestId('stats-tab-byField').click();
  await expect(app.getByTestId('stats-by-field').locator('tbody tr')).toHaveText([/General administration\s*3/]);
  await app.getByTestId('stats-tab-byHost').click();
  await expect(app.getByTestId('stats-by-host').locator('tbody tr')).toHaveText([/Aoba City\s*Miyagi\s*1/]);

  // Export: Excel holds every table; CSV the one shown (by host), in Japanese.
  const xlsx = await download(app, 'stats-export', 'export-xlsx-en');
  expect(xlsx.name).toMatch(/^statistics-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  expect(book.worksheets.map((s) => s.name)).toEqual(['By country and year', 'By field', 'By host']);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('The workbook has no sheet.');
  expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Country', 'FY2026', 'Total']);
  expect((sheet.getRow(5).values as unknown[]).slice(1)).toEqual(['Total', 3, 3]);
  const csv = await download(app, 'stats-export', 'export-csv-ja');
  expect(csv.name).toMatch(/^statistics-host-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(
    csv.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n'),
  ).toEqual(['名称（英語）,名称（日本語）,都道府県,研修員数', 'Aoba City,青葉市,宮城県,1']);

  // Print: the same range, in the print view, ready for PDF.
  await app.getByTestId('stats-print').click();
  await expect(app).toHaveURL(/#\/print\/statistics\?from=2026&lang=en/);
  await expect(app.locator('html')).toHaveAttribute('data-print-ready', 'true');
  await expect(app.getByTestId('print-total')).toHaveText('3 accepted trainees');
  await expect(app.getByTestId('print-country-year').locator('tfoot')).toHaveText(/Total\s*3\s*3/);
  await expect(app.getByTestId('print-chart-country-year').locator('svg')).toBeVisible();
});

test('nothing counted yet: the page says so', async ({ app }) => {
  await goTo(app, '/statistics');
  await expect(app.getByTestId('stats-total')).toHaveText('0 accepted trainees');
  await expect(app.getByTestId('stats-empty')).toBeVisible();
});

for (const lang of ['English', '日本語'] as const) {
  test(`the statistics page and its print view pass axe (${lang})`, async ({ app, desk }) => {
    test.setTimeout(120_000);
    await arrange(desk);
    if (lang === '日本語') await switchLanguage(app, '日本語');
    await goTo(app, '/statistics');
    await expect(app.getByTestId('stats-country-year')).toBeVisible();
    await expect(app.getByTestId('stats-chart-country-year').locator('svg').first()).toBeVisible();
    await scan(app, 'statistics (by country and year)');
    await app.getByTestId('stats-tab-byField').click();
    await expect(app.getByTestId('stats-chart-by-field').locator('svg').first()).toBeVisible();
    await scan(app, 'statistics (by field)');
    await app.getByTestId('stats-tab-byHost').click();
    await expect(app.getByTestId('stats-by-host')).toBeVisible();
    await scan(app, 'statistics (by host)');
    await app.getByTestId('stats-export').click();
    await expect(app.getByRole('menu')).toBeVisible();
    await scan(app, 'statistics (export menu)');
    await app.keyboard.press('Escape');
    await app.getByTestId('stats-print').click();
    await expect(app.locator('html')).toHaveAttribute('data-print-ready', 'true');
    await scan(app, 'statistics print view');
  });
}
