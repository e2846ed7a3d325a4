// An axe scan of every host screen, in both languages: directory, export menu, host page, form (with
// errors, with contacts, the duplicate dialog), import (choose, preview with a row opened, result).

import { expect, test } from '../fixtures';
import { scan } from '../pages/axe';
import { createTrainee } from '../pages/data';
import { badRowsCsv, CSV_MIME } from '../pages/hostFiles';
import { createHost, HostList, importFile, isoFromToday, placeTrainee } from '../pages/hosts';
import { goTo, switchLanguage } from '../pages/shell';

for (const lang of ['English', '日本語'] as const) {
  test(`every host screen passes axe (${lang})`, async ({ app, desk }) => {
    test.setTimeout(120_000);
    await desk.call('demo.load', { trainees: 20 });
    const host = await createHost(desk, {
      nameEn: 'Aoba City',
      nameJa: '青葉市',
      kind: 'city',
      prefecture: 4,
      capacity: 1,
      fieldIds: [1],
      contacts: [{ name: 'Sato Hanako', department: 'International Affairs', email: 'sato@aoba.example.jp' }],
    });
    const a = await createTrainee(desk, { fullName: 'Somchai Jaidee' });
    const b = await createTrainee(desk, { fullName: 'Sokha Chan', country: 'KH' });
    await placeTrainee(desk, a.id, host.id, isoFromToday(-20), isoFromToday(40));
    await placeTrainee(desk, b.id, host.id, isoFromToday(-10), isoFromToday(10));
    if (lang === '日本語') await switchLanguage(app, '日本語');

    const list = new HostList(app);
    await list.open();
    await expect(list.rows().first()).toBeVisible();
    await scan(app, 'host directory');
    await app.getByTestId('host-export').click();
    await expect(app.getByRole('menu')).toBeVisible();
    await scan(app, 'export menu');
    await app.keyboard.press('Escape');

    await goTo(app, `/hosts/${host.id}`);
    await expect(app.getByTestId('capacity-chart')).toBeVisible();
    await scan(app, 'host page');
    await app.getByRole('button', { name: lang === 'English' ? 'Deactivate' : '無効にする' }).click();
    await expect(app.getByRole('dialog')).toBeVisible();
    await scan(app, 'deactivate confirmation');
    await app.keyboard.press('Escape');
    await expect(app.getByRole('dialog')).toBeHidden();

    await goTo(app, '/hosts/new');
    await app.locator('form button[type="submit"]').click();
    await expect(app.getByTestId('form-errors')).toBeVisible();
    await scan(app, 'host form with errors');

    await goTo(app, `/hosts/${host.id}/edit`);
    await expect(app.locator('#host-nameEn')).toHaveValue('Aoba City');
    await expect(app.getByTestId('host-contact')).toHaveCount(1);
    await scan(app, 'host form (edit)');

    // A second host of the same name asks first.
    await goTo(app, '/hosts/new');
    // The edit form above holds the same field: wait for the new, empty one before typing.
    await expect(app.locator('#host-nameEn')).toHaveValue('');
    await app.locator('#host-nameEn').fill('Aoba City');
    await app.locator('#host-nameJa').fill('青葉市');
    await app.locator('#host-kind').click();
    await app.getByRole('option').first().click();
    await app.locator('#host-prefecture').fill('宮城');
    await app.getByRole('option').first().click();
    await app.locator('form button[type="submit"]').click();
    await expect(app.getByTestId('save-warnings')).toBeVisible();
    await scan(app, 'duplicate warning');
    await app.keyboard.press('Escape');

    await goTo(app, '/hosts/import');
    await expect(app.getByTestId('import-limits')).toBeVisible();
    await scan(app, 'import: choose a file');
    await importFile(app, {
      name: 'hosts.csv',
      mimeType: CSV_MIME,
      buffer: badRowsCsv({ nameEn: 'Aoba City', nameJa: '青葉市', prefecture: 'Miyagi' }),
    });
    await app.locator('[data-testid="import-row"][data-line="6"] button[aria-expanded]').click();
    await expect(app.locator('.imp-cells')).toBeVisible();
    await scan(app, 'import preview');
    await app.getByTestId('import-confirm').click();
    await expect(app.getByTestId('import-result')).toBeVisible();
    await scan(app, 'import result');
  });
}
