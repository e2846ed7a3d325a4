// Walks through every screen in English and Japanese and saves a screenshot of each.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { createTrainee } from '../pages/data';
import { goTo, switchLanguage } from '../pages/shell';
import { TraineeList } from '../pages/traineeList';

const OUT = path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screens');
const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage, animations: 'disabled' });

for (const lang of ['en', 'ja'] as const) {
  test(`screens (${lang})`, async ({ app, desk }) => {
    test.setTimeout(120_000);
    if (lang === 'ja') await switchLanguage(app, '日本語');
    await expect(app.getByTestId('first-run')).toBeVisible();
    await shot(app, `${lang}-01-home-first-run`);

    await desk.call('demo.load', { trainees: 120 });
    const t = await createTrainee(desk, {
      fullName: 'Somchai Jaidee',
      familyName: 'Jaidee',
      givenName: 'Somchai',
      nativeName: 'สมชาย ใจดี',
      katakanaName: 'ソムチャイ・ジャイディー',
      homeGovernment: 'Chiang Mai Provincial Administrative Organization',
      department: 'Tourism Promotion Division',
      position: 'Senior Officer',
      passportNumber: 'AA1234567',
      passportExpiry: '2026-12-01',
      arrivalDate: '2026-04-10',
      departureDate: '2027-01-20',
      status: 'introductory',
      email: 'somchai@example.org',
      notes: 'Vegetarian meals.\nPrefers morning sessions.',
    });
    await createTrainee(desk, {
      fullName: 'Sokha Chan',
      nativeName: 'ចាន់ សុខា',
      country: 'KH',
      katakanaName: 'チャン・ソカー',
    });
    await createTrainee(desk, { fullName: 'Bounmy Phommachanh', nativeName: 'ບຸນມີ ພົມມະຈັນ', country: 'LA' });
    await app.reload();
    await expect(app.getByTestId('status-counts')).not.toContainText('…');
    await shot(app, `${lang}-02-home-dashboard`);

    const list = new TraineeList(app);
    await list.open();
    await list.settled();
    await shot(app, `${lang}-03-list`);
    await list.searchFor('FY2026');
    await shot(app, `${lang}-04-list-search`);
    await list.sortBy(lang === 'ja' ? '氏名' : 'Name');
    await list.searchFor('chan');
    await shot(app, `${lang}-04b-list-scripts`);
    await list.searchFor('nobody-at-all');
    await shot(app, `${lang}-05-list-empty`);

    await goTo(app, `/trainees/${t.id}`);
    await expect(app.getByTestId('trainee-name')).toBeVisible();
    await expect(app.getByTestId('history')).not.toBeEmpty();
    await shot(app, `${lang}-06-detail`);
    await shot(app, `${lang}-07-detail-full`, true);

    await goTo(app, '/trainees/new');
    await app.locator('form button[type="submit"]').click();
    await expect(app.getByTestId('form-errors')).toBeVisible();
    await shot(app, `${lang}-08-form-errors`);
    await shot(app, `${lang}-09-form-errors-full`, true);

    await goTo(app, `/trainees/${t.id}/edit`);
    await expect(app.locator('#field-fullName')).toHaveValue('Somchai Jaidee');
    await shot(app, `${lang}-10-form-edit`);
    await app.locator('form button[type="submit"]').click();
    await expect(app.getByRole('dialog')).toBeVisible();
    await shot(app, `${lang}-11-form-warning`);

    await goTo(app, '/settings');
    await expect(app.getByTestId('countries-table')).toContainText('Timor-Leste');
    await shot(app, `${lang}-12-settings`);
    await shot(app, `${lang}-13-settings-full`, true);
  });
}
