// The placement screens in English and Japanese: the trainee's Placements card, the assign dialog
// (suggestions, warnings, a refusal) and the cohort timeline with 40 and with 400 trainees.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { seedCohort } from '../pages/cohortData';
import { createTrainee } from '../pages/data';
import { createHost, currentFy, PlacementDialog, placeViaApi, Timeline } from '../pages/placements';
import { goTo, switchLanguage } from '../pages/shell';

const OUT = path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screens');
const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage, animations: 'disabled' });
const fy = currentFy();

for (const lang of ['en', 'ja'] as const) {
  test(`placement screens (${lang})`, async ({ app, desk }) => {
    if (lang === 'ja') await switchLanguage(app, '日本語');
    const sapporo = await createHost(desk, { nameEn: 'Sapporo City', nameJa: '札幌市', prefecture: 1, capacity: 3 });
    const naha = await createHost(desk, { nameEn: 'Naha City', nameJa: '那覇市', prefecture: 47, fieldIds: [2] });
    const kobe = await createHost(desk, { nameEn: 'Kobe City', nameJa: '神戸市', prefecture: 28, capacity: 1 });
    await createHost(desk, { nameEn: 'Okayama Prefecture', nameJa: '岡山県', kind: 'prefecture', prefecture: 33 });
    await seedCohort(desk, fy, 37);
    const somchai = await createTrainee(desk, {
      fullName: 'Somchai Wongsawat',
      nativeName: 'สมชาย ใจดี',
      fiscalYear: fy,
      arrivalDate: `${fy}-04-01`,
      departureDate: `${fy + 1}-01-31`,
    });
    const siti = await createTrainee(desk, { fullName: 'Siti Nurhaliza', country: 'ID', fiscalYear: fy });
    await createTrainee(desk, { fullName: 'Aung Kyaw Moe', country: 'MM', fiscalYear: fy });
    const other = await createTrainee(desk, { fullName: 'Maria Santos', country: 'PH', fiscalYear: fy });
    await placeViaApi(desk, { traineeId: other.id, hostId: kobe.id, start: `${fy}-05-01`, end: `${fy}-12-31` });
    await placeViaApi(desk, { traineeId: somchai.id, hostId: sapporo.id, start: `${fy}-05-01`, end: `${fy}-08-31` });
    await placeViaApi(desk, {
      traineeId: somchai.id,
      hostId: naha.id,
      start: `${fy}-09-01`,
      end: `${fy + 1}-01-31`,
      reason: 'Naha asked for a trainee in tourism; agreed by e-mail on 3 March',
    });
    const cancelled = await placeViaApi(desk, {
      traineeId: somchai.id,
      hostId: kobe.id,
      start: `${fy + 1}-02-01`,
      end: `${fy + 1}-02-20`,
    });
    await desk.call('placements.cancel', {
      id: cancelled.placement.id,
      version: cancelled.placement.version,
      reason: 'Kobe could not host in February',
    });

    const dialog = new PlacementDialog(app);
    await goTo(app, `/trainees/${somchai.id}`);
    await expect(dialog.rows()).toHaveCount(3);
    await shot(app, `${lang}-p01-trainee-placements`);

    await dialog.openForTrainee(siti.id);
    await dialog.setPeriod(`${fy}-05-01`, `${fy}-11-30`);
    await expect(dialog.suggestions().first()).toBeVisible();
    await dialog.suggestions().first().click();
    await expect(dialog.ok()).toBeVisible();
    await shot(app, `${lang}-p02-assign-suggestions`);

    await dialog.setPeriod(`${fy}-04-15`, `${fy}-08-31`);
    await expect(dialog.warnings()).toBeVisible();
    await dialog.accept(
      lang === 'ja' ? '受入団体と調整済み（3月3日メール）' : 'Agreed with the host by e-mail on 3 March',
    );
    await shot(app, `${lang}-p03-assign-warnings`);
    await dialog.close();

    await dialog.openForTrainee(somchai.id);
    await dialog.setPeriod(`${fy}-08-01`, `${fy}-12-31`);
    await dialog.suggestions().first().click();
    await expect(dialog.refusals()).toBeVisible();
    await shot(app, `${lang}-p04-assign-refusal`);
    await dialog.close();

    await goTo(app, `/hosts/${sapporo.id}`);
    await expect(app.getByTestId('host-placements-card').getByTestId('placement-row')).toHaveCount(1);
    await shot(app, `${lang}-p09-host-placements`);

    const timeline = new Timeline(app);
    await timeline.open(fy);
    await expect(timeline.rows()).toHaveCount(41);
    await shot(app, `${lang}-p05-timeline-40`);
    const bar = timeline.row('Somchai Wongsawat').getByTestId('timeline-bar').nth(1);
    await bar.scrollIntoViewIfNeeded();
    await app.waitForTimeout(200);
    await bar.hover();
    await expect(app.getByTestId('timeline-tip')).toContainText('Naha asked');
    await shot(app, `${lang}-p06-timeline-tooltip`);
  });

  test(`timeline with 400 trainees (${lang})`, async ({ app, desk }) => {
    if (lang === 'ja') await switchLanguage(app, '日本語');
    await seedCohort(desk, fy, 400);
    const timeline = new Timeline(app);
    await timeline.open(fy);
    await expect(timeline.rows()).toHaveCount(400);
    await shot(app, `${lang}-p07-timeline-400`);
    await timeline.chart().evaluate((el) => el.scrollBy(0, 6000));
    await shot(app, `${lang}-p08-timeline-400-scrolled`);
  });
}
