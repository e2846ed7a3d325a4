import { expect, test } from '../fixtures';
import { createTrainee } from '../pages/data';
import { createCohort, createHost, currentFy, PlacementDialog, placeViaApi } from '../pages/placements';
import { goTo } from '../pages/shell';
import {
  expectAskedThenDiscard,
  expectAskedThenKept,
  expectClosesSilently,
  expectEveryWayOutAsks,
  openAt,
  viaEscape,
  waitForDraft,
} from '../pages/unsaved';

const fy = currentFy();

async function arrange(desk: Parameters<typeof createCohort>[0]) {
  await createCohort(desk, fy);
  const host = await createHost(desk, { nameEn: 'Sapporo City', nameJa: '札幌市', prefecture: 1, capacity: 1 });
  const trainee = await createTrainee(desk, {
    fullName: 'Somchai Jaidee',
    fiscalYear: fy,
    arrivalDate: `${fy}-04-01`,
    departureDate: `${fy + 1}-01-31`,
  });
  return { host, trainee };
}

test('the placement dialog asks before typed work is closed away, and closes silently when clean', async ({
  app,
  desk,
}) => {
  const { trainee } = await arrange(desk);
  const dialog = new PlacementDialog(app);
  const modal = app.getByRole('dialog', { name: 'Assign Somchai Jaidee to a host institution' });
  await expectClosesSilently(app, async () => {
    await dialog.openForTrainee(trainee.id);
    return modal;
  });

  await dialog.openForTrainee(trainee.id);
  const supervisor = dialog.root.getByLabel('Supervisor at the host');
  await supervisor.fill('Tanaka, International Affairs');
  await expectEveryWayOutAsks(app, modal, supervisor, 'Tanaka, International Affairs');
  await expectAskedThenKept(
    app,
    () => modal.getByRole('button', { name: 'Cancel', exact: true }).click(),
    supervisor,
    'Tanaka, International Affairs',
  );
  await expectAskedThenDiscard(app, viaEscape(app));
  await expect(modal).toBeHidden();
});

test('a placement typed when the app is killed is offered back; Ctrl+S saves it', async ({ app, desk }) => {
  const { trainee } = await arrange(desk);
  const dialog = new PlacementDialog(app);
  await dialog.openForTrainee(trainee.id);
  await dialog.setPeriod(`${fy}-05-01`, `${fy}-11-30`);
  await dialog.root.getByLabel('Supervisor at the host').fill('Sato, Planning Division');
  const draft = { form: 'placement', key: `${trainee.id}:new` };
  await waitForDraft(app, (c, i) => desk.call(c, i), draft.form, draft.key, { supervisor: 'Sato, Planning Division' });
  await desk.crashAndRestart();

  await openAt(app, await desk.launchUrl(), `/trainees/${trainee.id}`);
  await expect(app.getByTestId('placements-card')).toBeVisible();
  await app.getByTestId('placement-assign').click();
  const offer = dialog.root.getByTestId('draft-offer');
  await expect(offer).toContainText('Restore your unsaved changes from');
  await offer.getByRole('button', { name: 'Restore my changes' }).click();
  await expect(dialog.root.getByLabel('Supervisor at the host')).toHaveValue('Sato, Planning Division');
  await expect(dialog.root.getByTestId('placement-start')).toHaveValue(`${fy}-05-01`);
  await dialog.chooseHost('Sapporo City');
  await expect(dialog.ok()).toBeVisible();
  await app.keyboard.press('Control+s');
  await expect(dialog.root).toBeHidden();
  await expect(dialog.rows().first()).toContainText('Sato, Planning Division');
  // The discard goes out after the save's answer: wait for it rather than race it.
  await expect.poll(() => desk.call('drafts.get', draft)).toBeNull();
});

