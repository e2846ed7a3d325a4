// Every warning and every refusal of a placement, as the dialog shows it while the person edits:
// warnings in amber (saved only with the tick and a reason), refusals in red (Save stays disabled).
import { expect, test } from '../fixtures';
import { createTrainee } from '../pages/data';
import { createCohort, createHost, currentFy, PlacementDialog, placeViaApi, setHostActive } from '../pages/placements';

const fy = currentFy();

test('each warning is shown in words, and saving over them records the reason', async ({ app, desk }) => {
  await createCohort(desk, fy);
  await createHost(desk, { nameEn: 'Sapporo City', nameJa: '札幌市', prefecture: 1, capacity: 3 });
  await createHost(desk, { nameEn: 'Naha City', nameJa: '那覇市', prefecture: 47, fieldIds: [2] });
  const kobe = await createHost(desk, { nameEn: 'Kobe City', nameJa: '神戸市', prefecture: 28, capacity: 1 });
  const other = await createTrainee(desk, { fiscalYear: fy });
  await placeViaApi(desk, { traineeId: other.id, hostId: kobe.id, start: `${fy}-05-01`, end: `${fy}-12-31` });
  const trainee = await createTrainee(desk, {
    fullName: 'Nguyen Thi Lan',
    fiscalYear: fy,
    arrivalDate: `${fy}-04-01`,
    departureDate: `${fy + 1}-01-15`,
  });
  const dialog = new PlacementDialog(app);
  await dialog.openForTrainee(trainee.id);

  // Capacity exceeded (定員超過): the full host is still offered, last, and says it is full.
  await dialog.setPeriod(`${fy}-05-01`, `${fy}-10-31`);
  await expect(dialog.suggestions().last()).toContainText('Kobe City');
  await expect(dialog.suggestions().last()).toContainText(
    'Full: 1 trainee for a capacity of 1 on some day of the period',
  );
  await dialog.chooseHost('Kobe City');
  await expect(dialog.warnings()).toContainText(
    `Over capacity: the host would hold 2 trainees on ${fy}-05-01, more than its capacity of 1.`,
  );

  // Field not offered.
  await dialog.chooseHost('Naha City');
  await expect(dialog.warnings()).toContainText(
    "Naha City does not list the trainee's field (General administration).",
  );
  await expect(dialog.warnings()).not.toContainText('Over capacity');

  // Starts during the introductory month (its last day counts as during).
  await dialog.chooseHost('Sapporo City');
  await expect(dialog.ok()).toBeVisible();
  await dialog.setPeriod(`${fy}-04-30`, `${fy}-10-31`);
  await expect(dialog.warnings()).toContainText(
    `The placement starts before the introductory training ends (${fy}-04-30).`,
  );

  // Ends after departure.
  await dialog.setPeriod(`${fy}-05-01`, `${fy + 1}-01-20`);
  await expect(dialog.warnings()).toContainText(`The placement ends after the trainee's departure (${fy + 1}-01-15).`);
  await expect(dialog.warnings()).not.toContainText('programme');

  // Programme too short (1 April to 29 September is one day short of 6 months) and too long.
  await dialog.setPeriod(`${fy}-05-01`, `${fy}-09-29`);
  await expect(dialog.warnings()).toContainText(
    `The programme would last only 5 months 29 days (${fy}-04-01 to ${fy}-09-29); it should last at least 6 months.`,
  );
  await dialog.setPeriod(`${fy}-05-01`, `${fy}-09-30`);
  await expect(dialog.ok()).toBeVisible();
  await dialog.setPeriod(`${fy}-05-01`, `${fy + 1}-02-01`);
  await expect(dialog.warnings()).toContainText(
    `The programme would last 10 months 1 day (${fy}-04-01 to ${fy + 1}-02-01); it should last at most 10 months.`,
  );
  await expect(dialog.warnings()).toContainText('ends after the trainee');

  // Saving takes the tick and a reason; both warnings and the reason are on the card afterwards.
  await dialog.accept('Extension agreed with Sapporo and the trainee’s home office');
  await dialog.save();
  const row = dialog.rows().first();
  await expect(row.getByTestId('placement-overrides')).toContainText('Ends after departure');
  await expect(row.getByTestId('placement-overrides')).toContainText('Programme too long');
  await expect(row).toContainText('Reason: Extension agreed with Sapporo and the trainee’s home office');
});

