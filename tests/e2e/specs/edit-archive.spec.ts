// Editing a record, archiving and restoring it, and what happens when someone else saved first.
import { expect, test } from '../fixtures';
import { createTrainee } from '../pages/data';
import { goTo } from '../pages/shell';
import { TraineeForm } from '../pages/traineeForm';
import { TraineeList } from '../pages/traineeList';

test('edit a trainee; the change shows on the record and in its history', async ({ app, desk }) => {
  const t = await createTrainee(desk, {
    fullName: 'Siti Rahmawati',
    country: 'ID',
    homeGovernment: 'Surabaya City Government',
  });
  await goTo(app, `/trainees/${t.id}`);
  await app.getByRole('link', { name: 'Edit' }).click();
  await expect(app.getByRole('heading', { name: 'Edit Siti Rahmawati' })).toBeVisible();
  const form = new TraineeForm(app);
  await expect(form.input('Home local government')).toHaveValue('Surabaya City Government');
  await form.text('Home local government', 'Bandung City Government');
  await form.text('Katakana reading', 'シティ・ラフマワティ');
  await form.submit();
  await expect(app.getByText('The changes to Siti Rahmawati were saved.')).toBeVisible();
  await expect(app.getByText('Bandung City Government')).toBeVisible();
  const history = app.getByTestId('history');
  await expect(history).toContainText('Edited');
  await expect(history).toContainText('Changed: Katakana reading, Home local government');

  // The list finds the new organisation.
  const list = new TraineeList(app);
  await list.open();
  await list.searchFor('bandung');
  expect(await list.names()).toEqual(['Siti Rahmawati']);
});

test('archive (with a confirmation that says it can be restored) and restore', async ({ app, desk }) => {
  const t = await createTrainee(desk, { fullName: 'Bounmy Phommachanh', country: 'LA' });
  await createTrainee(desk, { fullName: 'Still Active' });
  await goTo(app, `/trainees/${t.id}`);
  await app.getByRole('button', { name: 'Archive' }).click();
  const dialog = app.getByRole('dialog', { name: 'Archive Bounmy Phommachanh?' });
  await expect(dialog).toContainText('You can restore them at any time.');
  await dialog.getByRole('button', { name: 'Archive' }).click();
  await expect(app.getByText('Bounmy Phommachanh was archived.')).toBeVisible();
  await expect(app.getByText('Archived', { exact: true }).first()).toBeVisible();

  const list = new TraineeList(app);
  await list.open();
  await list.settled();
  expect(await list.names()).toEqual(['Still Active']);
  await app.getByText('Archived', { exact: true }).click();
  await list.settled();
  expect(await list.names()).toEqual(['Bounmy Phommachanh']);

  await list.rows().first().getByRole('link').click();
  await app.getByRole('button', { name: 'Restore' }).click();
  await expect(app.getByText('Bounmy Phommachanh was restored.')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Archive' })).toBeVisible();
  await expect(app.getByTestId('history')).toContainText('Restored');
});

test('someone else saved first: the form says so, keeps my edit and takes their other changes', async ({
  app,
  desk,
}) => {
  const t = await createTrainee(desk, { fullName: 'Dao Van Minh', country: 'VN' });
  await goTo(app, `/trainees/${t.id}/edit`);
  const form = new TraineeForm(app);
  await expect(form.input('Home local government')).toHaveValue('Bangkok Metropolitan Administration');

  // A colleague saves a change meanwhile.
  const current = await desk.call<Record<string, unknown>>('trainees.get', { id: t.id });
  const { id, ref, hasPhoto, archived, isDemo, version, createdAt, updatedAt, ...data } = current;
  await desk.call('trainees.update', { id, version, data: { ...data, homeGovernment: 'Hue City' } });

  await form.text('Position', 'Planner');
  await form.submit();
  await expect(app.getByTestId('stale-alert')).toContainText('Someone else saved this record while you were editing');
  await app.getByRole('button', { name: /Keep my changes/ }).click();
  await expect(form.input('Home local government')).toHaveValue('Hue City');
  await expect(form.input('Position')).toHaveValue('Planner');
  await expect(app.getByTestId('stale-alert')).toHaveCount(0);
});
