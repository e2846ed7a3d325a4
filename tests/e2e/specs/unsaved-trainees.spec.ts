// Nothing typed into the trainee form is lost or silently changed: leaving asks, a crash keeps a
// draft, dates are read as people type them (or kept with a message), Enter in a select chooses,
// Ctrl+S saves, and someone else's save is shown beside the person's own edits.
import { expect, test } from '../fixtures';
import { createTrainee, traineeData } from '../pages/data';
import { goTo } from '../pages/shell';
import { SOMCHAI, TraineeForm } from '../pages/traineeForm';
import {
  expectAskedThenDiscard,
  expectAskedThenKept,
  expectLeftSilently,
  openAt,
  viaBack,
  viaNavigation,
  waitForDraft,
} from '../pages/unsaved';

/** By the links a person clicks (the browser's Back then steps through the app's own history). */
async function openNewForm(page: import('@playwright/test').Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Trainees', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Trainees', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'New trainee' }).click();
  await expect(page.getByRole('heading', { name: 'Register a trainee' })).toBeVisible();
  return new TraineeForm(page);
}

test('leaving a typed form asks, by the side navigation and by Back; "Keep editing" keeps the text', async ({
  app,
}) => {
  const form = await openNewForm(app);
  await form.text('Name as in passport', 'Budi Santoso');
  const name = form.input('Name as in passport');
  await expectAskedThenKept(app, viaNavigation(app, 'Cohorts'), name, 'Budi Santoso');
  await expectAskedThenKept(app, viaBack(app), name, 'Budi Santoso');
  await expectAskedThenDiscard(app, viaNavigation(app, 'Hosts'));
  await expect(app.getByRole('heading', { name: 'Host institutions' })).toBeVisible();
});

