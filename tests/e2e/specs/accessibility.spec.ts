// An axe scan of every screen, in both languages: no serious or critical violation.
import { expect, test } from '../fixtures';
import { scan } from '../pages/axe';
import { createTrainee } from '../pages/data';
import { goTo, switchLanguage } from '../pages/shell';
import { TraineeList } from '../pages/traineeList';

for (const lang of ['English', '日本語'] as const) {
  test(`every screen passes axe (${lang})`, async ({ app, desk }) => {
    test.setTimeout(120_000);
    if (lang === '日本語') await switchLanguage(app, '日本語');
    await expect(app.getByTestId('first-run')).toBeVisible();
    await scan(app, 'home (first run)');

    await desk.call('demo.load', { trainees: 60 });
    const t = await createTrainee(desk, {
      fullName: 'Somchai Jaidee',
      nativeName: 'สมชาย ใจดี',
      katakanaName: 'ソムチャイ・ジャイディー',
      passportNumber: 'AA1234567',
      arrivalDate: '2026-04-10',
      departureDate: '2027-01-20',
      passportExpiry: '2026-12-01',
    });
    await app.reload();
    await expect(app.getByTestId('demo-banner')).toBeVisible();
    await expect(app.getByTestId('status-counts')).not.toContainText('…');
    await scan(app, 'home (dashboard)');

    const list = new TraineeList(app);
    await list.open();
    await list.settled();
    await expect(list.rows()).toHaveCount(50);
    await scan(app, 'trainee list');

    await goTo(app, `/trainees/${t.id}`);
    await expect(app.getByTestId('trainee-name')).toHaveText('Somchai Jaidee');
    await expect(app.getByTestId('history')).not.toBeEmpty();
    await scan(app, 'trainee detail');

    await goTo(app, '/trainees/new');
    await app.locator('form button[type="submit"]').click();
    await expect(app.getByTestId('form-errors')).toBeVisible();
    await scan(app, 'trainee form with errors');

    await goTo(app, `/trainees/${t.id}/edit`);
    await expect(app.locator('#field-fullName')).toHaveValue('Somchai Jaidee');
    await scan(app, 'trainee form (edit)');

    await goTo(app, '/settings');
    await expect(app.getByTestId('countries-table')).toContainText('Timor-Leste');
    await scan(app, 'settings');
  });
}
