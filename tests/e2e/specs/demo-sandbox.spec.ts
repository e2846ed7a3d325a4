// The demo sandbox beside real records: switch to it, see it marked and filled, add a record there,
// switch back to the real records (the demo one is not among them), and switch to a fresh demo again.
import { expect, test } from '../fixtures';
import { createTrainee } from '../pages/data';
import { TraineeList } from '../pages/traineeList';

test('switch to the demo and back: demo records never mix with real ones', async ({ app, desk }) => {
  await createTrainee(desk, { fullName: 'Alice Tan', familyName: 'Tan', givenName: 'Alice' });
  // The app starts again with a real record (Home then offers the demo beside the dashboard).
  await app.reload();
  const list = new TraineeList(app);
  const banner = app.getByTestId('sandbox-banner');
  const home = () => app.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
  const tryDemo = async () => {
    await home();
    await app.getByTestId('try-demo').getByRole('button', { name: 'Try with demo data' }).click();
    await expect(banner).toContainText('Demo data — nothing here is real.');
  };

  await list.open();
  await list.settled();
  expect(await list.names()).toEqual(['Alice Tan']);
  await expect(banner).toBeHidden();

  await tryDemo();
  await expect(app).toHaveTitle('CLAIR Desk — Demo data');
  await expect(app.getByRole('banner').getByText('Demo data')).toBeVisible();
  await list.open();
  await list.settled();
  await expect(banner).toBeVisible();
  await expect(app.getByText('1–50 of 120')).toBeVisible();
  await expect(list.rows().first().getByTestId('demo-badge')).toHaveText('Demo');
  await list.searchFor('Alice Tan');
  await expect(list.rows()).toHaveCount(0);

  // A record added while in the demo goes into the demo database.
  await createTrainee(desk, { fullName: 'Zed Sandbox', familyName: 'Sandbox', givenName: 'Zed' });
  await list.searchFor('Zed Sandbox');
  expect(await list.names()).toEqual(['Zed Sandbox']);
  // Opened from the palette: a recent record of the demo's own, and Back then leaves from its page.
  await app.keyboard.press('Control+k');
  await app.getByTestId('palette-search').fill('Zed Sandbox');
  await expect(app.getByTestId('palette-list').locator('[data-selected]')).toContainText('Zed Sandbox');
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('trainee-name')).toHaveText('Zed Sandbox');

  // Back: the same kind of screen (the trainee list), with the real records only.
  await banner.getByRole('button', { name: 'Back to my data' }).click();
  await expect(banner).toBeHidden();
  await expect(app).toHaveTitle('CLAIR Desk');
  await expect(app.getByTestId('trainee-list')).toBeVisible();
  await list.settled();
  expect(await list.names()).toEqual(['Alice Tan']);
  await list.searchFor('Zed Sandbox');
  await expect(list.rows()).toHaveCount(0);
  expect(await desk.call('settings.app.info')).toMatchObject({ demo: false });
  // The palette does not offer the demo's record among the recent ones of the real data.
  await app.keyboard.press('Control+k');
  await expect(app.getByTestId('palette-search')).toBeFocused();
  await expect(app.getByTestId('palette-list')).not.toContainText('Zed Sandbox');
  await app.keyboard.press('Escape');

  // Again: a fresh demo, without the record added last time.
  await tryDemo();
  await list.open();
  await list.searchFor('Zed Sandbox');
  await expect(list.rows()).toHaveCount(0);
  expect(await desk.call('settings.app.info')).toMatchObject({ demo: true });
  await banner.getByRole('button', { name: 'Back to my data' }).click();
  await expect(banner).toBeHidden();
});
