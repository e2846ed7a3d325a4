// Nothing typed into a progress entry (or the evaluation settings) is lost: closing the entry dialog by
// Esc, its close button, a click outside or Cancel asks when something was typed and keeps it on "Keep
// editing"; a clean dialog closes at once; a draft survives the app being killed (the files chosen are
// named, to attach again); Enter in the month select chooses; Ctrl+S saves the dialog and the scale.
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { createEntry, PDF_BYTES, ProgressTab, placedTrainee } from '../pages/progress';
import {
  discardDialog,
  expectAskedThenDiscard,
  expectAskedThenKept,
  expectLeftSilently,
  openAt,
  viaBack,
  viaClickOutside,
  viaCloseButton,
  viaEscape,
  viaNavigation,
  waitForDraft,
} from '../pages/unsaved';

const entryDialog = (page: Page) => page.getByRole('dialog').filter({ has: page.getByTestId('entry-dialog') });

test('a typed entry asks before closing by Esc, the close button, a click outside or Cancel', async ({ app, desk }) => {
  const p = await placedTrainee(desk);
  const tab = new ProgressTab(app);
  await tab.open(p.trainee.id);
  await tab.newEntry('monthly_report');
  const body = tab.dialog().getByTestId('entry-body');
  await body.fill('Joined the disaster-prevention section; first site visit on Friday.');
  const typed = await body.inputValue();
  await expectAskedThenKept(app, viaEscape(app), body, typed);
  // Esc on the question itself means "Keep editing".
  await app.keyboard.press('Escape');
  await expect(discardDialog(app)).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(discardDialog(app)).toBeHidden();
  await expect(tab.dialog()).toBeVisible();
  await expect(body).toHaveValue(typed);
  await expectAskedThenKept(app, viaCloseButton(entryDialog(app)), body, typed);
  await expectAskedThenKept(app, viaClickOutside(app), body, typed);
  await expectAskedThenKept(app, () => tab.dialog().getByRole('button', { name: 'Cancel' }).click(), body, typed);
  await expectAskedThenDiscard(app, viaEscape(app));
  await expect(tab.dialog()).toBeHidden();
  // Discarded: nothing kept to offer next time.
  await tab.newEntry('monthly_report');
  await expect(app.getByTestId('draft-offer')).toHaveCount(0);
  await expect(tab.dialog().getByTestId('entry-body')).toHaveValue('');
});

test('an entry dialog with nothing typed closes without a question, however it is closed', async ({ app, desk }) => {
  const p = await placedTrainee(desk);
  await createEntry(desk, p.trainee.id, { kind: 'note', title: 'Met the mayor', body: 'A short visit.' });
  const tab = new ProgressTab(app);
  await tab.open(p.trainee.id);
  const hidden = () => expect(tab.dialog()).toBeHidden();
  // The month filled in by the form itself is not the person's change.
  await tab.newEntry('monthly_report');
  await expect(tab.dialog().getByTestId('entry-month')).toHaveValue(/^Month 1 · /);
  await expectLeftSilently(app, viaEscape(app), hidden);
  await tab.newEntry('evaluation');
  await expectLeftSilently(app, viaCloseButton(entryDialog(app)), hidden);
  await tab.newEntry('note');
  await expectLeftSilently(app, viaClickOutside(app), hidden);
  // Typed, then put back as it was: nothing to lose.
  await tab.entry('Met the mayor').getByTestId('entry-edit').click();
  const title = tab.dialog().getByTestId('entry-title');
  await title.fill('Met the deputy mayor');
  await expectAskedThenKept(app, viaEscape(app), title, 'Met the deputy mayor');
  await title.fill('Met the mayor');
  await expectLeftSilently(app, viaEscape(app), hidden);
});

