// Settings: staff name (recorded with changes), fields of training and countries.
import { expect, test } from '../fixtures';
import { createTrainee } from '../pages/data';
import { goTo, openSection } from '../pages/shell';
import { TraineeForm } from '../pages/traineeForm';

test('the staff name is saved and recorded with the next change', async ({ app, desk }) => {
  await openSection(app, 'Settings');
  await app.getByLabel('Your name').fill('Tanaka Yuki');
  await app.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(app.getByText('Your name was saved.')).toBeVisible();

  const t = await createTrainee(desk, { fullName: 'Budi' });
  await goTo(app, `/trainees/${t.id}`);
  await expect(app.getByTestId('history')).toContainText('Tanaka Yuki');
});

test('fields of training: add, rename, deactivate', async ({ app }) => {
  await openSection(app, 'Settings');
  const table = app.getByTestId('fields-table');

  await app.getByRole('button', { name: 'Add a field', exact: true }).click();
  let dialog = app.getByRole('dialog', { name: 'Add a field', exact: true });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toContainText('English name is required. Please fill it in.');
  await dialog.getByLabel('English name').fill('Disaster prevention');
  await dialog.getByLabel('Japanese name').fill('防災');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(table.getByRole('row', { name: /Disaster prevention/ })).toContainText('防災');

  await app.getByRole('button', { name: 'Rename Disaster prevention' }).click();
  dialog = app.getByRole('dialog', { name: 'Rename field' });
  await dialog.getByLabel('English name').fill('Disaster risk reduction');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(table.getByRole('row', { name: /Disaster risk reduction/ })).toBeVisible();

  // A duplicate English name is refused with the reason.
  await app.getByRole('button', { name: 'Add a field', exact: true }).click();
  dialog = app.getByRole('dialog', { name: 'Add a field', exact: true });
  await dialog.getByLabel('English name').fill('Tourism');
  await dialog.getByLabel('Japanese name').fill('観光2');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByText('A field with this English name already exists. Use another name.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Deactivated: no longer offered on the form.
  await app.getByRole('switch', { name: 'Disaster risk reduction is active' }).click();
  await expect(app.getByRole('switch', { name: 'Disaster risk reduction is active' })).not.toBeChecked();
  await goTo(app, '/trainees/new');
  const form = new TraineeForm(app);
  await form.input('Field of training').click();
  await expect(app.getByRole('option', { name: 'Tourism' })).toBeVisible();
  await expect(app.getByRole('option', { name: 'Disaster risk reduction' })).toHaveCount(0);
});

test('countries: Timor-Leste is listed; names can be edited and a country deactivated', async ({ app, desk }) => {
  await openSection(app, 'Settings');
  const table = app.getByTestId('countries-table');
  await expect(table.getByRole('row', { name: /Timor-Leste/ })).toContainText('東ティモール');

  await app.getByRole('button', { name: 'Edit Vietnam' }).click();
  const dialog = app.getByRole('dialog', { name: 'Edit Vietnam' });
  await dialog.getByLabel('English name').fill('Viet Nam');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(table.getByRole('row', { name: /Viet Nam/ })).toBeVisible();

  await app.getByRole('switch', { name: 'Singapore is active' }).click();
  await expect(app.getByRole('switch', { name: 'Singapore is active' })).not.toBeChecked();
  const countries = await desk.call<{ code: string; active: boolean; nameEn: string }[]>('reference.countries.list');
  expect(countries.find((c) => c.code === 'SG')?.active).toBe(false);
  expect(countries.find((c) => c.code === 'VN')?.nameEn).toBe('Viet Nam');
});