test('a form with nothing typed leaves without a question', async ({ app }) => {
  await openNewForm(app);
  await expectLeftSilently(app, viaNavigation(app, 'Cohorts'), () => expect(app).toHaveURL(/#\/cohorts$/));
  // Typed, then put back as it was: nothing to lose, nothing asked.
  const form = await openNewForm(app);
  await form.text('Name as in passport', 'x');
  await form.text('Name as in passport', '');
  await expectLeftSilently(app, viaBack(app), () => expect(app).toHaveURL(/#\/trainees$/));
});

test('a draft survives the app being killed mid-typing and is offered back', async ({ app, desk }) => {
  const form = await openNewForm(app);
  await form.text('Name as in passport', 'Nguyễn Thị Hoa');
  await form.text('Home local government', 'Da Nang City');
  await waitForDraft(app, (c, i) => desk.call(c, i), 'trainee', 'new', { homeGovernment: 'Da Nang City' });
  await desk.crashAndRestart();
  await openAt(app, await desk.launchUrl(), '/trainees/new');
  const offer = app.getByTestId('draft-offer');
  await expect(offer).toContainText('Restore your unsaved changes from');
  await offer.getByRole('button', { name: 'Restore my changes' }).click();
  const again = new TraineeForm(app);
  await expect(again.input('Name as in passport')).toHaveValue('Nguyễn Thị Hoa');
  await expect(again.input('Home local government')).toHaveValue('Da Nang City');
  // Saving drops the draft: the next new form starts empty, with no offer.
  await again.fill({
    ...SOMCHAI,
    fullName: 'Nguyễn Thị Hoa',
    homeGovernment: 'Da Nang City',
    passportNumber: 'C7654321',
  });
  await again.submit();
  await expect(app.getByTestId('trainee-name')).toHaveText('Nguyễn Thị Hoa');
  // The discard goes out after the save's answer: wait for it rather than race it.
  await expect.poll(() => desk.call('drafts.get', { form: 'trainee', key: 'new' })).toBeNull();
});

test('dates are read as people type them, said back in words, and never dropped', async ({ app }) => {
  const form = await openNewForm(app);
  const dob = form.input('Date of birth');
  const cases: [string, string, RegExp][] = [
    ['03/11/1990', '1990-11-03', /Saturday, 3 November 1990/],
    ['3 Nov 1990', '1990-11-03', /3 November 1990/],
    ['平成2年11月3日', '1990-11-03', /Heisei 2/],
    ['H2.11.3', '1990-11-03', /Heisei 2/],
    ['1990年11月3日', '1990-11-03', /3 November 1990/],
  ];
  for (const [typed, iso, said] of cases) {
    await dob.fill(typed);
    await expect(app.getByText(said)).toBeVisible();
    await dob.press('Tab');
    await expect(dob).toHaveValue(iso);
  }
  const unreadable: [string, string][] = [
    ['1990-02-30', 'There is no such date'],
    ['31/04/1990', 'There is no such date'],
    ['someday', 'could not be read as a date'],
    ['平成31年5月1日', 'outside the Heisei era'],
  ];
  for (const [typed, message] of unreadable) {
    await dob.fill(typed);
    await dob.press('Tab');
    // The text stays as typed, with the reason beside it.
    await expect(dob).toHaveValue(typed);
    await expect(form.errorFor('Date of birth')).toContainText(message);
  }
  // It cannot be saved while unreadable: the summary names the field.
  await form.submit();
  await expect(form.summary()).toContainText('Date of birth');
  await expect(dob).toHaveValue('平成31年5月1日');
});

test('Enter in a searchable select chooses the match and never submits; Ctrl+S saves', async ({ app }) => {
  const form = await openNewForm(app);
  await form.text('Name as in passport', SOMCHAI.fullName);
  await form.input('Country').fill('Thai');
  await form.input('Country').press('Enter');
  await expect(form.input('Country')).toHaveValue('Thailand');
  await expect(form.summary()).toHaveCount(0);
  await expect(app).toHaveURL(/#\/trainees\/new$/);
  // Other spellings and the other language find a country too.
  for (const [typed, country] of [
    ['Viet Nam', 'Vietnam'],
    ['タイ', 'Thailand'],
  ] as const) {
    await form.input('Country').fill(typed);
    await form.input('Country').press('Enter');
    await expect(form.input('Country')).toHaveValue(country);
  }
  // The exact word first: "Male" is Male, though "Female" contains it and comes first in the list.
  await form.input('Gender (as in passport)').fill('Male');
  await form.input('Gender (as in passport)').press('Enter');
  await expect(form.input('Gender (as in passport)')).toHaveValue('Male');
  await form.input('Gender (as in passport)').fill('Fem');
  await form.input('Gender (as in passport)').press('Enter');
  await expect(form.input('Gender (as in passport)')).toHaveValue('Female');
  // Enter with nothing matching does not submit either, and the list says nothing matches.
  await form.input('Field of training').fill('zzz');
  await expect(app.getByText('Nothing matches. Try another spelling or the other language.')).toBeVisible();
  await form.input('Field of training').press('Enter');
  await expect(form.summary()).toHaveCount(0);
  await form.input('Field of training').fill('Touri');
  await form.input('Field of training').press('Tab');
  await expect(form.input('Field of training')).toHaveValue('Tourism');
  await form.date('Date of birth', '17/05/1990');
  await form.text('Home local government', SOMCHAI.homeGovernment ?? '');
  await app.keyboard.press('Control+s');
  await expect(app.getByTestId('trainee-name')).toHaveText(SOMCHAI.fullName);
});

test('someone else saving first: the edits are kept and shown beside the saved values', async ({ app, desk }) => {
  const trainee = await createTrainee(desk, { fullName: 'Siti Rahma', homeGovernment: 'Bandung City' });
  await goTo(app, `/trainees/${trainee.id}/edit`);
  const form = new TraineeForm(app);
  await expect(form.input('Home local government')).toHaveValue('Bandung City');
  await form.text('Home local government', 'Surabaya City');
  // A colleague saves another field, and the same field, meanwhile.
  await desk.call('trainees.update', {
    id: trainee.id,
    version: trainee.version,
    data: traineeData({ fullName: 'Siti Rahma', homeGovernment: 'Jakarta City', position: 'Planner' }),
    confirm: true,
  });
  await form.submit();
  const stale = app.getByTestId('stale-alert');
  await expect(stale).toContainText('Someone else saved this record');
  await expect(stale.getByTestId('stale-changes')).toContainText('Surabaya City');
  await expect(stale.getByTestId('stale-changes')).toContainText('Jakarta City');
  await expect(form.input('Home local government')).toHaveValue('Surabaya City');
  await stale.getByRole('button', { name: /Keep my changes/ }).click();
  await form.submit();
  await expect(app.getByTestId('trainee-name')).toHaveText('Siti Rahma');
  const after = (await desk.call('trainees.get', { id: trainee.id })) as { homeGovernment: string; position: string };
  // Mine where I typed, theirs where I did not.
  expect(after.homeGovernment).toBe('Surabaya City');
  expect(after.position).toBe('Planner');
});
