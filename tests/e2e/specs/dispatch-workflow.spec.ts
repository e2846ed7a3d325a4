// A dispatch request from the day it arrives to its completed dispatch, the way staff work it: a
// counterpart and a specialist added in their screens, the request recorded through the form (it came
// outside the application window: flagged, saved), then every move in the request page — review,
// approval, matching a suggested specialist, the agreement, a 4-month dispatch (warned, confirmed),
// the cost notes, completion with an outcome report — and the record of it all.
import { expect, test } from '../fixtures';
import { choose, expectState, openRequests, startMove, typeAndPick } from '../pages/dispatch';
import { goTo } from '../pages/shell';

test('a request taken through every step to completed, in the UI', async ({ app }) => {
  test.setTimeout(240_000); // the machine is shared: the whole workflow takes a few minutes under load
  const page = app;

  // The counterpart for Thailand, in the counterparts screen.
  await goTo(page, '/dispatch/counterparts');
  const thailand = page.locator('[data-testid="counterpart-row"][data-country="TH"]');
  await expect(thailand.getByTestId('counterpart-none')).toBeVisible();
  await thailand.getByRole('button', { name: 'Add the counterpart for Thailand' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Agency name/).fill('Department of Local Administration');
  await dialog.getByLabel('Contact person').fill('Somchai Jaidee');
  await dialog.getByTestId('counterpart-save').click();
  await expect(thailand.getByTestId('counterpart-name')).toHaveText('Department of Local Administration');

  // A specialist in the waste field, free in the autumn.
  await goTo(page, '/dispatch/specialists/new');
  await page.getByLabel(/^Name \(English\)/).fill('Kenji Sato');
  await page.getByLabel('Name (Japanese)').fill('佐藤 健二');
  await page.getByLabel(/^Home local government/).fill('Kitakyushu City');
  await choose(page, 'Fields of expertise', 'Solid Waste Management');
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: 'Languages' }).fill('en');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Add a period' }).click();
  const period = page.getByTestId('availability-row');
  await period.getByLabel(/^From/).fill('2026-08-01');
  await period.getByLabel(/^To/).fill('2026-10-31');
  await page.keyboard.press('Tab');
  await page.getByTestId('specialist-save').click();
  await expect(page.getByTestId('specialist-name')).toHaveText('Kenji Sato');

  // The request, received on 12 May 2026 for FY2027: 12 days after the window closed.
  await openRequests(page);
  // The first "New request": the list's own (the empty list offers one too).
  await page.getByRole('link', { name: 'New request' }).first().click();
  await typeAndPick(page, /^Fiscal year/, '2027', 'FY2027');
  const received = page.getByLabel(/^Date received/);
  await received.fill('2026-05-12');
  await expect(page.getByTestId('window-note')).toHaveText(
    'The application window for FY2027 was 1 Mar – 30 Apr 2026; this request arrived 12 days late. It will be flagged, not refused.',
  );
  await received.fill('2026-04-30');
  await expect(page.getByTestId('window-note')).toContainText('arrived within it');
  await received.fill('2026-05-12');
  await typeAndPick(page, /^Country/, 'Thai', 'Thailand');
  await expect(page.getByTestId('request-counterpart')).toHaveText('Department of Local Administration');
  await page.getByLabel(/^Requesting local government/).fill('Chiang Mai Province');
  await choose(page, /^Field of expertise/, 'Solid Waste Management');
  await page.getByLabel(/^What is asked for/).fill('Advice on separating household waste at source.');
  await page.getByLabel('Wished period: from', { exact: true }).fill('2026-09-01');
  await page.getByLabel('Wished period: to', { exact: true }).fill('2026-09-30');
  await page.keyboard.press('Tab');
  await page.getByTestId('request-save').click();

  await expect(page.getByTestId('request-reference')).toHaveText(/^SD-FY2027-\d+$/);
  const reference = (await page.getByTestId('request-reference').textContent()) ?? '';
  await expect(page.getByRole('main').getByTestId('window-flag')).toHaveText('Outside window: 12 days late');
  await expectState(page, 'Received');

  // Under review, then approved: each dialog asks only for the date.
  dialog = await startMove(page, 'under_review');
  await expect(dialog.getByRole('textbox')).toHaveCount(1);
  await dialog.getByTestId('move-submit').click();
  await expectState(page, 'Under review');
  dialog = await startMove(page, 'approved');
  await dialog.getByTestId('move-submit').click();
  await expectState(page, 'Approved');

  // The suggestion explains itself; pick it and match.
  const suggestion = page.getByTestId('match-row').first();
  await expect(suggestion).toContainText('Kenji Sato');
  await expect(suggestion).toContainText('Field: Solid Waste Management (the one asked for)');
  await expect(suggestion).toContainText('Free for the whole period 2026-09-01 – 2026-09-30');
  await suggestion.getByRole('checkbox', { name: 'Choose Kenji Sato' }).check();
  await page.getByTestId('match-selected').click();
  dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Kenji Sato (Kitakyushu City)')).toBeVisible();
  await dialog.getByTestId('move-submit').click();
  await expectState(page, 'Specialist matched');
  await expect(page.getByTestId('dispatch-row')).toContainText('Kenji Sato');

  dialog = await startMove(page, 'agreement_signed');
  await dialog.getByTestId('move-submit').click();
  await expectState(page, 'Agreement signed');

  // A 4-month dispatch: warned, then confirmed.
  dialog = await startMove(page, 'dispatched');
  await expect(dialog.getByLabel(/^First day/)).toHaveValue('2026-09-01');
  await dialog.getByLabel(/^Last day/).fill('2026-12-31');
  await page.keyboard.press('Tab');
  await expect(dialog.getByTestId('move-length')).toHaveText('122 days');
  await dialog.getByTestId('move-submit').click();
  const warnings = page.getByTestId('save-warnings');
  await expect(warnings).toContainText('longer than 3 months');
  await page.getByRole('button', { name: 'Save anyway' }).click();
  await expectState(page, 'Dispatched');
  await expect(page.getByTestId('dispatch-period')).toContainText('2026-09-01 – 2026-12-31');

  // The cost notes of the dispatch, beside the standard split.
  await expect(page.getByTestId('cost-split')).toContainText('CLAIR pays');
  await expect(page.getByTestId('cost-split')).toContainText('Interpreting');
  await page.getByRole('button', { name: 'Edit the dispatch of Kenji Sato' }).click();
  dialog = page.getByRole('dialog');
  const notes = 'Flights booked by CLAIR; the province arranges an interpreter.';
  await dialog.getByLabel('Cost notes').fill(notes);
  await dialog.getByTestId('dispatch-save').click();
  // Dates already accepted are not questioned again when only the notes change.
  await expect(page.getByTestId('dispatch-cost-notes')).toHaveText(notes);
  await expect(page.getByTestId('save-warnings')).toHaveCount(0);

  // Completed, with the outcome report the move asks for.
  dialog = await startMove(page, 'completed');
  await dialog.getByTestId('move-submit').click();
  await expect(dialog.getByText('Outcome report is required to complete the request.')).toBeVisible();
  await dialog.getByLabel(/^Outcome report/).fill('Two pilot districts now separate waste at source.');
  await dialog.getByTestId('move-submit').click();
  await expectState(page, 'Completed');
  await expect(page.getByTestId('request-outcome')).toHaveText('Two pilot districts now separate waste at source.');
  await expect(page.locator('[data-testid^="move-"]')).toHaveCount(0);

  // Every move recorded, in order, with who recorded it.
  const moves = page.getByTestId('transition-row');
  await expect(moves).toHaveCount(7);
  expect(await moves.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-to')))).toEqual([
    'received',
    'under_review',
    'approved',
    'specialist_matched',
    'agreement_signed',
    'dispatched',
    'completed',
  ]);
  await expect(page.getByTestId('step-completed')).toHaveAttribute('data-done', 'true');

  // The requests by state: it is counted and listed under Completed.
  await openRequests(page);
  await expect(page.getByTestId('state-tab-completed')).toHaveText('Completed (1)');
  await expect(page.getByTestId('state-tab-received')).toHaveText('Received (0)');
  await page.getByTestId('state-tab-completed').click();
  await expect(page.getByTestId('request-list')).toHaveAttribute('data-query', 'state=completed');
  await expect(page.getByTestId('request-row')).toHaveCount(1);
  await expect(page.getByTestId('request-row')).toContainText(reference);
  await expect(page.getByTestId('request-row')).toContainText('Kenji Sato');
  // The box follows the address (a filter kept in the URL), so it ticks once the list has moved.
  await page.getByLabel('Outside the application window only').click();
  await expect(page.getByTestId('request-list')).toHaveAttribute('data-query', 'state=completed&outside=1');
  await expect(page.getByLabel('Outside the application window only')).toBeChecked();
  await expect(page.getByTestId('request-row')).toHaveCount(1);
});
