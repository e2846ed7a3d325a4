// The print preview from the app: "Print report" on a trainee, cohort and host page opens it; the
// toolbar switches the labels' language and shows or masks the sensitive numbers (kept in the URL);
// Back returns; browser mode prints with the browser (no Save as PDF button); axe finds nothing
// serious in either language.

import { expect, test } from '../fixtures';
import { scan } from '../pages/axe';
import { createTrainee } from '../pages/data';
import { openPrint } from '../pages/reports';
import { goTo, switchLanguage } from '../pages/shell';

test('from the trainee page: open, switch language, show numbers, go back', async ({ app, desk }) => {
  const trainee = await createTrainee(desk, {
    fullName: 'Nguyễn Thị Lan',
    nativeName: 'Nguyễn Thị Lan',
    katakanaName: 'グエン・ティ・ラン',
    country: 'VN',
    passportNumber: 'C7654321',
  });
  await goTo(app, `/trainees/${trainee.id}`);
  await app.getByTestId('print-report').click();
  await expect(app).toHaveURL(new RegExp(`#/print/trainee/${trainee.id}\\?lang=en$`));
  await expect(app.locator('html[data-print-ready="true"]')).toBeAttached();
  const doc = app.getByTestId('print-doc');
  await expect(doc.getByRole('heading', { level: 1 })).toHaveText('Trainee progress report');
  await expect(doc.getByTestId('print-name')).toHaveText('Nguyễn Thị Lan');
  await expect(app.getByTestId('print-passport')).toHaveText('•••••321');
  // Browser mode: the browser's own print; Save as PDF is the desktop app's.
  await expect(app.getByTestId('print-print')).toBeVisible();
  await expect(app.getByTestId('print-save-pdf')).toHaveCount(0);

  await app.getByTestId('print-language').getByText('日本語').click();
  await expect(doc.getByRole('heading', { level: 1 })).toHaveText('研修員 研修経過報告書');
  await expect(doc).toHaveAttribute('lang', 'ja');
  await expect(app).toHaveURL(/lang=ja/);
  // The toolbar stays in the UI's language.
  await expect(app.getByTestId('print-back')).toHaveText('Back');

  await app.getByRole('switch', { name: 'Show passport and residence card numbers' }).click();
  await expect(app.getByTestId('print-passport')).toHaveText('C7654321');
  await expect(app).toHaveURL(/sensitive=1/);
  await expect(app.locator('html[data-print-ready="true"]')).toBeAttached();
  await app.getByRole('switch', { name: 'Show passport and residence card numbers' }).click();
  await expect(app.getByTestId('print-passport')).toHaveText('•••••321');

  await app.getByTestId('print-back').click();
  await expect(app.getByTestId('trainee-name')).toHaveText('Nguyễn Thị Lan');
});

test('Print… calls the browser’s print', async ({ app, desk }) => {
  const trainee = await createTrainee(desk);
  await openPrint(app, desk, `/print/trainee/${trainee.id}`);
  await app.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await app.getByTestId('print-print').click();
  expect(await app.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('cohort and host pages open their reports', async ({ app, desk }) => {
  const trainee = await createTrainee(desk, { fiscalYear: 2025 });
  await desk.call('cohorts.create', { fiscalYear: 2025, introStart: '2025-04-01' });
  const host = await desk.call<{ host: { id: number } }>('hosts.create', {
    data: { nameEn: 'Kitakyushu City', nameJa: '北九州市', kind: 'city', prefecture: 40, capacity: 2, fieldIds: [1] },
  });
  await desk.call('placements.create', {
    traineeId: trainee.id,
    hostId: host.host.id,
    start: '2025-06-01',
    end: '2025-09-30',
    confirm: true,
    reason: 'test',
  });
  await goTo(app, '/cohorts/2025');
  await app.getByTestId('print-report').click();
  await expect(app).toHaveURL(/#\/print\/cohort\/2025/);
  await expect(app.getByTestId('print-summary')).toContainText(trainee.fullName);
  await expect(app.getByTestId('print-trainee-section')).toHaveCount(1);
  await goTo(app, `/hosts/${host.host.id}`);
  await app.getByTestId('print-report').click();
  await expect(app).toHaveURL(new RegExp(`#/print/host/${host.host.id}`));
  await expect(app.getByTestId('print-summary')).toContainText(trainee.fullName);
});

test('an unknown trainee says so instead of printing', async ({ app, desk }) => {
  await goTo(app, '/print/trainee/999');
  await expect(app.getByRole('alert')).toContainText('The report could not be loaded');
  await expect(app.locator('html[data-print-ready="true"]')).toHaveCount(0);
  void desk;
});

for (const ui of ['en', 'ja'] as const) {
  test(`accessibility of the print preview (UI ${ui}, report in both languages)`, async ({ app, desk }) => {
    const trainee = await createTrainee(desk, { passportNumber: 'C7654321' });
    if (ui === 'ja') await switchLanguage(app, '日本語');
    for (const lang of ['en', 'ja'] as const) {
      await goTo(app, `/print/trainee/${trainee.id}?lang=${lang}`);
      await expect(app.locator('html[data-print-ready="true"]')).toBeAttached();
      await expect(app.getByTestId('print-doc')).toHaveAttribute('lang', lang);
      await scan(app, `print preview (UI ${ui}, report ${lang})`);
    }
  });
}