test('each refusal blocks saving and says what to do', async ({ app, desk }) => {
  await createCohort(desk, fy);
  const sapporo = await createHost(desk, { nameEn: 'Sapporo City', nameJa: '札幌市', prefecture: 1, capacity: 3 });
  await createHost(desk, { nameEn: 'Sendai City', nameJa: '仙台市', prefecture: 4, capacity: 3 });
  const trainee = await createTrainee(desk, { fullName: 'Aung Kyaw', fiscalYear: fy, country: 'MM' });
  const dialog = new PlacementDialog(app);

  // End before start: the host stays chosen, the period is refused.
  await dialog.openForTrainee(trainee.id);
  await dialog.setPeriod(`${fy}-05-01`, `${fy}-10-31`);
  await dialog.chooseHost('Sendai City');
  await expect(dialog.ok()).toBeVisible();
  await dialog.setPeriod(`${fy}-05-01`, `${fy}-04-30`);
  await expect(dialog.refusals()).toContainText(
    `The last day (${fy}-04-30) is before the first day (${fy}-05-01). Correct one of the two dates.`,
  );
  await expect(dialog.root).toContainText('The last day is before the first day: suggestions need a valid period.');
  // Said on the last day's field too, where the correction is made.
  await expect(dialog.root.getByTestId('placement-end')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.root.getByTestId('placement-end')).toHaveAccessibleDescription(/is before the first day/);
  await expect(dialog.saveButton()).toBeDisabled();
  await dialog.close();

  // Overlapping placements: sharing even the last day is an overlap.
  await placeViaApi(desk, { traineeId: trainee.id, hostId: sapporo.id, start: `${fy}-05-01`, end: `${fy}-08-31` });
  await dialog.openForTrainee(trainee.id);
  await dialog.setPeriod(`${fy}-08-31`, `${fy}-12-31`);
  await dialog.chooseHost('Sendai City');
  await expect(dialog.refusals()).toContainText(
    `The trainee is already placed at Sapporo City from ${fy}-05-01 to ${fy}-08-31.`,
  );
  await expect(dialog.saveButton()).toBeDisabled();
  await dialog.setPeriod(`${fy}-09-01`, `${fy}-12-31`);
  await expect(dialog.refusals()).toBeHidden();
  await expect(dialog.saveButton()).toBeEnabled();
  await dialog.close();

  // An inactive host: it is no longer suggested, and changing a placement there is refused.
  await setHostActive(desk, sapporo.id, false);
  await app.reload();
  await dialog
    .rows()
    .first()
    .getByRole('button', { name: /^Change/ })
    .click();
  await expect(dialog.refusals()).toContainText(
    'Sapporo City is marked inactive and cannot take trainees. Choose another host, or make this one active again',
  );
  await expect(dialog.suggestions().filter({ hasText: 'Sapporo City' })).toHaveCount(0);
  await expect(dialog.saveButton()).toBeDisabled();
  await dialog.chooseHost('Sendai City');
  await expect(dialog.refusals()).toBeHidden();
  await dialog.close();

  // A withdrawn trainee cannot be placed at all.
  const withdrawn = await createTrainee(desk, { fullName: 'Rizal Hidayat', fiscalYear: fy, status: 'withdrawn' });
  await dialog.openForTrainee(withdrawn.id);
  await dialog.setPeriod(`${fy}-05-01`, `${fy}-10-31`);
  await dialog.chooseHost('Sendai City');
  await expect(dialog.refusals()).toContainText(
    "The trainee's status is “Withdrawn”, so no placement can be added. If that is a mistake, change the trainee's status first.",
  );
  await expect(dialog.saveButton()).toBeDisabled();
});
