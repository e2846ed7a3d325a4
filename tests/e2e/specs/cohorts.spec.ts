// A cohort from creation to completion: the defaults shown while typing, the sessions of the
// introductory month (a warning confirmed, a deletion that takes marks with it), attendance by mouse,
// by keyboard and "mark all present", and the completion that follows from it.
import { periodEnd } from '../../../shared/cohorts/dates';
import { expect, test } from '../fixtures';
import { CohortPage, CohortsList, createCohort, field, fillDate, fiscalYearOf, isoFromToday } from '../pages/cohorts';
import { createTrainee } from '../pages/data';

// The intro started 60 days ago, so it has ended and its sessions have been held.
const introStart = isoFromToday(-60);
const fy = fiscalYearOf(introStart);

test('create a cohort, add sessions, record attendance and see completion', async ({ app, desk }) => {
  const anan = await createTrainee(desk, { fullName: 'Anan Srisuk', fiscalYear: fy, status: 'introductory' });
  const budi = await createTrainee(desk, { fullName: 'Budi Santoso', fiscalYear: fy, status: 'introductory' });
  const chau = await createTrainee(desk, { fullName: 'Chau Minh', fiscalYear: fy, status: 'introductory' });
  const dara = await createTrainee(desk, { fullName: 'Dara Sok', fiscalYear: fy, status: 'applicant' });

  const list = new CohortsList(app);
  await list.open();
  await expect(app.getByTestId('years-without-cohort')).toContainText(`FY${fy}: 4 trainees, no cohort yet.`);
  await app.getByRole('button', { name: 'New cohort' }).click();
  const dialog = app.getByRole('dialog', { name: 'New cohort' });
  await field(dialog, 'Fiscal year').fill(String(fy));
  await fillDate(dialog, 'Introductory training starts', introStart);
  // The defaults follow the first day as it is typed.
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`Leave empty for one month: ${periodEnd(introStart, 1)}.`);
  await expect(app.getByTestId('cohort-preview')).toContainText(`introductory training ${introStart} to`);
  await dialog.getByRole('button', { name: 'Create cohort' }).click();

  await expect(app.getByText(`The FY${fy} cohort was created.`)).toBeVisible();
  await expect(app.getByTestId('cohort-title')).toHaveText(`FY${fy} cohort`);
  await expect(app.getByTestId('sessions-empty')).toBeVisible();

  const page = new CohortPage(app);
  const sessions = ['Opening and orientation', 'Local government in Japan', 'Japanese language I'];
  for (const [i, title] of sessions.entries()) {
    await page.addSession({ date: isoFromToday(-60 + i * 2), title, venue: 'Training room A' });
  }
  // A make-up session after the intro: the core warns, the person confirms.
  await page.addSession({ date: isoFromToday(10), title: 'Make-up session' }, true);
  await expect(page.sessionRow('Make-up session')).toContainText('outside the introductory training');
  await expect(page.sessionRow('Make-up session')).toContainText('not held yet');
  await expect(page.summary('sessions')).toHaveText('3 of 4');

  // Everyone taking part is marked present for the first session; the applicant is left alone.
  await page.markAllPresent('Opening and orientation');
  await page.saved();
  for (const t of [anan, budi, chau]) await expect(page.cell(t.ref, 0)).toHaveAttribute('data-mark', 'present');
  await expect(page.cell(dara.ref, 0)).toHaveAttribute('data-mark', 'none');

  // The second session: all present, then Budi absent (mouse) and Chau late (keyboard).
  await page.markAllPresent('Local government in Japan');
  await page.pick(budi.ref, 1, 'Absent');
  await expect(page.cell(budi.ref, 1)).toHaveAttribute('data-mark', 'absent');
  await expect(page.cell(budi.ref, 1)).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await expect(page.cell(chau.ref, 1)).toBeFocused();
  await app.keyboard.press('l');
  await expect(page.cell(chau.ref, 1)).toHaveAttribute('data-mark', 'late');
  // Third session by keyboard: Anan present, Budi absent, Chau excused.
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('e');
  await app.keyboard.press('ArrowUp');
  await app.keyboard.press('a');
  await app.keyboard.press('ArrowUp');
  await app.keyboard.press('p');
  await page.saved();
  await expect(page.cell(anan.ref, 2)).toHaveAttribute('data-mark', 'present');
  await expect(page.cell(budi.ref, 2)).toHaveAttribute('data-mark', 'absent');
  await expect(page.cell(chau.ref, 2)).toHaveAttribute('data-mark', 'excused');

  // Anan 3/3, Budi 1/3, Chau 2 of 2 counted (excused left out): two complete, one not.
  await expect(page.row(anan.ref).getByTestId('attendance-rate')).toContainText('100%');
  await expect(page.row(budi.ref).getByTestId('attendance-rate')).toContainText('33%');
  await expect(page.row(chau.ref).getByTestId('attendance-rate')).toContainText('100%');
  await expect(page.row(anan.ref).getByTestId('attendance-completion')).toHaveText('Completed');
  await expect(page.row(budi.ref).getByTestId('attendance-completion')).toHaveText('Not completed');
  await expect(page.row(dara.ref).getByTestId('attendance-completion')).toHaveText('—');
  await expect(page.summary('complete')).toHaveText('2');
  await expect(page.summary('incomplete')).toHaveText('1');
  await expect(page.summary('attendance')).toHaveText('78%');

  // The marks survive a reload: they were saved, not only shown.
  await app.reload();
  await expect(page.cell(chau.ref, 1)).toHaveAttribute('data-mark', 'late');
  await expect(page.sessionRow('Local government in Japan')).toContainText('3 marks');

  // A mark removed with Delete.
  await page.cell(budi.ref, 1).focus();
  await app.keyboard.press('Delete');
  await page.saved();
  await expect(page.cell(budi.ref, 1)).toHaveAttribute('data-mark', 'none');
  // Enter opens the choices on the keyboard too: the menu starts on "Present"; one down is "Late".
  await app.keyboard.press('Enter');
  await expect(app.getByRole('menuitem', { name: 'Present' })).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await expect(app.getByRole('menuitem', { name: 'Late' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('menu')).toHaveCount(0);
  await expect(page.cell(budi.ref, 1)).toHaveAttribute('data-mark', 'late');
  await expect(page.cell(budi.ref, 1)).toBeFocused();
  await page.saved();

  // Deleting a session says how many marks go with it.
  await page
    .sessionRow('Japanese language I')
    .getByRole('button', { name: /^Delete the session/ })
    .click();
  const confirm = app.getByRole('dialog', { name: 'Delete “Japanese language I”?' });
  await expect(confirm).toContainText('together with its 3 attendance marks');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(app.getByText('“Japanese language I” was deleted with 3 attendance marks.')).toBeVisible();
  await expect(page.sessionRow('Japanese language I')).toHaveCount(0);
  await expect(page.summary('sessions')).toHaveText('2 of 3');

  // The list shows the cohort with its dates and counts.
  await list.open();
  await expect(list.row(fy)).toContainText(`FY${fy}`);
  await expect(list.row(fy)).toContainText(introStart);
  await expect(list.row(fy)).toContainText('4 trainees');
  await expect(list.row(fy)).toContainText('Applicant 1 · Introductory training 3');
});

test('edit a cohort: moving the intro away from its sessions needs a confirmation', async ({ app, desk }) => {
  await createTrainee(desk, { fullName: 'Eka Putri', fiscalYear: fy, status: 'introductory' });
  await createCohort(desk, fy, introStart);
  await desk.call('cohorts.sessions.create', { fiscalYear: fy, date: introStart, title: 'Opening', confirm: true });
  await app.goto(await desk.launchUrl(`/cohorts/${fy}`));
  await expect(app.getByTestId('cohort-title')).toHaveText(`FY${fy} cohort`);

  await app.getByRole('button', { name: 'Edit cohort' }).click();
  const dialog = app.getByRole('dialog', { name: 'Edit cohort' });
  const later = isoFromToday(-55);
  await fillDate(dialog, 'Introductory training starts', later);
  await dialog.getByRole('button', { name: 'Save cohort' }).click();
  const warning = app.getByRole('dialog', { name: 'Please check before saving' });
  await expect(warning).toContainText('1 session would fall outside the new dates of the introductory training.');
  await warning.getByRole('button', { name: 'Save anyway' }).click();
  await expect(app.getByText(`The FY${fy} cohort was saved.`)).toBeVisible();
  await expect(app.getByTestId('cohort-dates')).toContainText(`Introductory training ${later} to`);

  // An impossible date is refused with its reason, on the field.
  await app.getByRole('button', { name: 'Edit cohort' }).click();
  await fillDate(dialog, 'Introductory training ends', isoFromToday(-70));
  await dialog.getByRole('button', { name: 'Save cohort' }).click();
  await expect(dialog).toContainText(
    'Introductory training ends must not be before the first day of the introductory training.',
  );
});
