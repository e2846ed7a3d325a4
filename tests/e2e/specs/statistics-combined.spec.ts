// The statistics page's combined table: CLAIR's printed figures (Thailand 1996–2010: 45) told apart
// from the app's, "?" where a figure whose year was lost may belong, the printed total of 233 against
// rows adding up to 234; the same in the print view's PDF. Before an import it says so, with a link.
import { type Desk, expect, test } from '../fixtures';
import { scan } from '../pages/axe';
import { createTrainee } from '../pages/data';
import { importReferenceViaApi } from '../pages/referenceData';
import { openPrint, printPdf } from '../pages/reports';
import { goTo, switchLanguage } from '../pages/shell';

async function arrange(desk: Desk) {
  await importReferenceViaApi(desk);
  await createTrainee(desk, { country: 'TH', fiscalYear: 2025, status: 'completed' });
  await createTrainee(desk, { country: 'TH', fiscalYear: 2026, status: 'accepted' });
  await createTrainee(desk, { country: 'KH', fiscalYear: 2026, status: 'accepted' });
}

test('the printed figures and the app figures side by side, with what is uncertain and contradicted', async ({
  app,
  desk,
}) => {
  await arrange(desk);
  await goTo(app, '/statistics');
  const table = app.getByTestId('stats-combined-table');
  await expect(table.locator('thead th')).toContainText([
    'Country',
    '1996–2010',
    'FY2011',
    'FY2017',
    'FY2025',
    'FY2026',
    'Total',
  ]);
  const thailand = table.locator('tr[data-country="TH"]');
  const cell = (row: typeof thailand, i: number) => row.locator('td').nth(i);
  // 1996–2010: printed, 45; FY2025: the app's, 1.
  await expect(cell(thailand, 0).locator('.cb-reference')).toHaveText(/^45/);
  await expect(cell(thailand, 0).locator('.cb-app')).toHaveCount(0);
  const headings = await table.locator('thead th').allInnerTexts();
  const fy2025 = headings.indexOf('FY2025') - 1;
  await expect(cell(thailand, fy2025).locator('.cb-app')).toHaveText(/^1/);
  await expect(cell(thailand, fy2025).locator('.cb-reference')).toHaveCount(0);
  // Thailand's two figures between 45 and 47 lost their years: "?" in the years they could be in.
  await expect(thailand.locator('.cb-uncertain').first()).toBeVisible();
  await expect(app.getByTestId('stats-combined-legend')).toContainText('printed in CLAIR');
  await expect(app.getByTestId('stats-combined-unplaced')).toContainText('Thailand: 1 (2011–2016), 1 (2012–2017)');
  // The contradictions: Cambodia's row, and 234 against 233.
  await expect(table.locator('tr[data-country="KH"]')).toHaveAttribute('data-flagged', 'true');
  await expect(app.getByTestId('stats-combined-grand')).toContainText('233');
  await expect(app.getByTestId('stats-combined-grand')).toContainText('(its rows add up to 234)');
  await expect(app.getByTestId('stats-combined-contradictions')).toContainText(
    'The 8 row totals add up to 234, but the printed grand total is 233.',
  );

  // The print view: the same figures, in the PDF's text.
  await app.getByTestId('stats-print').click();
  await expect(app.locator('html')).toHaveAttribute('data-print-ready', 'true');
  await expect(app.getByTestId('print-combined')).toBeVisible();
  const pdf = await printPdf(app, 'statistics-combined');
  const text = pdf.pages.map((p) => p.text).join('\n');
  expect(text).toContain("CLAIR's records and this app");
  expect(text).toMatch(/Thailand\s+45\s*C/);
  expect(text).toContain('(its rows add up to 234)');
  expect(text).toContain('The 8 row totals add up to 234, but the printed grand total is 233.');
  expect(text).toContain('1996–2010');
  expect(text).toContain('?');
});

test('before the reference data is imported, the section says so and links to the import', async ({ app, desk }) => {
  await createTrainee(desk, { country: 'TH', fiscalYear: 2026, status: 'accepted' });
  await goTo(app, '/statistics');
  const notice = app.getByTestId('stats-combined-not-imported');
  await expect(notice).toContainText("CLAIR's printed table of accepted trainees has not been imported");
  // The app's own figures are in the country × year table above; the section does not repeat them.
  await expect(app.getByTestId('stats-combined-table')).toHaveCount(0);
  await notice.getByRole('link', { name: "Load CLAIR's reference data" }).click();
  await expect(app.getByTestId('rd-status')).toBeVisible();
});

for (const lang of ['English', '日本語'] as const) {
  test(`the combined section and its print view pass axe (${lang})`, async ({ app, desk }) => {
    test.setTimeout(120_000);
    await arrange(desk);
    if (lang === '日本語') await switchLanguage(app, '日本語');
    await goTo(app, '/statistics');
    await expect(app.getByTestId('stats-combined-table')).toBeVisible();
    await app.getByTestId('stats-combined').scrollIntoViewIfNeeded();
    await scan(app, 'statistics (combined table)');
    await openPrint(app, desk, `/print/statistics?lang=${lang === 'English' ? 'en' : 'ja'}`);
    await expect(app.getByTestId('print-combined')).toBeVisible();
    await scan(app, 'statistics print view (combined table)');
  });
}
