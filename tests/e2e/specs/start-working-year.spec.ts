// New records default to the fiscal year being worked on: right after next year's cohort is created,
// the trainee form starts from that year, not the current one.
import { expect, test } from '../fixtures';
import { CohortsList, field, fillDate } from '../pages/cohorts';
import { createTrainee } from '../pages/data';
import { currentFy } from '../pages/placements';
import { goTo } from '../pages/shell';

const fy = currentFy();

test('the trainee form defaults to the upcoming year once its cohort is created', async ({ app, desk }) => {
  // One trainee of this year, so Home shows its dashboard rather than the first-run welcome.
  await createTrainee(desk, { fullName: 'Current Year Trainee', fiscalYear: fy });
  // The number input's accessible name carries its description too, so it is found by its id.
  const fiscalYear = app.locator('#field-fiscalYear');
  await goTo(app, '/trainees/new');
  // The form waits for the working year; on a busy machine the first open can be slow.
  await expect(app.getByRole('heading', { name: 'Register a trainee' })).toBeVisible({ timeout: 30_000 });
  await expect(fiscalYear).toHaveValue(String(fy));

  const list = new CohortsList(app);
  await list.open();
  await app.getByRole('button', { name: 'New cohort' }).click();
  const dialog = app.getByRole('dialog', { name: 'New cohort' });
  await field(dialog, 'Fiscal year').fill(String(fy + 1));
  await fillDate(dialog, 'Introductory training starts', `${fy + 1}-04-01`);
  await dialog.getByRole('button', { name: 'Create cohort' }).click();
  await expect(app.getByText(`The FY${fy + 1} cohort was created.`)).toBeVisible();

  await goTo(app, '/trainees/new');
  await expect(app.getByRole('heading', { name: 'Register a trainee' })).toBeVisible();
  await expect(fiscalYear).toHaveValue(String(fy + 1));
  // Home shows the cohort being prepared beside the current year.
  await goTo(app, '/');
  await expect(app.getByTestId('cohort-upcoming')).toContainText(`Introductory month: ${fy + 1}-04-01`);
});
