// An empty database says what to do next; the demo opens beside it, marked; demo records left in the
// real database by earlier versions are marked and removed again.
import { expect, test } from '../fixtures';
import { TraineeList } from '../pages/traineeList';

test('first run: try with demo data opens the marked demo, and back is the empty database', async ({ app, desk }) => {
  const firstRun = app.getByTestId('first-run');
  await expect(firstRun).toBeVisible();
  await expect(firstRun.getByRole('link', { name: 'Register your first trainee' })).toBeVisible();

  await firstRun.getByRole('button', { name: 'Try with demo data' }).click();
  const banner = app.getByTestId('sandbox-banner');
  await expect(banner).toContainText('Demo data — nothing here is real.');
  await expect(app.getByTestId('status-counts')).toBeVisible();
  // Inside the demo, the demo's own "loaded" notice is not shown as well.
  await expect(app.getByTestId('demo-banner')).toBeHidden();

  const list = new TraineeList(app);
  await list.open();
  await list.settled();
  await expect(list.rows()).toHaveCount(50);
  await expect(list.rows().first().getByTestId('demo-badge')).toHaveText('Demo');
  await expect(app.getByText('1–50 of 120')).toBeVisible();

  await banner.getByRole('button', { name: 'Back to my data' }).click();
  await expect(banner).toBeHidden();
  await app.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
  await expect(firstRun).toBeVisible();
  expect(await desk.call('demo.status')).toEqual({ trainees: 0, loaded: false });
});

test('demo records loaded into the real database (earlier versions) are marked and removed', async ({ app, desk }) => {
  await desk.call('demo.load', { trainees: 120 });
  await app.goto(await desk.launchUrl());
  const banner = app.getByTestId('demo-banner');
  await expect(banner).toContainText('Demo data loaded — 120 fictional trainees');
  await banner.getByRole('button', { name: 'Remove demo data' }).click();
  const dialog = app.getByRole('dialog', { name: 'Remove demo data?' });
  await expect(dialog).toContainText('The 120 fictional trainees will be deleted.');
  await dialog.getByRole('button', { name: 'Remove demo data' }).click();
  await expect(app.getByText('The demo data was removed.')).toBeVisible();
  await expect(app.getByTestId('first-run')).toBeVisible();
  expect(await desk.call('demo.status')).toEqual({ trainees: 0, loaded: false });
});

test('the register button of the first run opens the form', async ({ app }) => {
  await app.getByRole('link', { name: 'Register your first trainee' }).click();
  await expect(app.getByRole('heading', { name: 'Register a trainee' })).toBeVisible();
});
