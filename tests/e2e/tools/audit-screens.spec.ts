// Walks through the history screens in English and Japanese and saves a screenshot of each.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { arrangeHistory, HistoryScreen } from '../pages/audit';
import { goTo, switchLanguage } from '../pages/shell';

const OUT = path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screens');
const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage, animations: 'disabled' });

for (const lang of ['en', 'ja'] as const) {
  test(`history screens (${lang})`, async ({ app, desk, browser }) => {
    test.setTimeout(120_000);
    const { trainee, host } = await arrangeHistory(desk);
    // A longer edit: several fields, a long note, a passport number, a contact.
    const record = await desk.call<Record<string, unknown>>('trainees.get', { id: trainee.id });
    const { id, ref, version, createdAt, updatedAt, hasPhoto, archived, isDemo, ...data } = record;
    await desk.call('trainees.restore', { id });
    await desk.call('trainees.update', {
      id,
      version: (version as number) + 1,
      data: {
        ...data,
        position: 'Senior planner',
        passportNumber: 'TA9876543',
        notes: `${'Prefers mornings; '.repeat(12)}asks for Japanese lessons twice a week.`,
        katakanaName: 'シティ・ラフマワティ',
      },
      confirm: true,
    });
    if (lang === 'ja') await switchLanguage(app, '日本語');

    await goTo(app, '/history');
    const screen = new HistoryScreen(app);
    await screen.settled();
    await shot(app, `${lang}-h01-history`);
    await screen.expand(screen.rows().first());
    await shot(app, `${lang}-h02-history-changes`, true);

    await goTo(app, `/history?entity=trainee&entityId=${trainee.id}`);
    await screen.settled();
    await shot(app, `${lang}-h03-history-one-record`);

    await goTo(app, `/hosts/${host.id}`);
    const history = app.getByTestId('history');
    await expect(history.getByTestId('history-entry').first()).toBeVisible();
    await history.getByTestId('history-entry').first().getByRole('button').click();
    await history.scrollIntoViewIfNeeded();
    await shot(app, `${lang}-h04-host-history`, true);

    await goTo(app, `/trainees/${trainee.id}`);
    await app.getByTestId('history').getByTestId('history-entry').first().getByRole('button').click();
    await shot(app, `${lang}-h05-trainee-history`, true);

    // The staff-name question, as a new start on a database without a name.
    await desk.call('settings.update', { staffName: null });
    const context = await browser.newContext({
      locale: lang === 'ja' ? 'ja-JP' : 'en-GB',
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(await desk.launchUrl('/'));
    await expect(page.getByRole('dialog')).toBeVisible();
    await shot(page, `${lang}-h06-staff-name`);
    await page.getByRole('dialog').getByRole('button').last().click();
    await expect(page.getByRole('dialog')).toContainText(
      lang === 'ja' ? 'お名前を入力してください' : 'Your name is required',
    );
    await shot(page, `${lang}-h07-staff-name-required`);
    await context.close();
  });
}