test('Enter in the searchable selects chooses and never saves', async ({ app, desk }) => {
  test.setTimeout(120_000);
  const { host, trainee } = await arrange(desk);
  // The prefecture filter of the suggestions, from the trainee's page.
  const dialog = new PlacementDialog(app);
  await dialog.openForTrainee(trainee.id);
  await dialog.setPeriod(`${fy}-05-01`, `${fy}-11-30`);
  const prefecture = dialog.root.getByLabel('Preferred prefecture').and(app.locator('input:not([type=hidden])'));
  await prefecture.fill('Hokk');
  await prefecture.press('Enter');
  await expect(prefecture).toHaveValue('Hokkaido');
  await expect(dialog.root).toBeVisible();
  await expect(dialog.rows()).toHaveCount(0);
  await dialog.close();

  // The trainee picker, from the host's page.
  await goTo(app, `/hosts/${host.id}`);
  const card = app.getByTestId('host-placements-card');
  await card.getByTestId('placement-assign').click();
  const picker = dialog.root.getByTestId('trainee-picker');
  await picker.fill('Somch');
  await expect(app.getByRole('option', { name: /Somchai Jaidee/ })).toBeVisible();
  await picker.press('Enter');
  await expect(picker).toHaveValue(new RegExp(`Somchai Jaidee \\(${trainee.ref}\\)`));
  await expect(dialog.root).toBeVisible();
  await dialog.setPeriod(`${fy}-05-01`, `${fy}-11-30`);
  await expect(dialog.ok()).toBeVisible();
  await app.keyboard.press('Control+s');
  await expect(dialog.root).toBeHidden();
  await expect(card.getByTestId('placement-row')).toHaveCount(1);
});

test('warnings found only at saving are accepted with a reason in the warnings dialog', async ({ app, desk }) => {
  const { host, trainee } = await arrange(desk);
  const dialog = new PlacementDialog(app);
  await dialog.openForTrainee(trainee.id);
  await dialog.setPeriod(`${fy}-05-01`, `${fy}-11-30`);
  await dialog.chooseHost('Sapporo City');
  await expect(dialog.ok()).toBeVisible();
  // A colleague fills the host's one place meanwhile.
  const other = await createTrainee(desk, { fullName: 'Budi Santoso', fiscalYear: fy });
  await placeViaApi(desk, { traineeId: other.id, hostId: host.id, start: `${fy}-05-01`, end: `${fy}-11-30` });
  await dialog.saveButton().click();
  const warnings = app.getByRole('dialog', { name: 'Please check before saving' });
  await expect(warnings).toContainText('Over capacity');
  await warnings.getByRole('button', { name: 'Save anyway' }).click();
  await expect(warnings).toContainText('Please say why');
  await warnings.getByTestId('warning-reason').fill('The city agreed to take a second trainee');
  await warnings.getByRole('button', { name: 'Save anyway' }).click();
  await expect(dialog.root).toBeHidden();
  const row = dialog.rows().first();
  await expect(row.getByTestId('placement-overrides')).toContainText('Over capacity');
  await expect(row).toContainText('Reason: The city agreed to take a second trainee');
});

test('the cancel dialog asks before the reason typed is lost', async ({ app, desk }) => {
  const { host, trainee } = await arrange(desk);
  await placeViaApi(desk, { traineeId: trainee.id, hostId: host.id, start: `${fy}-05-01`, end: `${fy}-11-30` });
  await goTo(app, `/trainees/${trainee.id}`);
  const dialog = new PlacementDialog(app);
  const open = async () => {
    await dialog
      .rows()
      .first()
      .getByRole('button', { name: /^Cancel the placement/ })
      .click();
    const modal = app.getByRole('dialog', { name: /Cancel the placement at Sapporo City/ });
    await expect(modal).toBeVisible();
    return modal;
  };
  await expectClosesSilently(app, open);
  const modal = await open();
  const reason = modal.getByTestId('cancel-reason');
  await reason.fill('The trainee returned home early');
  await expectEveryWayOutAsks(app, modal, reason, 'The trainee returned home early');
  await app.keyboard.press('Control+s');
  await expect(modal).toBeHidden();
  await expect(dialog.rows().first()).toContainText('Cancelled: The trainee returned home early');
});
