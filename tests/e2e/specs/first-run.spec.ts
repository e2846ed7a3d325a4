// An empty database says what to do next; demo data can be loaded, is marked, and removed again.
import { expect, test } from '../fixtures';
import { TraineeList } from '../pages/traineeList';

test('first run: load demo data, see it marked, remove it', async ({ app, desk }) => {
  const firstRun = app.getByTestId('first-run');
  await expect(firstRun).toBeVisible();
  await expect(firstRun.getByRole('link', { name: 'Register your first trainee' })).toBeVisible();

  await firstRun.getByRole('button', { name: 'Load demo data (fictional trainees)' }).click();
  const banner = app.getByTestId('demo-banner');
  await expect(banner).toContainText('Demo data loaded — 120 fictional trainees');
  await expect(app.getByTestId('status-counts')).toBeVisible();

  const list = new TraineeList(app);
  await list.open();
  await list.settled();
  await expect(list.rows()).toHaveCount(50);
  await expect(list.rows().first().getByTestId('demo-badge')).toHaveText('Demo');
  await expect(app.getByText('1–50 of 120')).toBeVisible();

  await app.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
  await banner.getByRole('button', { name: 'Remove demo data' }).click();
  const dialog = app.getByRole('dialog', { name: 'Remove demo data?' });
  await expect(dialog).toContainText('The 120 fictional trainees will be deleted.');
  await dialog.getByRole('button', { name: 'Remove demo data' }).click();
  await expect(app.getByText('The demo data was removed.')).toBeVisible();
  await expect(firstRun).toBeVisible();
  expect(await desk.call('demo.status')).toEqual({ trainees: 0, loaded: false });
});

test('the register button of the first run opens the form', async ({ app }) => {
  await app.getByRole('link', { name: 'Register your first trainee' }).click();
  await expect(app.getByRole('heading', { name: 'Register a trainee' })).toBeVisible();
});
