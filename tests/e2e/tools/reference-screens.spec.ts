// Walks through the reference-data screens in English and Japanese, saving a screenshot of each: the
// Home offer, the import screen checked (dispatch projects with a decision taken, the accepted-trainee
// table), the result, then the statistics' combined section and its print view as PDF and PNG pages.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { createTrainee } from '../pages/data';
import { ReferenceData } from '../pages/referenceData';
import { openPrint, pagesAsPng, printPdf } from '../pages/reports';
import { goTo, switchLanguage } from '../pages/shell';

const OUT = path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screens');
const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage, animations: 'disabled' });

for (const lang of ['en', 'ja'] as const) {
  test(`reference-data screens (${lang})`, async ({ app, desk }) => {
    test.setTimeout(180_000);
    if (lang === 'ja') await switchLanguage(app, '日本語');
    await expect(app.getByTestId('reference-offer')).toBeVisible();
    await shot(app, `${lang}-ref01-home-offer`);

    await app.getByTestId('reference-offer').getByRole('link').click();
    const rd = new ReferenceData(app);
    await expect(app.getByTestId('rd-status')).toBeVisible();
    await shot(app, `${lang}-ref02-import-status`);
    await rd.check();
    await rd.tab('dispatch_projects');
    await rd.row('dispatch_projects', 25).getByRole('radio').first().check();
    await rd.row('dispatch_projects', 22).scrollIntoViewIfNeeded();
    await shot(app, `${lang}-ref03-dispatch-findings`);
    await shot(app, `${lang}-ref04-dispatch-full`, true);
    await rd.tab('accepted_trainees');
    await shot(app, `${lang}-ref05-trainee-table`, true);
    await rd.importAll();
    await app.getByTestId('rd-result').scrollIntoViewIfNeeded();
    await shot(app, `${lang}-ref06-result`);

    for (const [country, fy] of [
      ['TH', 2025],
      ['TH', 2026],
      ['KH', 2026],
      ['VN', 2024],
    ] as const)
      await createTrainee(desk, { country, fiscalYear: fy, status: 'completed' });
    await goTo(app, '/statistics');
    await expect(app.getByTestId('stats-combined-table')).toBeVisible();
    await app.getByTestId('stats-combined-table').scrollIntoViewIfNeeded();
    await expect(app.getByTestId('stats-combined-table').locator('tr[data-country="TH"]')).toBeInViewport();
    await shot(app, `${lang}-ref07-statistics-combined`);
    await shot(app, `${lang}-ref08-statistics-full`, true);

    await openPrint(app, desk, `/print/statistics?lang=${lang}`);
    await shot(app, `${lang}-ref09-print`, true);
    const pdf = await printPdf(app, `reference-statistics-${lang}`, OUT);
    pagesAsPng(pdf.file, OUT, 1, 3);
  });
}
