// Axe scans of every Specialist Dispatch screen, its dialogs and its print view, in English and
// Japanese: no serious or critical violation.
import { expect, test } from '../fixtures';
import { scan } from '../pages/axe';
import { arrangeDispatch } from '../pages/dispatch';
import { goTo, switchLanguage } from '../pages/shell';

for (const lang of ['en', 'ja'] as const) {
  test(`dispatch screens pass axe (${lang})`, async ({ app, desk }) => {
    test.setTimeout(360_000); // a dozen axe scans; slower on a shared machine
    const { approved } = await arrangeDispatch(desk);
    if (lang === 'ja') await switchLanguage(app, '日本語');

    await goTo(app, '/dispatch');
    await expect(app.getByTestId('request-row').first()).toBeVisible();
    await scan(app, `requests (${lang})`);

    await goTo(app, '/dispatch/requests/new');
    await expect(app.getByTestId('window-note')).toBeVisible();
    await app.getByTestId('request-save').click();
    await expect(app.getByTestId('form-errors')).toBeVisible();
    await scan(app, `request form with problems (${lang})`);

    await goTo(app, `/dispatch/requests/${approved.id}`);
    await expect(app.getByTestId('match-row').first()).toBeVisible();
    await scan(app, `request page (${lang})`);
    await app.getByTestId('move-cancelled').click();
    await expect(app.getByRole('dialog')).toBeVisible();
    await scan(app, `cancel dialog (${lang})`);
    await app.keyboard.press('Escape');
    await expect(app.getByRole('dialog')).toBeHidden();

    await goTo(app, '/dispatch/intake/2027');
    await expect(app.getByTestId('intake-by-month').locator('svg').first()).toBeVisible();
    await scan(app, `intake (${lang})`);

    await goTo(app, '/dispatch/specialists');
    await expect(app.getByTestId('specialist-row').first()).toBeVisible();
    await scan(app, `specialists (${lang})`);
    await app.getByTestId('specialist-row').first().locator('a').click();
    await expect(app.getByTestId('specialist-name')).toBeVisible();
    await scan(app, `specialist page (${lang})`);
    await goTo(app, '/dispatch/specialists/new');
    await app.getByRole('button', { name: lang === 'en' ? 'Add a period' : '期間を追加' }).click();
    await expect(app.getByTestId('availability-row')).toBeVisible();
    await scan(app, `specialist form (${lang})`);
    // The added (empty) period is typed work: removed, the form is clean and leaves without asking.
    await app
      .getByTestId('availability-row')
      .getByRole('button', { name: /Remove period|期間1を削除/ })
      .click();

    await goTo(app, '/dispatch/counterparts');
    await expect(app.getByTestId('counterpart-row').first()).toBeVisible();
    await scan(app, `counterparts (${lang})`);
    await app.getByTestId('counterpart-row').first().getByRole('button').click();
    await expect(app.getByRole('dialog')).toBeVisible();
    await scan(app, `counterpart dialog (${lang})`);
    await app.keyboard.press('Escape');

    await goTo(app, '/dispatch/history');
    await expect(app.getByTestId('history-by-country')).toBeVisible();
    await scan(app, `history (${lang})`);

    await goTo(app, '/settings');
    await expect(app.getByTestId('expertise-row').first()).toBeVisible();
    await scan(app, `settings with fields of expertise (${lang})`);

    await goTo(app, `/print/dispatch-history?lang=${lang}`);
    await expect(app.locator('html')).toHaveAttribute('data-print-ready', 'true');
    await scan(app, `history print view (${lang})`);
  });
}
