// Progress entries on a trainee's record, as staff write them: a monthly report with a file opened
// from Needs attention, an evaluation by the host supervisor, delete with undo, and what the core
// refuses, said in words. Dates are relative to today, so the tests hold whenever they run.
import fs from 'node:fs';
import { expect, test } from '../fixtures';
import { isoFromToday } from '../pages/cohorts';
import { AttentionList, createEntry, PDF_BYTES, ProgressTab, placedTrainee } from '../pages/progress';
import { switchLanguage } from '../pages/shell';

test('a monthly report written from Needs attention, with a file, clears its item', async ({ app, desk }) => {
  const p = await placedTrainee(desk);
  const attention = new AttentionList(app);
  await attention.open();
  const reports = attention.rowsOf(p.trainee.ref, 'monthly_report');
  const before = await reports.count();
  expect(before).toBeGreaterThanOrEqual(2);
  const overdue = Number(await app.getByTestId('attention-count-overdue-value').textContent());
  // The earliest is due first: month 1.
  await expect(reports.first()).toContainText('Month 1 ·');
  await reports.first().getByTestId('attention-open').click();

  await expect(app).toHaveURL(new RegExp(`/trainees/${p.trainee.id}\\?tab=progress&new=monthly_report`));
  const tab = new ProgressTab(app);
  await expect(tab.dialog()).toBeVisible();
  await expect(tab.dialog().getByTestId('entry-month')).toHaveValue(/^Month 1 · /);
  await tab.dialog().getByTestId('entry-title').fill('Settling in');
  await tab.dialog().getByTestId('entry-body').fill('Joined the disaster-prevention section.');
  await tab.attach(tab.dialog(), [{ name: 'May report.pdf', mimeType: 'application/pdf', buffer: PDF_BYTES }]);
  await expect(tab.dialog().getByTestId('entry-file')).toHaveCount(1);
  await tab.saveAndClose();

  const entry = tab.entry('Settling in');
  await expect(entry).toHaveAttribute('data-kind', 'monthly_report');
  await expect(entry.getByTestId('entry-month-line')).toContainText(`Placement month 1 (${p.start}`);
  await expect(entry.getByTestId('entry-month-line')).toContainText(p.host.nameEn);
  await expect(entry.getByTestId('attachment')).toHaveText(/May report\.pdf/);
  // The URL no longer asks for a new entry: a reload does not open the dialog again.
  await expect(app).not.toHaveURL(/new=/);

  const download = app.waitForEvent('download');
  await entry.getByTestId('attachment-download').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('May report.pdf');
  expect(fs.readFileSync(await file.path())).toEqual(PDF_BYTES);

  // The tab's entries as a spreadsheet.
  const exported = app.waitForEvent('download');
  await app.getByTestId('progress-export').click();
  await app.getByTestId('export-csv-en').click();
  const csv = await exported;
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  expect(fs.readFileSync(await csv.path(), 'utf8')).toContain('Settling in');

  await attention.open();
  await expect(reports).toHaveCount(before - 1);
  await expect(reports.filter({ hasText: 'Month 1 ·' })).toHaveCount(0);
  await expect(app.getByTestId('attention-count-overdue-value')).toHaveText(String(overdue - 1));
});

test('an evaluation by the host supervisor clears the mid-term item', async ({ app, desk }) => {
  const p = await placedTrainee(desk);
  const attention = new AttentionList(app);
  await attention.open(`?kind=mid_term_evaluation`);
  const row = attention.rowsOf(p.trainee.ref, 'mid_term_evaluation');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-state', 'overdue');
  // Keyboard: the row's link takes focus and Enter opens it.
  await row.getByTestId('attention-open').focus();
  await app.keyboard.press('Enter');

  const tab = new ProgressTab(app);
  await expect(tab.dialog()).toHaveAttribute('data-kind', 'evaluation');
  await expect(tab.dialog().getByRole('radio', { name: 'Mid-term' })).toBeChecked();
  await expect(tab.dialog().getByRole('radio', { name: 'Host supervisor' })).toBeChecked();
  await tab.dialog().getByTestId('entry-author').fill('Tanaka Hiroshi');
  await tab.rate('Attitude', /^4 · Good$/, 'Always on time.');
  await tab.rate('Japanese language', /^3 · Satisfactory$/);
  await tab.dialog().getByTestId('entry-body').fill('A committed trainee.');
  await tab.saveAndClose();

  const entry = tab.entries().filter({ has: app.getByTestId('entry-ratings-view') });
  await expect(entry).toHaveCount(1);
  await expect(entry.getByTestId('entry-heading')).toHaveText('Mid-term evaluation');
  await expect(entry).toContainText('By Tanaka Hiroshi (Host supervisor)');
  const ratings = entry.getByTestId('entry-rating');
  await expect(ratings).toHaveCount(2);
  await expect(ratings.first()).toHaveText(/Attitude\s*4\/5 Good\s*Always on time\./);
  await expect(ratings.nth(1)).toHaveText(/Japanese language\s*3\/5 Satisfactory/);

  await attention.open(`?kind=mid_term_evaluation`);
  await expect(attention.rowsOf(p.trainee.ref)).toHaveCount(0);

  // Editing keeps the ratings and changes what was changed.
  await tab.open(p.trainee.id);
  await entry.getByTestId('entry-edit').click();
  await expect(tab.dialog().getByTestId('entry-author')).toHaveValue('Tanaka Hiroshi');
  await tab.rate('Overall', /^4 · Good$/);
  await tab.saveAndClose();
  await expect(entry.getByTestId('entry-rating')).toHaveCount(3);
});

