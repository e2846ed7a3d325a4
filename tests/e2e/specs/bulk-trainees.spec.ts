// Bulk actions on the trainee list: a lifecycle move of a whole page (50 trainees) with one history
// entry each; a move one trainee refuses, which changes nothing and names that trainee; Shift+click
// for a range and "select all matching"; axe on the confirmation dialog.
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { scan } from '../pages/axe';
import { createTrainee } from '../pages/data';
import { goTo, switchLanguage } from '../pages/shell';

type Entry = { entityId: string; action: string; after: { status?: string; reason?: string } | null };

const statuses = async (desk: Parameters<typeof createTrainee>[0]) =>
  (
    await desk.call<{ rows: { fullName: string; status: string }[] }>('trainees.list', {
      sort: 'name',
      pageSize: 500,
    })
  ).rows.map((r) => `${r.fullName}: ${r.status}`);

async function openList(app: Page, query: string) {
  await goTo(app, `/trainees?${query}`);
  await expect(app.getByTestId('trainee-list')).toHaveAttribute('aria-busy', 'false');
}

const rowBox = (app: Page, name: string) =>
  app.getByTestId('trainee-list').getByRole('checkbox', { name: `Select ${name}`, exact: true });

test('50 applicants moved to accepted at once, one history entry each', async ({ app, desk }) => {
  test.setTimeout(180_000);
  for (let i = 0; i < 50; i++) {
    await createTrainee(desk, { fullName: `Bulk Applicant ${String(i).padStart(2, '0')}` });
  }
  await createTrainee(desk, { fullName: 'Zed Accepted Already', status: 'accepted' });
  await openList(app, 'status=applicant&sort=name');
  await app.getByRole('checkbox', { name: 'Select every trainee on this page' }).check();
  await expect(app.getByTestId('bulk-count')).toHaveText('50 selected');

  await app.getByTestId('bulk-status').click();
  await expect(app.getByTestId('bulk-confirm-count')).toHaveText('This applies to 50 trainees:');
  await expect(app.getByTestId('bulk-confirm-names')).toHaveText(
    'Bulk Applicant 00, Bulk Applicant 01, Bulk Applicant 02, Bulk Applicant 03, Bulk Applicant 04 and 45 more',
  );
  // No status is chosen for the person, and only those an applicant can reach are offered.
  const go = app.getByTestId('bulk-confirm-go');
  await expect(go).toHaveText('Choose the new status');
  await expect(go).toBeDisabled();
  await expect(app.locator('[data-testid^="bulk-to-"]')).toHaveCount(2);
  await app.getByTestId('bulk-to-accepted').check();
  await app.getByTestId('bulk-reason').fill('Selection committee of 12 May');
  await expect(go).toHaveText('Move 50 trainees to “Accepted”');
  await go.click();
  await expect(app.getByTestId('bulk-confirm-go')).toHaveCount(0);
  await expect(app.getByTestId('bulk-bar')).toHaveCount(0);

  const entries = await desk.call<Entry[]>('audit.list', { entity: 'trainee', action: 'transition', limit: 500 });
  expect(entries).toHaveLength(50);
  expect(new Set(entries.map((e) => e.entityId)).size).toBe(50);
  for (const e of entries)
    expect(e.after).toMatchObject({ status: 'accepted', reason: 'Selection committee of 12 May' });
  const list = await desk.call<{ total: number }>('trainees.list', { status: 'accepted' });
  expect(list.total).toBe(51);
});

test('a move one trainee refuses changes no one and names that trainee', async ({ app, desk }) => {
  for (const name of ['Alpha Applicant', 'Bravo Applicant']) await createTrainee(desk, { fullName: name });
  await createTrainee(desk, { fullName: 'Charlie Completed', status: 'completed' });
  await createTrainee(desk, { fullName: 'Delta Applicant' });
  const before = await statuses(desk);
  const auditBefore = (await desk.call<Entry[]>('audit.list', { limit: 500 })).length;

  await openList(app, 'sort=name');
  for (const name of ['Alpha Applicant', 'Bravo Applicant', 'Charlie Completed', 'Delta Applicant']) {
    await rowBox(app, name).check();
  }
  await app.getByTestId('bulk-status').click();
  await app.getByTestId('bulk-to-accepted').check();
  await app.getByTestId('bulk-reason').fill('Committee decision');
  await app.getByTestId('bulk-confirm-go').click();
  const refused = app.getByTestId('bulk-refused');
  await expect(refused).toContainText('Nothing was changed');
  await expect(app.getByTestId('bulk-refusal')).toHaveCount(1);
  await expect(app.getByTestId('bulk-refusal')).toContainText('Charlie Completed');
  await expect(app.getByTestId('bulk-refusal')).toContainText('cannot go from “Completed” to “Accepted”');

  expect(await statuses(desk)).toEqual(before);
  expect((await desk.call<Entry[]>('audit.list', { limit: 500 })).length).toBe(auditBefore);

  // In Japanese too.
  await app.getByRole('button', { name: 'Cancel' }).click();
  await switchLanguage(app, '日本語');
  await app.getByTestId('bulk-status').click();
  // What was chosen and typed is still there: deselecting the refused trainee costs no retyping.
  await expect(app.getByTestId('bulk-to-accepted')).toBeChecked();
  await expect(app.getByTestId('bulk-reason')).toHaveValue('Committee decision');
  await app.getByTestId('bulk-confirm-go').click();
  await expect(app.getByTestId('bulk-refusal')).toContainText('「修了」から「受入決定」には変更できません');
});

