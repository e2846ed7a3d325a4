// Walks through the statistics screens in English and Japanese, saving a screenshot of each, then
// prints the print view to PDF (page.pdf, as the PDF tests do) for a look at the pages.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { createTrainee } from '../pages/data';
import { goTo, switchLanguage } from '../pages/shell';

const OUT = path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screens');
const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage, animations: 'disabled' });

const COUNTRIES = ['TH', 'ID', 'PH', 'VN', 'MM', 'MY', 'LA', 'KH'];

for (const lang of ['en', 'ja'] as const) {
  test(`statistics screens (${lang})`, async ({ app, desk }) => {
    test.setTimeout(180_000);
    // The demo's five intakes, and a few older ones so the table is as wide as a real history.
    await desk.call('demo.load', { trainees: 300 });
    for (let fy = 2008; fy <= 2020; fy++) {
      await createTrainee(desk, { fiscalYear: fy, status: 'completed', country: COUNTRIES[fy % COUNTRIES.length] });
    }
    if (lang === 'ja') await switchLanguage(app, '日本語');
    await goTo(app, '/statistics');
    await expect(app.getByTestId('stats-country-year')).toBeVisible();
    await expect(app.getByTestId('stats-chart-country-year').locator('svg').first()).toBeVisible();
    await shot(app, `${lang}-s01-statistics`);
    await shot(app, `${lang}-s02-statistics-full`, true);

    await app
      .getByTestId('stats-chart-view')
      .getByText(lang === 'en' ? 'Per country' : '国別')
      .click();
    await shot(app, `${lang}-s03-chart-per-country`, true);

    await app.getByTestId('stats-tab-byField').click();
    await expect(app.getByTestId('stats-chart-by-field').locator('svg').first()).toBeVisible();
    await shot(app, `${lang}-s04-by-field`, true);

    await app.getByTestId('stats-tab-byHost').click();
    await expect(app.getByTestId('stats-by-host')).toBeVisible();
    await shot(app, `${lang}-s05-by-host`);

    await app.getByTestId('stats-tab-countryYear').click();
    await app.getByTestId('stats-export').click();
    await expect(app.getByRole('menu')).toBeVisible();
    await shot(app, `${lang}-s06-export-menu`);
    await app.keyboard.press('Escape');

    // A narrower range, then the print view with the same range.
    await app.getByTestId('stats-from').click();
    await app.getByRole('option').first().click();
    await app.getByTestId('stats-print').click();
    await expect(app.locator('html')).toHaveAttribute('data-print-ready', 'true');
    await shot(app, `${lang}-s07-print-all-years`, true);
    await app.pdf({ path: path.join(OUT, `statistics-${lang}-all-years.pdf`), format: 'A4', preferCSSPageSize: true });

    await goTo(app, `/print/statistics?from=2021&lang=${lang}`);
    await expect(app.getByTestId('print-total')).toBeVisible();
    await expect(app.locator('html')).toHaveAttribute('data-print-ready', 'true');
    await shot(app, `${lang}-s08-print-recent`, true);
    await app.pdf({ path: path.join(OUT, `statistics-${lang}-recent.pdf`), format: 'A4', preferCSSPageSize: true });

    // The Export menus this work added to the trainee list and the cohort page.
    await goTo(app, '/trainees');
    await expect(app.getByTestId('trainee-list')).toHaveAttribute('aria-busy', 'false');
    await app.getByTestId('trainees-export').click();
    await expect(app.getByRole('menu')).toBeVisible();
    await shot(app, `${lang}-s09-trainee-list-export`);
    await app.keyboard.press('Escape');
    await goTo(app, '/cohorts');
    await app.getByRole('main').getByRole('link').first().click();
    await expect(app.getByTestId('cohort-export')).toBeVisible();
    await shot(app, `${lang}-s10-cohort-export`);
  });
}