test('delete with undo, and restore later from Show deleted; the due item follows', async ({ app, desk }) => {
  const p = await placedTrainee(desk);
  await createEntry(desk, p.trainee.id, {
    kind: 'monthly_report',
    placementId: p.placementId,
    placementMonth: 1,
    title: 'First month',
  });
  const attention = new AttentionList(app);
  await attention.open('?kind=monthly_report');
  const month1 = attention.rowsOf(p.trainee.ref).filter({ hasText: 'Month 1 ·' });
  await expect(month1).toHaveCount(0);

  const tab = new ProgressTab(app);
  await tab.open(p.trainee.id);
  await expect(tab.entries()).toHaveCount(1);
  await tab.entry('First month').getByTestId('entry-delete').click();
  await expect(tab.entries()).toHaveCount(0);
  await expect(app.getByTestId('entries-empty')).toBeVisible();
  await app.getByTestId('entry-undo').click();
  await expect(tab.entry('First month')).toHaveCount(1);
  await expect(app.getByTestId('entry-undo-notice')).toBeHidden();

  await tab.entry('First month').getByTestId('entry-delete').click();
  await expect(tab.entries()).toHaveCount(0);
  // With the report deleted, month 1 is due again.
  await attention.open('?kind=monthly_report');
  await expect(month1).toHaveCount(1);

  await tab.open(p.trainee.id);
  // The switch follows the URL, which changes a moment after the click.
  await app.getByTestId('entry-show-deleted').click();
  await expect(app.getByTestId('entry-show-deleted')).toBeChecked();
  await expect(app).toHaveURL(/deleted=1/);
  const deleted = tab.entry('First month');
  await expect(deleted).toHaveAttribute('data-deleted', 'true');
  await expect(deleted.getByTestId('entry-deleted-badge')).toBeVisible();
  await expect(deleted.getByTestId('entry-edit')).toHaveCount(0);
  await deleted.getByTestId('entry-restore').click();
  await expect(deleted).not.toHaveAttribute('data-deleted', 'true');
  await attention.open('?kind=monthly_report');
  await expect(month1).toHaveCount(0);
});