test('a draft of a monthly report survives the app being killed; the files are named to attach again', async ({
  app,
  desk,
}) => {
  test.setTimeout(120_000);
  const p = await placedTrainee(desk);
  const tab = new ProgressTab(app);
  await tab.open(p.trainee.id);
  await tab.newEntry('monthly_report');
  await tab.dialog().getByTestId('entry-title').fill('Settling in');
  await tab.dialog().getByTestId('entry-body').fill('Found a flat near the city office; cycling to work.');
  await tab.attach(tab.dialog(), [{ name: 'May report.pdf', mimeType: 'application/pdf', buffer: PDF_BYTES }]);
  // The draft written after the file was chosen names it.
  await waitForDraft(app, (c, i) => desk.call(c, i), 'progress-entry', `${p.trainee.id}:new`, {
    files: ['May report.pdf'],
  });
  await desk.crashAndRestart();

  await openAt(app, await desk.launchUrl(), `/trainees/${p.trainee.id}?tab=progress`);
  await expect(app.getByTestId('progress-tab')).toBeVisible();
  await tab.newEntry('monthly_report');
  const offer = app.getByTestId('draft-offer');
  await expect(offer).toContainText('Restore your unsaved changes from');
  await offer.getByRole('button', { name: 'Restore my changes' }).click();
  await expect(tab.dialog().getByTestId('entry-title')).toHaveValue('Settling in');
  await expect(tab.dialog().getByTestId('entry-body')).toHaveValue(
    'Found a flat near the city office; cycling to work.',
  );
  await expect(tab.dialog().getByTestId('entry-reattach')).toContainText('May report.pdf');
  await tab.attach(tab.dialog(), [{ name: 'May report.pdf', mimeType: 'application/pdf', buffer: PDF_BYTES }]);
  await expect(tab.dialog().getByTestId('entry-reattach')).toHaveCount(0);
  await tab.save();
  // The entry, then its file: slower than one call on a busy machine.
  await expect(tab.dialog()).toBeHidden({ timeout: 30_000 });
  await expect(tab.entry('Settling in').getByTestId('attachment')).toHaveText(/May report\.pdf/);
  // The discard goes out after the save's answer: wait for it rather than race it.
  await expect.poll(() => desk.call('drafts.get', { form: 'progress-entry', key: `${p.trainee.id}:new` })).toBeNull();
});

test('Enter in the month select chooses and never saves; Ctrl+S saves the dialog', async ({ app, desk }) => {
  const p = await placedTrainee(desk);
  const tab = new ProgressTab(app);
  await tab.open(p.trainee.id);
  await tab.newEntry('monthly_report');
  const month = tab.dialog().getByTestId('entry-month');
  await expect(month).toHaveValue(/^Month 1 · /);
  await month.click();
  await month.fill('Month 2');
  await month.press('Enter');
  await expect(month).toHaveValue(/^Month 2 · /);
  await expect(tab.dialog()).toBeVisible();
  await expect(tab.entries()).toHaveCount(0);
  // Enter in the date does not save either... Ctrl+S does.
  await tab.dialog().getByTestId('entry-body').fill('Second month: the evacuation drill.');
  await app.keyboard.press('Control+s');
  await expect(tab.dialog()).toBeHidden();
  await expect(tab.entries()).toHaveCount(1);
  await expect(tab.entries().first().getByTestId('entry-month-line')).toContainText('Placement month 2');
});

test('the evaluation settings: the criterion dialog and the scale are guarded; Ctrl+S saves the scale', async ({
  app,
}) => {
  // By the side navigation, as a person goes there (so Back returns to Cohorts).
  await app.getByRole('navigation').getByRole('link', { name: 'Cohorts' }).click();
  await app.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await expect(app.getByTestId('evaluation-settings')).toBeVisible();

  // The criterion dialog.
  await app.getByTestId('criterion-add').click();
  const dialog = app.getByRole('dialog');
  const name = dialog.getByLabel('English name');
  await name.fill('Initiative');
  await expectAskedThenKept(app, viaEscape(app), name, 'Initiative');
  await expectAskedThenKept(app, viaCloseButton(dialog), name, 'Initiative');
  await expectAskedThenKept(app, viaClickOutside(app), name, 'Initiative');
  await expectAskedThenDiscard(app, viaEscape(app));
  await expect(dialog).toBeHidden();
  await app.getByTestId('criterion-add').click();
  await expectLeftSilently(app, viaEscape(app), () => expect(dialog).toBeHidden());

  // The scale: a form on the page.
  const label = app.getByTestId('scale-row').first().getByTestId('scale-label-en');
  const before = await label.inputValue();
  await label.fill('Needs much support');
  await expectAskedThenKept(app, viaNavigation(app, 'Cohorts'), label, 'Needs much support');
  await expectAskedThenKept(app, viaBack(app), label, 'Needs much support');
  await app.keyboard.press('Control+s');
  await expect(app.getByText('The rating scale was saved.')).toBeVisible();
  await expect(discardDialog(app)).toHaveCount(0);
  await expectLeftSilently(app, viaNavigation(app, 'Cohorts'), () => expect(app).toHaveURL(/#\/cohorts$/));
  expect(before).not.toBe('Needs much support');
});
