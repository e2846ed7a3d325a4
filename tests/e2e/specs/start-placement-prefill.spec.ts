// The placement dialog starts from the period after the introductory month: up to the trainee's
// departure, else the programme's end; the dates stay editable and a hint says where they came from.
import { expect, test } from '../fixtures';
import { createTrainee } from '../pages/data';
import { createCohort, createHost, currentFy, PlacementDialog } from '../pages/placements';

const fy = currentFy();

test('a new placement is offered the period after the intro month, up to the departure', async ({ app, desk }) => {
  // Intro 1–30 April; the programme, ten months from 1 April, ends 31 January.
  await createCohort(desk, fy);
  await createHost(desk, { nameEn: 'Sapporo City', nameJa: '札幌市', prefecture: 1, capacity: 3 });
  const trainee = await createTrainee(desk, {
    fullName: 'Somchai Jaidee',
    fiscalYear: fy,
    arrivalDate: `${fy}-04-01`,
    departureDate: `${fy}-12-20`,
  });
  const dialog = new PlacementDialog(app);
  await dialog.openForTrainee(trainee.id);
  await expect(dialog.root.getByTestId('placement-start')).toHaveValue(`${fy}-05-01`);
  await expect(dialog.root.getByTestId('placement-end')).toHaveValue(`${fy}-12-20`);
  const hint = dialog.root.getByTestId('placement-prefill');
  await expect(hint).toContainText(`the day after the introductory month (which ends ${fy}-04-30)`);
  await expect(hint).toContainText(`the trainee's departure (${fy}-12-20)`);
  // The offer is checked and suggested on at once, like dates typed by hand.
  await expect(dialog.suggestions().first()).toContainText('Sapporo City');

  // Still editable: a date changed by hand is kept, and the hint no longer claims it.
  await dialog.setPeriod(`${fy}-06-01`, `${fy}-11-30`);
  await expect(hint).toHaveCount(0);
  await dialog.chooseHost('Sapporo City');
  await expect(dialog.ok()).toContainText('No problems found');
  await dialog.save();
  await expect(dialog.rows().first()).toContainText(`${fy}-06-01 – ${fy}-11-30`);
});

test('without a departure the offer runs to the programme end; a move starts after the last placement', async ({
  app,
  desk,
}) => {
  await createCohort(desk, fy);
  const host = await createHost(desk, { nameEn: 'Naha City', nameJa: '那覇市', prefecture: 47, capacity: 3 });
  const trainee = await createTrainee(desk, { fullName: 'Budi Santoso', fiscalYear: fy, arrivalDate: `${fy}-04-01` });
  const dialog = new PlacementDialog(app);
  await dialog.openForTrainee(trainee.id);
  await expect(dialog.root.getByTestId('placement-start')).toHaveValue(`${fy}-05-01`);
  await expect(dialog.root.getByTestId('placement-end')).toHaveValue(`${fy + 1}-01-31`);
  await expect(dialog.root.getByTestId('placement-prefill')).toContainText(
    `the end of the programme (${fy + 1}-01-31)`,
  );
  await app.keyboard.press('Escape');
  await expect(dialog.root).toHaveCount(0);

  await desk.call('placements.create', {
    traineeId: trainee.id,
    hostId: host.id,
    start: `${fy}-05-01`,
    end: `${fy}-09-30`,
    confirm: true,
    reason: 'Arranged for the test',
  });
  // Saved elsewhere (over the API): the dialog reads the trainee's placements afresh when it opens.
  await app.getByTestId('placement-assign').click();
  await expect(dialog.root.getByTestId('placement-start')).toHaveValue(`${fy}-10-01`);
  await expect(dialog.root.getByTestId('placement-prefill')).toContainText(
    `the day after the last placement (which ends ${fy}-09-30)`,
  );
});

test('a trainee whose year has no cohort gets no guessed dates, and is told why', async ({ app, desk }) => {
  const trainee = await createTrainee(desk, { fullName: 'Chau Minh', fiscalYear: fy + 2 });
  const dialog = new PlacementDialog(app);
  await dialog.openForTrainee(trainee.id);
  await expect(dialog.root.getByTestId('placement-prefill-none')).toContainText(`FY${fy + 2} has no cohort yet`);
  await expect(dialog.root.getByTestId('placement-start')).toHaveValue('');
  await expect(dialog.root.getByTestId('placement-end')).toHaveValue('');
});
