// A trainee's photo: upload a PNG, see it, remove it; a file that is not an image is refused.
import { expect, test } from '../fixtures';
import { createTrainee } from '../pages/data';
import { goTo } from '../pages/shell';

// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

test('upload, show and remove a photo', async ({ app, desk }) => {
  const t = await createTrainee(desk, { fullName: 'Maria Santos', country: 'PH' });
  await goTo(app, `/trainees/${t.id}`);
  await app.locator('input[type="file"]').setInputFiles({ name: 'maria.png', mimeType: 'image/png', buffer: PNG });
  await expect(app.getByText('The photo was saved.')).toBeVisible();
  await expect(app.getByRole('img', { name: 'Photo of Maria Santos' })).toHaveAttribute(
    'src',
    /^data:image\/png;base64,/,
  );
  await expect(app.getByTestId('history')).toContainText('Photo added');

  await app.getByRole('button', { name: 'Remove photo' }).click();
  await app.getByRole('dialog', { name: 'Remove the photo?' }).getByRole('button', { name: 'Remove photo' }).click();
  await expect(app.getByText('The photo was removed.')).toBeVisible();
  await expect(app.getByRole('img', { name: 'Photo of Maria Santos' })).toHaveCount(0);
});

test('a file that is not a JPEG or PNG is refused with the reason', async ({ app, desk }) => {
  const t = await createTrainee(desk, { fullName: 'Maria Santos', country: 'PH' });
  await goTo(app, `/trainees/${t.id}`);
  await app
    .locator('input[type="file"]')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(app.getByRole('alert').filter({ hasText: 'The file is not a JPEG or PNG image.' })).toBeVisible();
  // A file named .png whose bytes are not a PNG is refused by the core.
  await app
    .locator('input[type="file"]')
    .setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('not really a png') });
  await expect(app.getByRole('alert').filter({ hasText: 'The file is not a JPEG or PNG image.' }).last()).toBeVisible();
});
