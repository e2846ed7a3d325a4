// Assigning from the host's side: the host is fixed, the trainee is searched for; then the screens
// of this feature pass an axe scan in both languages.
import { expect, test } from '../fixtures';
import { scan } from '../pages/axe';
import { seedCohort } from '../pages/cohortData';
import { createTrainee } from '../pages/data';
import { createCohort, createHost, currentFy, PlacementDialog, Timeline } from '../pages/placements';
import { goTo, switchLanguage } from '../pages/shell';

const fy = currentFy();

test('assign a trainee from the host page', async ({ app, desk }) => {
  await createCohort(desk, fy);
  const host = await createHost(desk, { nameEn: 'Kanazawa City', nameJa: '金沢市', prefecture: 17 });
  await createTrainee(desk, {
    fullName: 'Bounmy Phommachanh',
    nativeName: 'ບຸນມີ ພົມມະຈັນ',
    country: 'LA',
    fiscalYear: fy,
  });
  await goTo(app, `/hosts/${host.id}`);
  const card = app.getByTestId('host-placements-card');
  await expect(card).toContainText('No trainees placed here yet.');
  await card.getByTestId('placement-assign').click();
  const dialog = new PlacementDialog(app);
  await expect(dialog.root).toContainText('Kanazawa City');
  await expect(dialog.suggestions()).toHaveCount(0);

  // The trainee picker searches in any script.
  const picker = dialog.root.getByTestId('trainee-picker');
  await picker.fill('ບຸນມີ');
  await app.getByRole('option', { name: /Bounmy Phommachanh/ }).click();
  await dialog.setPeriod(`${fy}-05-01`, `${fy}-11-30`);
  await expect(dialog.ok()).toBeVisible();
  await dialog.save();
  const row = card.getByTestId('placement-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Bounmy Phommachanh');
  await expect(row).toContainText(`${fy}-05-01 – ${fy}-11-30`);
  await row.getByRole('link', { name: 'Bounmy Phommachanh' }).click();
  await expect(app.getByTestId('placements-card')).toContainText('Kanazawa City');
});

for (const lang of ['English', '日本語'] as const) {
  test(`placement screens pass axe (${lang})`, async ({ app, desk }) => {
    test.setTimeout(120_000);
    if (lang === '日本語') await switchLanguage(app, '日本語');
    const { trainees, hosts } = await seedCohort(desk, fy, 40);
    const someone = trainees[3];
    if (!someone) throw new Error('seeded cohort too small');
    const dialog = new PlacementDialog(app);
    await goTo(app, `/trainees/${someone.id}`);
    await expect(dialog.rows()).toHaveCount(2);
    await scan(app, 'trainee placements card');

    await dialog.rows().first().getByRole('button').first().click();
    await expect(dialog.suggestions().first()).toBeVisible();
    await dialog.setPeriod(`${fy}-04-20`, `${fy}-06-30`);
    await expect(dialog.warnings()).toBeVisible();
    await dialog.root.getByTestId('placement-ack').check();
    await scan(app, 'change dialog with warnings');
    await dialog.setPeriod(`${fy}-04-20`, `${fy}-10-31`);
    await expect(dialog.refusals()).toBeVisible();
    await scan(app, 'change dialog with a refusal');
    await dialog.close();

    await dialog.rows().first().getByRole('button').nth(1).click();
    await expect(app.getByTestId('cancel-dialog')).toBeVisible();
    await scan(app, 'cancel dialog');
    await app.keyboard.press('Escape');

    await goTo(app, `/hosts/${hosts[1]?.id}`);
    await expect(app.getByTestId('host-placements-card').getByTestId('placement-row').first()).toBeVisible();
    await scan(app, 'host placements card');

    const timeline = new Timeline(app);
    await timeline.open(fy);
    await expect(timeline.rows()).toHaveCount(40);
    await scan(app, 'timeline');
  });
}