test('refusals are said in words, on the field they concern', async ({ app, desk }) => {
  const p = await placedTrainee(desk);
  await createEntry(desk, p.trainee.id, { kind: 'monthly_report', placementId: p.placementId, placementMonth: 1 });
  const tab = new ProgressTab(app);

  // A month already written, asked for by a stale link: the core says so under the month.
  await tab.open(p.trainee.id, `&new=monthly_report&placement=${p.placementId}&month=1`);
  await expect(tab.dialog().getByTestId('entry-month')).toHaveValue(/^Month 1 · .*report written/);
  await tab.save();
  await expect(tab.dialog()).toContainText(
    'Month 1 of this placement already has a monthly report. Edit that report instead, or choose another month.',
  );

  // A report dated before its month begins.
  await tab.dialog().getByTestId('entry-month').click();
  await app.getByRole('option', { name: /^Month 2 · / }).click();
  const date = tab.dialog().getByTestId('entry-date');
  await date.fill(p.start);
  await date.press('Tab');
  await tab.save();
  await expect(tab.dialog()).toContainText(/Date is before the month the report covers begins \(\d{4}-\d\d-\d\d\)/);

  // Files: a type the app does not take is caught here; a disguised one by the core.
  await date.fill(isoFromToday(0));
  await date.press('Tab');
  await tab.attach(tab.dialog(), [
    { name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ…') },
  ]);
  await expect(tab.dialog().getByTestId('entry-file-problem')).toHaveText(
    'setup.exe cannot be attached: only PDF, Word (.docx), Excel (.xlsx), JPEG, PNG and text (.txt) files are accepted.',
  );
  await tab.save();
  await expect(tab.dialog().getByTestId('entry-error')).toHaveText(/Remove the files that cannot be attached/);
  await tab.dialog().getByRole('button', { name: 'Do not attach setup.exe' }).click();
  await tab.attach(tab.dialog(), [
    { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('plain text') },
  ]);
  await tab.save();
  // The entry is saved; the file the core refused stays listed with the reason, to fix or drop.
  await expect(tab.dialog().getByTestId('entry-file-problem')).toHaveText(
    /The file's contents are not what its name says/,
  );
  await expect(tab.dialog().getByTestId('entry-error')).toHaveText(/The entry was saved, but the files marked in red/);
  await tab.dialog().getByRole('button', { name: 'Do not attach scan.pdf' }).click();
  await tab.saveAndClose();
  await expect(tab.entries()).toHaveCount(2);

  // Only a milestone may be dated ahead.
  await tab.newEntry('note');
  await date.fill(isoFromToday(3));
  await date.press('Tab');
  await tab.save();
  await expect(tab.dialog()).toContainText(
    /Date is after today \(\d{4}-\d\d-\d\d\)\. Only a milestone may be dated ahead\./,
  );
});

test('the Japanese UI: a monthly report and Needs attention', async ({ app, desk }) => {
  const p = await placedTrainee(desk);
  await switchLanguage(app, '日本語');
  const tab = new ProgressTab(app);
  await tab.open(p.trainee.id);
  await expect(app.getByRole('tab', { name: '研修の記録' })).toHaveAttribute('aria-selected', 'true');
  await expect(app.getByTestId('entries-empty')).toContainText('記録はまだありません');
  await tab.newEntry('monthly_report');
  await expect(app.getByRole('dialog')).toContainText('月次報告の新規作成');
  // The earliest month not written is chosen already.
  await expect(tab.dialog().getByTestId('entry-month')).toHaveValue(/^第1月・/);
  await tab.dialog().getByTestId('entry-body').fill('防災課に配属されました。');
  await tab.saveAndClose();
  await expect(app.getByText('月次報告を保存しました。')).toBeVisible();
  const entry = tab.entries().first();
  await expect(entry).toContainText('月次報告');
  await expect(entry.getByTestId('entry-month-line')).toContainText('研修第1月');
  await expect(entry.getByTestId('entry-month-line')).toContainText(p.host.nameJa);

  const attention = new AttentionList(app);
  await attention.open();
  await expect(app.getByTestId('attention-count-overdue')).toContainText('期限切れ');
  const row = attention.rowsOf(p.trainee.ref, 'mid_term_evaluation');
  await expect(row).toContainText('中間評価');
  await expect(row).toContainText('日超過');
  await expect(row.getByTestId('attention-open')).toHaveText('評価を記録');
});

test('a placement not begun yet: the report form says when its first month opens, not just "required"', async ({
  app,
  desk,
}) => {
  const p = await placedTrainee(desk, { startDays: 20, endDays: 200, trainee: { status: 'introductory' } });
  const tab = new ProgressTab(app);
  await tab.open(p.trainee.id);
  await tab.newEntry('monthly_report');
  const why = tab.dialog().getByTestId('entry-no-months');
  await expect(why).toContainText(`Month 1 at ${p.host.nameEn} begins on ${p.start}`);
  await expect(why).toContainText('record what happened as a note');
  await expect(tab.dialog().getByTestId('entry-month')).toHaveCount(0);
  // What was typed becomes a note, in one click.
  await tab.dialog().getByTestId('entry-body').fill('Visa interview booked for next week.');
  await tab.dialog().getByTestId('entry-as-note').click();
  await expect(tab.dialog()).toHaveAttribute('data-kind', 'note');
  await expect(tab.dialog().getByTestId('entry-body')).toHaveValue('Visa interview booked for next week.');
  await tab.save();
  await expect(tab.dialog()).toBeHidden();
  await expect(tab.entry('Visa interview booked')).toHaveAttribute('data-kind', 'note');
});
