// Assigning a trainee with the help of the suggestions, saving over warnings with a reason, changing
// and cancelling: all from the trainee's page, as staff do it.
import { expect, test } from '../fixtures';
import { createTrainee } from '../pages/data';
import { createCohort, createHost, currentFy, PlacementDialog } from '../pages/placements';

const fy = currentFy();

test('assign with a suggestion, change over warnings with a reason, then cancel', async ({ app, desk }) => {
  await createCohort(desk, fy);
  const fits = await createHost(desk, { nameEn: 'Sapporo City', nameJa: '札幌市', prefecture: 1, capacity: 3 });
  await createHost(desk, { nameEn: 'Naha City', nameJa: '那覇市', prefecture: 47, fieldIds: [2] });
  const trainee = await createTrainee(desk, {
    fullName: 'Somchai Jaidee',
    fiscalYear: fy,
    arrivalDate: `${fy}-04-01`,
    departureDate: `${fy + 1}-01-31`,
  });
  const dialog = new PlacementDialog(app);
  await dialog.openForTrainee(trainee.id);
  await expect(dialog.card()).toContainText('No placements yet');
  // The period after the introductory month is offered (start-placement-prefill.spec.ts); this test
  // types its own.
  await expect(dialog.root.getByTestId('placement-start')).toHaveValue(`${fy}-05-01`);

  await dialog.setPeriod(`${fy}-05-01`, `${fy}-11-30`);
  // The host offering the trainee's field ranks first, and says why in words.
  await expect(dialog.suggestions()).toHaveCount(2);
  await expect(dialog.suggestions().first()).toContainText('Sapporo City');
  await expect(dialog.suggestions().first()).toContainText("Offers the trainee's field");
  await expect(dialog.suggestions().first()).toContainText('3 seats of 3 free on every day of the period');
  await expect(dialog.suggestions().nth(1)).toContainText("Does not list the trainee's field");
  await expect(dialog.root).toContainText('7 mo 0 d');

  await dialog.chooseHost('Sapporo City');
  await expect(dialog.ok()).toContainText('No problems found');
  await dialog.root.getByLabel('Supervisor at the host').fill('Tanaka, International Affairs');
  await dialog.save();
  await expect(app.getByRole('alert').filter({ hasText: 'is placed at Sapporo City' })).toBeVisible();
  await expect(dialog.rows()).toHaveCount(1);
  await expect(dialog.rows().first()).toContainText('Sapporo City');
  await expect(dialog.rows().first()).toContainText(`${fy}-05-01 – ${fy}-11-30`);
  await expect(dialog.rows().first()).toContainText('Tanaka, International Affairs');

  // Change: a longer period draws two warnings; saving needs the tick and a reason.
  await dialog
    .rows()
    .first()
    .getByRole('button', { name: /^Change/ })
    .click();
  await expect(dialog.root).toBeVisible();
  await expect(dialog.ok()).toBeVisible();
  await dialog.setPeriod(`${fy}-05-01`, `${fy + 1}-02-28`);
  await expect(dialog.warnings()).toContainText(`ends after the trainee's departure (${fy + 1}-01-31)`);
  await expect(dialog.warnings()).toContainText('should last at most 10 months');
  await dialog.saveButton().click();
  await expect(dialog.root).toContainText('Tick this box to confirm');
  await dialog.root.getByTestId('placement-ack').check();
  await dialog.saveButton().click();
  await expect(dialog.root).toContainText('Write why the placement goes ahead');
  await dialog.root.getByTestId('placement-reason').fill('Host asked to keep the trainee for the snow festival');
  await dialog.save();
  const row = dialog.rows().first();
  await expect(row).toContainText(`${fy}-05-01 – ${fy + 1}-02-28`);
  await expect(row.getByTestId('placement-overrides')).toContainText('Ends after departure');
  await expect(row.getByTestId('placement-overrides')).toContainText('Programme too long');
  await expect(row).toContainText('Reason: Host asked to keep the trainee for the snow festival');

  // Editing only the notes keeps the accepted warnings without asking again.
  await row.getByRole('button', { name: /^Change/ }).click();
  await expect(dialog.warnings()).toContainText('Accepted earlier with the reason');
  await dialog.root.getByLabel('Notes').fill('Housing arranged by the city.');
  await dialog.save();
  await expect(row).toContainText('Reason: Host asked to keep the trainee for the snow festival');

  // Cancel: a reason is required, and the placement stays on the card, greyed, with it.
  await row.getByRole('button', { name: /^Cancel the placement/ }).click();
  const cancel = app.getByTestId('cancel-dialog');
  await cancel.getByTestId('cancel-confirm').click();
  await expect(cancel).toContainText('A reason is required');
  await cancel.getByTestId('cancel-reason').fill('The trainee returned home early');
  await cancel.getByTestId('cancel-confirm').click();
  await expect(cancel).toBeHidden();
  await expect(row).toHaveAttribute('data-cancelled', 'true');
  await expect(row).toContainText('Cancelled: The trainee returned home early');
  await expect(row.getByRole('button')).toHaveCount(0);

  // The cancelled days are free again: the same period can be assigned anew.
  await app.getByTestId('placement-assign').click();
  await dialog.setPeriod(`${fy}-05-01`, `${fy}-11-30`);
  await dialog.chooseHost('Sapporo City');
  await expect(dialog.ok()).toBeVisible();
  await dialog.save();
  await expect(dialog.rows()).toHaveCount(2);
  expect(fits.id).toBeGreaterThan(0);
});