test('a move to the status a trainee already has says so; when all refuse, it says none can', async ({ app, desk }) => {
  await createTrainee(desk, { fullName: 'Echo Accepted', status: 'accepted' });
  await createTrainee(desk, { fullName: 'Foxtrot Completed', status: 'completed' });
  await createTrainee(desk, { fullName: 'Golf Applicant' });
  await openList(app, 'sort=name');
  for (const name of ['Echo Accepted', 'Golf Applicant']) await rowBox(app, name).check();
  await app.getByTestId('bulk-status').click();
  await app.getByTestId('bulk-to-accepted').check();
  await app.getByTestId('bulk-confirm-go').click();
  await expect(app.getByTestId('bulk-refusal')).toHaveCount(1);
  await expect(app.getByTestId('bulk-refusal')).toContainText('is already “Accepted”.');
  await app.getByRole('button', { name: 'Cancel' }).click();
  await app.getByTestId('bulk-clear').click();

  await rowBox(app, 'Foxtrot Completed').check();
  await app.getByTestId('bulk-status').click();
  await app.getByTestId('bulk-to-withdrawn').check();
  await app.getByTestId('bulk-reason').fill('Programme cancelled');
  await app.getByTestId('bulk-confirm-go').click();
  await expect(app.getByTestId('bulk-refused')).toContainText(
    'The trainee cannot take this change, so nothing was changed',
  );
});

test('Shift+click selects the range; all matching the filter; clear', async ({ app, desk }) => {
  test.setTimeout(120_000);
  for (let i = 0; i < 55; i++) await createTrainee(desk, { fullName: `Range Trainee ${String(i).padStart(2, '0')}` });
  await openList(app, 'sort=name');
  await rowBox(app, 'Range Trainee 02').click();
  await rowBox(app, 'Range Trainee 06').click({ modifiers: ['Shift'] });
  await expect(app.getByTestId('bulk-count')).toHaveText('5 selected');
  for (const i of ['02', '03', '04', '05', '06']) await expect(rowBox(app, `Range Trainee ${i}`)).toBeChecked();
  await expect(rowBox(app, 'Range Trainee 01')).not.toBeChecked();
  await expect(rowBox(app, 'Range Trainee 07')).not.toBeChecked();

  await app.getByRole('checkbox', { name: 'Select every trainee on this page' }).check();
  await app.getByTestId('bulk-select-all').click();
  await expect(app.getByTestId('bulk-count')).toHaveText('All 55 matching the filter are selected');
  await app.getByTestId('bulk-archive').click();
  await expect(app.getByTestId('bulk-confirm-count')).toHaveText('This applies to 55 trainees:');
  await app.getByTestId('bulk-confirm-go').click();
  await expect(app.getByTestId('bulk-bar')).toHaveCount(0);
  expect((await desk.call<{ total: number }>('trainees.list', { archived: 'archived' })).total).toBe(55);

  await openList(app, 'show=archived&sort=name');
  await rowBox(app, 'Range Trainee 00').check();
  await expect(app.getByTestId('bulk-count')).toHaveText('1 selected');
  await app.getByTestId('bulk-clear').click();
  await expect(app.getByTestId('bulk-bar')).toHaveCount(0);
  await expect(rowBox(app, 'Range Trainee 00')).not.toBeChecked();
});

test('the bulk confirmation dialog passes axe, its buttons in view at 1280×720', async ({ app, desk }) => {
  test.setTimeout(150_000);
  for (let i = 0; i < 8; i++) await createTrainee(desk, { fullName: `Axe Trainee ${i}` });
  await app.setViewportSize({ width: 1280, height: 720 });
  await openList(app, 'sort=name');
  await app.getByRole('checkbox', { name: 'Select every trainee on this page' }).check();
  await app.getByTestId('bulk-status').click();
  await expect(app.getByTestId('bulk-confirm-names')).toContainText('and 3 more');
  await expect(app.getByTestId('bulk-confirm-go')).toBeInViewport();
  await scan(app, 'bulk status dialog');
  await app.getByRole('button', { name: 'Cancel' }).click();
  await app.getByTestId('bulk-cohort').click();
  await expect(app.getByTestId('bulk-confirm-go')).toBeInViewport();
  await scan(app, 'bulk cohort dialog');
});
