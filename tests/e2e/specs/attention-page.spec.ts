// The Needs-attention page: all clear on an empty database, filters and paging kept in the URL, the
// counts, rows that open the place to fix (by mouse and by keyboard), the export, and the home card.
import { expect, test } from '../fixtures';
import { isoFromToday } from '../pages/cohorts';
import { createTrainee } from '../pages/data';
import { AttentionList, placedTrainee } from '../pages/progress';
import { goTo } from '../pages/shell';

test('nothing due: the page and the home card say all is in order', async ({ app, desk }) => {
  const attention = new AttentionList(app);
  await attention.open();
  await expect(app.getByTestId('attention-empty')).toContainText('All is in order');
  await expect(app.getByTestId('attention-count-overdue-value')).toHaveText('0');
  await expect(app.getByTestId('attention-count-due-soon-value')).toHaveText('0');

  // A trainee whose placement has only just begun has nothing due yet.
  await placedTrainee(desk, { startDays: -3, endDays: 200 });
  await goTo(app, '/');
  await app.reload();
  await expect(app.getByTestId('attention-card-clear')).toHaveText('All is in order');
});

test('filters live in the URL; counts; documents open the field to fix', async ({ app, desk }) => {
  const thai = await placedTrainee(desk, { trainee: { country: 'TH' } });
  const khmer = await placedTrainee(desk, { trainee: { country: 'KH' } });
  const passport = await createTrainee(desk, {
    country: 'PH',
    status: 'accepted',
    passportNumber: 'P7654321',
    passportExpiry: isoFromToday(30),
  });

  const attention = new AttentionList(app);
  await attention.open();
  const overdue = Number(await app.getByTestId('attention-count-overdue-value').textContent());
  const soon = Number(await app.getByTestId('attention-count-due-soon-value').textContent());
  await expect(attention.rows()).toHaveCount(overdue + soon);
  expect(soon).toBeGreaterThanOrEqual(1);
  // With rows, the empty words are not in the page at all (not even hidden behind the rows).
  await expect(app.getByTestId('empty-state')).toHaveCount(0);
  await expect(app.getByText('Nothing needs attention.')).toHaveCount(0);

  // State: from the count card; the counts stay what they are for the other state.
  await app.getByTestId('attention-count-overdue').click();
  await expect(app).toHaveURL(/state=overdue/);
  await attention.settled();
  await expect(attention.rows()).toHaveCount(overdue);
  await expect(app.locator('[data-testid="attention-row"][data-state="due_soon"]')).toHaveCount(0);
  await expect(app.getByTestId('attention-count-due-soon-value')).toHaveText(String(soon));
  await expect(app.getByTestId('attention-count-overdue')).toHaveAttribute('aria-pressed', 'true');

  // Country: only the Cambodian trainee's rows; a reload keeps both filters.
  await app.getByTestId('attention-country').click();
  await app.getByRole('option', { name: 'Cambodia' }).click();
  await expect(app).toHaveURL(/country=KH/);
  await app.reload();
  await attention.settled();
  await expect(attention.rowsOf(khmer.trainee.ref).first()).toBeVisible();
  await expect(attention.rowsOf(thai.trainee.ref)).toHaveCount(0);
  await expect(app.getByTestId('attention-country')).toHaveValue('Cambodia');
  await app.goBack();
  await attention.settled();
  await expect(attention.rowsOf(thai.trainee.ref).first()).toBeVisible();

  // Kind: the passport due soon; its row opens the trainee's form on that field, by keyboard.
  await attention.open('?kind=passport_expiry');
  const row = attention.rowsOf(passport.ref);
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-state', 'due_soon');
  await expect(row).toContainText(isoFromToday(30));
  await expect(row).toContainText('in 30 days');
  await row.getByTestId('attention-open').focus();
  await app.keyboard.press('Enter');
  await expect(app).toHaveURL(new RegExp(`/trainees/${passport.id}/edit\\?focus=passportExpiry`));
  await expect(app.locator('#field-passportExpiry')).toBeFocused();

  // A click anywhere on a report's row opens the report form for its month.
  await attention.open('?kind=monthly_report');
  await attention.rowsOf(thai.trainee.ref).first().locator('td').first().click();
  await expect(app).toHaveURL(/tab=progress&new=monthly_report/);
  await expect(app.getByTestId('entry-dialog')).toBeVisible();
});

test('paging through many items, and the export', async ({ app, desk }) => {
  // Five trainees about eleven months into their placements: a dozen items each.
  for (let i = 0; i < 5; i++) await placedTrainee(desk, { startDays: -330, endDays: 30 });
  const attention = new AttentionList(app);
  await attention.open();
  const total =
    Number(await app.getByTestId('attention-count-overdue-value').textContent()) +
    Number(await app.getByTestId('attention-count-due-soon-value').textContent());
  expect(total).toBeGreaterThan(50);
  await expect(attention.rows()).toHaveCount(50);
  await expect(app.getByText(`1–50 of ${total}`)).toBeVisible();
  await app.getByRole('button', { name: 'Next page' }).click();
  await expect(app).toHaveURL(/page=2/);
  await attention.settled();
  await expect(attention.rows()).toHaveCount(total - 50);
  // A new filter starts again from the first page.
  await app.getByTestId('attention-state').getByText('Overdue').click();
  await expect(app).not.toHaveURL(/page=/);

  const download = app.waitForEvent('download');
  await app.getByTestId('attention-export').click();
  await app.getByTestId('export-xlsx-en').click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
});
