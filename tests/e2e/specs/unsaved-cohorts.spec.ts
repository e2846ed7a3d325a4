// Nothing typed into the cohort dialogs is lost: the cohort, session and change-of-status dialogs ask
// before Esc, the close button or a click outside throws typed work away (and close at once when
// nothing was typed), a cohort typed when the app is killed is offered back, and Ctrl+S saves.
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { CohortsList, createCohort, field, fiscalYearOf, isoFromToday, Lifecycle } from '../pages/cohorts';
import { createTrainee } from '../pages/data';
import { goTo } from '../pages/shell';
import {
  discardDialog,
  expectAskedThenDiscard,
  expectAskedThenKept,
  expectClosesSilently,
  expectEveryWayOutAsks,
  openAt,
  viaEscape,
  waitForDraft,
} from '../pages/unsaved';

const introStart = isoFromToday(-20);
const fy = fiscalYearOf(introStart);

async function openNewCohort(page: Page) {
  const list = new CohortsList(page);
  await list.open();
  await page.getByRole('button', { name: 'New cohort' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New cohort' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('the cohort dialog asks before typed work is closed away, and closes silently when clean', async ({ app }) => {
  const dialog = await openNewCohort(app);
  const notes = field(dialog, 'Notes');
  await notes.fill('Plan the welcome lunch with the prefecture');
  await expectEveryWayOutAsks(app, dialog, notes, 'Plan the welcome lunch with the prefecture');
  // The Cancel button asks too.
  await expectAskedThenKept(
    app,
    () => dialog.getByRole('button', { name: 'Cancel' }).click(),
    notes,
    'Plan the welcome lunch with the prefecture',
  );
  await expectAskedThenDiscard(app, viaEscape(app));
  await expect(dialog).toBeHidden();

  await expectClosesSilently(app, () => openNewCohort(app));
});

test('a cohort typed when the app is killed is offered back after the restart', async ({ app, desk }) => {
  const dialog = await openNewCohort(app);
  await field(dialog, 'Fiscal year').fill(String(fy));
  await field(dialog, 'Introductory training starts').fill(introStart);
  await field(dialog, 'Notes').fill('Venue: prefectural hall, room 3');
  await waitForDraft(app, (c, i) => desk.call(c, i), 'cohort', 'new', { notes: 'Venue: prefectural hall, room 3' });
  await desk.crashAndRestart();

  await openAt(app, await desk.launchUrl(), '/cohorts');
  const again = await openNewCohort(app);
  const offer = again.getByTestId('draft-offer');
  await expect(offer).toContainText('Restore your unsaved changes from');
  await offer.getByRole('button', { name: 'Restore my changes' }).click();
  await expect(field(again, 'Notes')).toHaveValue('Venue: prefectural hall, room 3');
  await expect(field(again, 'Introductory training starts')).toHaveValue(introStart);
  await expect(field(again, 'Fiscal year')).toHaveValue(String(fy));

  // Ctrl+S saves the dialog; the draft is gone with it.
  await app.keyboard.press('Control+s');
  await expect(app.getByTestId('cohort-title')).toHaveText(`FY${fy} cohort`);
  // The discard goes out after the save's answer: wait for it rather than race it.
  await expect.poll(() => desk.call('drafts.get', { form: 'cohort', key: 'new' })).toBeNull();
});

test('the session dialog asks when typed in, closes silently when not, and Ctrl+S saves', async ({ app, desk }) => {
  await createCohort(desk, fy, introStart);
  await goTo(app, `/cohorts/${fy}`);
  await expect(app.getByTestId('cohort-title')).toBeVisible();
  const open = async () => {
    await app.getByRole('button', { name: 'Add session' }).first().click();
    const dialog = app.getByRole('dialog', { name: 'Add a session' });
    await expect(dialog).toBeVisible();
    return dialog;
  };
  await expectClosesSilently(app, open);

  const dialog = await open();
  const title = field(dialog, 'Title');
  await title.fill('Opening and orientation');
  await expectEveryWayOutAsks(app, dialog, title, 'Opening and orientation');
  await field(dialog, 'Venue').fill('Training room A');
  await app.keyboard.press('Control+s');
  await expect(dialog).toBeHidden();
  await expect(app.locator('[data-testid="session-row"][data-title="Opening and orientation"]')).toContainText(
    'Training room A',
  );
});

test('the change-of-status dialog asks before the reason typed is lost', async ({ app, desk }) => {
  const trainee = await createTrainee(desk, { fullName: 'Lina Wong', country: 'MY', fiscalYear: fy });
  await goTo(app, `/trainees/${trainee.id}`);
  const life = new Lifecycle(app);
  const open = async () => {
    await life.card().getByRole('button', { name: 'Change status' }).click();
    await expect(life.dialog()).toBeVisible();
    return life.dialog();
  };
  await expectClosesSilently(app, open);

  const dialog = await open();
  const reason = field(dialog, 'Reason');
  await reason.fill('Selected by the committee on 3 March');
  await expectEveryWayOutAsks(app, dialog, reason, 'Selected by the committee on 3 March');
  await expect(discardDialog(app)).toHaveCount(0);
  await app.keyboard.press('Control+s');
  await expect(app.getByText('Lina Wong is now “Accepted”.')).toBeVisible();
  await expect(life.history()).toContainText('Selected by the committee on 3 March');
});
