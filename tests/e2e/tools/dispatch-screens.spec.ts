// Walks through the Specialist Dispatch screens in English and Japanese with CLAIR's reference data
// imported and a few requests at every step, saving a screenshot of each and a PDF of the history.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { arrangeDispatch } from '../pages/dispatch';
import { goTo, switchLanguage } from '../pages/shell';

const OUT = path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screens');
const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: path.join(OUT, `dispatch-${name}.png`), fullPage, animations: 'disabled' });

for (const lang of ['en', 'ja'] as const) {
  test(`dispatch screens (${lang})`, async ({ app, desk }) => {
    test.setTimeout(240_000);
    const { approved } = await arrangeDispatch(desk);
    if (lang === 'ja') await switchLanguage(app, '日本語');

    await goTo(app, '/dispatch');
    await expect(app.getByTestId('request-row').first()).toBeVisible();
    await shot(app, `${lang}-01-requests`);

    await goTo(app, '/dispatch/requests/new');
    await app.getByRole('textbox', { name: lang === 'en' ? /^Date received/ : /^受付日/ }).fill('2026-05-12');
    await expect(app.getByTestId('window-note')).toBeVisible();
    await shot(app, `${lang}-02-request-form`);

    await goTo(app, `/dispatch/requests/${approved.id}`);
    await expect(app.getByTestId('match-row').first()).toBeVisible();
    await shot(app, `${lang}-03-request-approved`);
    await app.getByTestId('match-row').first().getByRole('checkbox').check();
    await app.getByTestId('match-selected').click();
    await expect(app.getByRole('dialog')).toBeVisible();
    await shot(app, `${lang}-04-move-match`, false);
    await app.keyboard.press('Escape');

    await goTo(app, '/dispatch/intake/2027');
    await expect(app.getByTestId('intake-by-month').locator('svg').first()).toBeVisible();
    await shot(app, `${lang}-05-intake`);

    await goTo(app, '/dispatch/specialists');
    await expect(app.getByTestId('specialist-row').first()).toBeVisible();
    await shot(app, `${lang}-06-specialists`);
    await app.getByTestId('specialist-row').first().locator('a').click();
    await expect(app.getByTestId('specialist-name')).toBeVisible();
    await shot(app, `${lang}-07-specialist`);
    await goTo(app, '/dispatch/specialists/new');
    await expect(app.getByTestId('specialist-save')).toBeVisible();
    await shot(app, `${lang}-08-specialist-form`);

    await goTo(app, '/dispatch/counterparts');
    await expect(app.getByTestId('counterpart-row').first()).toBeVisible();
    await shot(app, `${lang}-09-counterparts`);

    await goTo(app, '/dispatch/history');
    await expect(app.getByTestId('history-by-country')).toBeVisible();
    await shot(app, `${lang}-10-history`);

    await goTo(app, '/settings');
    await expect(app.getByTestId('expertise-table')).toBeVisible();
    await app.getByTestId('expertise-table').scrollIntoViewIfNeeded();
    await shot(app, `${lang}-11-settings-expertise`);

    await goTo(app, `/print/dispatch-history?lang=${lang}`);
    await expect(app.locator('html')).toHaveAttribute('data-print-ready', 'true');
    await shot(app, `${lang}-12-print`);
    await app.pdf({ path: path.join(OUT, `dispatch-history-${lang}.pdf`), format: 'A4', preferCSSPageSize: true });
  });
}
