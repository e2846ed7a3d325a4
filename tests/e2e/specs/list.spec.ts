// Sorting, filtering and paging the list; its state lives in the URL, so back and forward restore it.
import { expect, test } from '../fixtures';
import { createTrainee, fieldId } from '../pages/data';
import { TraineeList } from '../pages/traineeList';

test.beforeEach(async ({ desk }) => {
  const tourism = await fieldId(desk, 'Tourism');
  await createTrainee(desk, {
    fullName: 'Charlie Reyes',
    country: 'PH',
    fiscalYear: 2025,
    status: 'completed',
    homeGovernment: 'Quezon City',
  });
  await createTrainee(desk, {
    fullName: 'Alice Tan',
    country: 'MY',
    fiscalYear: 2026,
    status: 'accepted',
    homeGovernment: 'Penang Island City Council',
    fieldId: tourism,
  });
  await createTrainee(desk, {
    fullName: 'Bravo Sok',
    country: 'KH',
    fiscalYear: 2026,
    status: 'applicant',
    homeGovernment: 'Phnom Penh Capital Hall',
  });
  await createTrainee(desk, {
    fullName: 'Delta Ximenes',
    country: 'TL',
    fiscalYear: 2026,
    status: 'accepted',
    homeGovernment: 'Dili Municipality',
    fieldId: tourism,
  });
});

test('sort by name and by fiscal year, both directions', async ({ app }) => {
  const list = new TraineeList(app);
  await list.open();
  await list.settled();
  expect(await list.refs()).toEqual(['FY2025-0001', 'FY2026-0001', 'FY2026-0002', 'FY2026-0003']);

  await list.sortBy('Name');
  expect(await list.names()).toEqual(['Alice Tan', 'Bravo Sok', 'Charlie Reyes', 'Delta Ximenes']);
  await list.sortBy('Name');
  expect(await list.names()).toEqual(['Delta Ximenes', 'Charlie Reyes', 'Bravo Sok', 'Alice Tan']);
  await expect(app).toHaveURL(/sort=name&dir=desc/);

  await list.sortBy('FY');
  expect(await list.names()).toEqual(['Charlie Reyes', 'Alice Tan', 'Bravo Sok', 'Delta Ximenes']);
  await list.sortBy('FY');
  expect(await list.names()).toEqual(['Delta Ximenes', 'Bravo Sok', 'Alice Tan', 'Charlie Reyes']);

  await list.sortBy('Local government');
  expect(await list.names()).toEqual(['Delta Ximenes', 'Alice Tan', 'Bravo Sok', 'Charlie Reyes']);

  // Back restores the previous sort.
  await app.goBack();
  await list.settled();
  expect(await list.names()).toEqual(['Delta Ximenes', 'Bravo Sok', 'Alice Tan', 'Charlie Reyes']);
});

test('filter by fiscal year, country, field and status; clear filters', async ({ app }) => {
  const list = new TraineeList(app);
  await list.open();
  await list.settled();

  await choose(app, 'Fiscal year', 'FY2025');
  await list.settled();
  expect(await list.names()).toEqual(['Charlie Reyes']);

  await choose(app, 'Fiscal year', 'FY2026');
  await choose(app, 'Status', 'Accepted');
  await list.settled();
  expect(await list.names()).toEqual(['Alice Tan', 'Delta Ximenes']);

  await choose(app, 'Country', 'Timor-Leste');
  await list.settled();
  expect(await list.names()).toEqual(['Delta Ximenes']);
  await expect(app).toHaveURL(/fy=2026&country=TL&status=accepted/);

  await app.getByRole('button', { name: 'Clear filters' }).click();
  await list.settled();
  await choose(app, 'Field of training', 'Tourism');
  await list.settled();
  expect(await list.names()).toEqual(['Alice Tan', 'Delta Ximenes']);

  // Search and filters combine.
  await list.searchFor('dili');
  expect(await list.names()).toEqual(['Delta Ximenes']);

  // Reload keeps the view (it is all in the URL).
  await app.reload();
  await list.settled();
  expect(await list.names()).toEqual(['Delta Ximenes']);
  await expect(list.search()).toHaveValue('dili');
});

test('back from a record returns to the list as it was left', async ({ app }) => {
  const list = new TraineeList(app);
  await list.open();
  await list.settled();
  await choose(app, 'Fiscal year', 'FY2026');
  await choose(app, 'Status', 'Accepted');
  await list.settled();
  expect(await list.names()).toEqual(['Alice Tan', 'Delta Ximenes']);

  await app.getByRole('link', { name: 'Delta Ximenes' }).click();
  await app.getByRole('link', { name: 'Back to the trainee list' }).click();
  await list.settled();
  await expect(app).toHaveURL(/fy=2026.*status=accepted/);
  expect(await list.names()).toEqual(['Alice Tan', 'Delta Ximenes']);
});

test('pages of 50 with the position shown', async ({ app, desk }) => {
  await desk.call('demo.load', { trainees: 120 });
  const list = new TraineeList(app);
  await list.open();
  await list.settled();
  await expect(list.rows()).toHaveCount(50);
  await expect(app.getByText('1–50 of 124')).toBeVisible();
  await app.getByRole('button', { name: 'Next page' }).click();
  await list.settled();
  await expect(app.getByText('51–100 of 124')).toBeVisible();
  await expect(app).toHaveURL(/page=2/);
  await app.getByRole('button', { name: 'Next page' }).click();
  await list.settled();
  await expect(list.rows()).toHaveCount(24);
  await app.goBack();
  await list.settled();
  await expect(app.getByText('51–100 of 124')).toBeVisible();
});

async function choose(app: import('@playwright/test').Page, label: string, option: string) {
  await app
    .getByRole('textbox', { name: label, exact: true })
    .or(app.getByRole('combobox', { name: label, exact: true }))
    .click();
  await app.getByRole('option', { name: option, exact: true }).click();
}
