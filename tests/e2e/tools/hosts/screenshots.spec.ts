// Every host screen in English and Japanese at 1280×800, for people to look at (not a test):
//   npm run e2e:screens -- --project=hosts
// PNGs land in test-results/screens/ (hosts-<lang>-NN-name.png).
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../../fixtures';
import { createTrainee } from '../../pages/data';
import { badRowsCsv, CSV_MIME } from '../../pages/hostFiles';
import { createHost, importFile, isoFromToday, placeTrainee } from '../../pages/hosts';
import { goTo, switchLanguage } from '../../pages/shell';

const OUT = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'test-results', 'screens');
const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage, animations: 'disabled' });

for (const lang of ['en', 'ja'] as const) {
  test(`host screens (${lang})`, async ({ app, desk }) => {
    test.setTimeout(120_000);
    await desk.call('demo.load', { trainees: 60 });
    const host = await createHost(desk, {
      nameEn: 'Aoba City',
      nameJa: '青葉市',
      kind: 'city',
      prefecture: 4,
      address: '1-1 Kokubuncho, Aoba, Miyagi',
      capacity: 2,
      fieldIds: [1, 2],
      contacts: [
        {
          name: 'Sato Hanako',
          department: 'International Affairs Division',
          title: 'Manager',
          email: 'sato@aoba.example.jp',
          phone: '022-000-0000 (ext. 123)',
        },
        { name: '鈴木 一郎', department: '国際交流課', email: 'suzuki@aoba.example.jp' },
      ],
      notes: 'Prefers trainees from April.\nHas a dormitory.',
    });
    const names = ['Somchai Jaidee', 'Sokha Chan', 'Bounmy Phommachanh', 'Nguyễn Thị Lan'];
    const trainees = [];
    for (const fullName of names) trainees.push(await createTrainee(desk, { fullName, status: 'accepted' }));
    const [a, b, c, d] = trainees.map((t) => t.id) as [number, number, number, number];
    await placeTrainee(desk, a, host.id, isoFromToday(-200), isoFromToday(60));
    await placeTrainee(desk, b, host.id, isoFromToday(-120), isoFromToday(20));
    await placeTrainee(desk, c, host.id, isoFromToday(-60), isoFromToday(-10));
    await placeTrainee(desk, d, host.id, isoFromToday(40), isoFromToday(230));
    await app.reload();
    if (lang === 'ja') await switchLanguage(app, '日本語');

    await goTo(app, '/hosts');
    await expect(app.getByTestId('host-row').first()).toBeVisible();
    await shot(app, `hosts-${lang}-01-directory`);
    await app.getByTestId('host-search').fill(lang === 'ja' ? '青葉' : 'aoba');
    await expect(app.getByTestId('host-row')).not.toHaveCount(0);
    await shot(app, `hosts-${lang}-02-directory-search`);
    await app.getByTestId('host-export').click();
    await expect(app.getByRole('menu')).toBeVisible();
    await shot(app, `hosts-${lang}-03-export-menu`);
    await app.keyboard.press('Escape');

    await goTo(app, `/hosts/${host.id}`);
    await expect(app.getByTestId('capacity-chart')).toBeVisible();
    await shot(app, `hosts-${lang}-04-host-page`);
    await shot(app, `hosts-${lang}-05-host-page-full`, true);

    await goTo(app, '/hosts/new');
    await app.locator('form button[type="submit"]').click();
    await expect(app.getByTestId('form-errors')).toBeVisible();
    await shot(app, `hosts-${lang}-06-form-errors`);
    await shot(app, `hosts-${lang}-07-form-errors-full`, true);

    await goTo(app, `/hosts/${host.id}/edit`);
    await expect(app.locator('#host-nameEn')).toHaveValue('Aoba City');
    await shot(app, `hosts-${lang}-08-form-edit-full`, true);

    await goTo(app, '/hosts/import');
    await expect(app.getByTestId('import-choose')).toBeVisible();
    await shot(app, `hosts-${lang}-09-import-choose`);
    await importFile(app, {
      name: 'hosts.csv',
      mimeType: CSV_MIME,
      buffer: badRowsCsv({ nameEn: 'Aoba City', nameJa: '青葉市', prefecture: 'Miyagi' }),
    });
    await shot(app, `hosts-${lang}-10-import-preview`);
    await shot(app, `hosts-${lang}-11-import-preview-full`, true);
    await app.getByTestId('import-confirm').click();
    await expect(app.getByTestId('import-result')).toBeVisible();
    await shot(app, `hosts-${lang}-12-import-result`);
  });
}
