// A trainee's path through the lifecycle from their page: only the allowed steps are offered, each
// dated and recorded; a refusal from the core is said in words; a withdrawal needs its reason and is
// final. The record's form no longer changes the status, and the cohort page points out lagging ones.
import { expect, test } from '../fixtures';
import { createCohort, field, fillDate, fiscalYearOf, isoFromToday, Lifecycle } from '../pages/cohorts';
import { createTrainee } from '../pages/data';
import { goTo } from '../pages/shell';
import { TraineeForm } from '../pages/traineeForm';

const introStart = isoFromToday(-60);
const fy = fiscalYearOf(introStart);

test('applicant → accepted → introductory training → withdrawn, with dates, a refusal and a reason', async ({
  app,
  desk,
}) => {
  await createCohort(desk, fy, introStart);
  const t = await createTrainee(desk, { fullName: 'Kyaw Zin', country: 'MM', fiscalYear: fy });
  await goTo(app, `/trainees/${t.id}`);
  const life = new Lifecycle(app);
  await expect(life.card().getByTestId('lifecycle-status')).toHaveText('Applicant');
  await expect(life.card().getByRole('link', { name: `FY${fy} cohort` })).toHaveAttribute('href', `#/cohorts/${fy}`);
  await expect(life.history()).toContainText('Registered as Applicant');

  // From "applicant" only the next step and a withdrawal are offered.
  await life.card().getByRole('button', { name: 'Change status' }).click();
  await expect(life.dialog().getByRole('radio')).toHaveCount(2);
  await expect(life.dialog().getByRole('radio', { name: 'Accepted' })).toBeChecked();
  await expect(life.dialog().getByRole('radio', { name: 'Withdrawn' })).toBeVisible();
  await life.dialog().getByRole('button', { name: 'Cancel' }).click();

  const accepted = isoFromToday(-70);
  await life.change('Accepted', { date: accepted, reason: 'Selected by the committee' });
  await expect(app.getByText('Kyaw Zin is now “Accepted”.')).toBeVisible();
  await expect(life.card().getByTestId('lifecycle-status')).toHaveText('Accepted');
  await expect(app.getByTestId('trainee-name').locator('..')).toContainText('Accepted');
  await expect(life.history()).toContainText('Applicant → Accepted');
  await expect(life.history()).toContainText(`Effective ${accepted}`);
  await expect(life.history()).toContainText('Reason: Selected by the committee');

  // A date before the previous step is refused by the core, and the dialog says why.
  await life.change('Introductory training', { date: isoFromToday(-80) });
  await expect(life.dialog()).toContainText(
    `Effective date cannot be before the previous status change (${accepted}).`,
  );
  await fillDate(life.dialog(), 'Effective date', introStart);
  await life.dialog().getByRole('button', { name: 'Change status' }).click();
  await expect(life.dialog()).toHaveCount(0);
  await expect(life.card().getByTestId('lifecycle-status')).toHaveText('Introductory training');
  await expect(app.getByTestId('history')).toContainText('Status changed');

  // A withdrawal without a reason is not sent; with one it is final.
  await life.change('Withdrawn');
  await expect(life.dialog()).toContainText('“Withdrawn” is final');
  await expect(life.dialog()).toContainText('Reason is required for a withdrawal. Please say why the trainee left.');
  await field(life.dialog(), 'Reason').fill('Recalled by the home government');
  await life.dialog().getByRole('button', { name: 'Change status' }).click();
  await expect(life.card().getByTestId('lifecycle-status')).toHaveText('Withdrawn');
  await expect(life.history()).toContainText('Introductory training → Withdrawn');
  await expect(life.history()).toContainText('Reason: Recalled by the home government');
  await expect(life.card().getByRole('button', { name: 'Change status' })).toBeDisabled();
  await expect(life.card()).toContainText('This status is final: there are no further steps.');

  // The record's form shows the status but does not change it.
  await app.getByRole('link', { name: 'Edit' }).click();
  const form = new TraineeForm(app);
  await expect(form.input('Status')).toHaveValue('Withdrawn');
  await expect(form.input('Status')).toHaveAttribute('readonly', '');
  await expect(app.getByText("Changed with “Change status” on the trainee's page")).toBeVisible();
  await form.text('Position', 'Planner');
  await form.submit();
  await expect(app.getByText('The changes to Kyaw Zin were saved.')).toBeVisible();
});

test('someone else changed the trainee meanwhile: the refusal is said and the latest status loaded', async ({
  app,
  desk,
}) => {
  const t = await createTrainee(desk, { fullName: 'Lina Wong', country: 'MY', fiscalYear: fy });
  await goTo(app, `/trainees/${t.id}`);
  const life = new Lifecycle(app);
  await expect(life.card().getByTestId('lifecycle-status')).toHaveText('Applicant');
  await expect(life.card()).toContainText(`There is no cohort for FY${fy} yet.`);
  await life.card().getByRole('button', { name: 'Change status' }).click();
  // A colleague accepts her in the meantime.
  await desk.call('cohorts.trainees.transition', {
    id: t.id,
    version: t.version,
    to: 'accepted',
    date: isoFromToday(-5),
  });
  await life.dialog().getByRole('button', { name: 'Change status' }).click();
  await expect(app.getByTestId('transition-error')).toContainText(
    'Someone else changed this trainee after you opened this window, so nothing was saved.',
  );
  // The dialog now starts from her new status: the next step is the introductory training.
  await expect(life.dialog().getByRole('radio', { name: 'Introductory training' })).toBeChecked();
  await life.dialog().getByRole('button', { name: 'Change status' }).click();
  await expect(life.card().getByTestId('lifecycle-status')).toHaveText('Introductory training');
});

test('the cohort page points out a status the dates say is behind, and records the step', async ({ app, desk }) => {
  await createCohort(desk, fy, introStart);
  const t = await createTrainee(desk, { fullName: 'Mai Tran', country: 'VN', fiscalYear: fy, status: 'accepted' });
  await goTo(app, `/cohorts/${fy}`);
  const hints = app.getByTestId('status-hints');
  await expect(hints).toContainText(
    `The introductory training started on ${introStart}, but this trainee is still “Accepted”:`,
  );
  await hints.getByRole('button', { name: 'Change status of Mai Tran' }).click();
  const dialog = app.getByRole('dialog', { name: 'Change status of Mai Tran' });
  await expect(dialog.getByRole('radio', { name: 'Introductory training' })).toBeChecked();
  await expect(field(dialog, 'Effective date')).toHaveValue(introStart);
  await dialog.getByRole('button', { name: 'Change status' }).click();
  await expect(app.getByText('Mai Tran is now “Introductory training”.')).toBeVisible();
  // The intro has ended too, so the next hint is about the placement.
  await expect(hints).toContainText('but this trainee is still in it:');
  const history = await desk.call<{ to: string; date: string }[]>('cohorts.trainees.history', { id: t.id });
  expect(history.at(-1)).toMatchObject({ to: 'introductory', date: introStart });
});
