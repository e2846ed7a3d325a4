// A trainee's photo: upload one, see its display-size copy on the card and the full photo on request,
// remove it; a file that is not an image, a pixel bomb and an image with something after its end are
// refused with the reason, before the browser decodes anything.
import path from 'node:path';
import Database from 'better-sqlite3';
import { JPEG, png, pngBomb } from '../../support/images';
import { expect, test } from '../fixtures';
import { createTrainee } from '../pages/data';
import { goTo } from '../pages/shell';

// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const naturalSize = (img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight];

test('upload, show and remove a photo', async ({ app, desk }) => {
  const t = await createTrainee(desk, { fullName: 'Maria Santos', country: 'PH' });
  await goTo(app, `/trainees/${t.id}`);
  await app.locator('input[type="file"]').setInputFiles({ name: 'maria.png', mimeType: 'image/png', buffer: PNG });
  await expect(app.getByText('The photo was saved.')).toBeVisible();
  // The card shows the display-size copy the browser made (WebP in Chromium), not the upload itself.
  await expect(app.getByRole('img', { name: 'Photo of Maria Santos' })).toHaveAttribute(
    'src',
    /^data:image\/(webp|jpeg);base64,/,
  );
  await expect(app.getByTestId('history')).toContainText('Photo added');

  await app.getByRole('button', { name: 'Remove photo' }).click();
  await app.getByRole('dialog', { name: 'Remove the photo?' }).getByRole('button', { name: 'Remove photo' }).click();
  await expect(app.getByText('The photo was removed.')).toBeVisible();
  await expect(app.getByRole('img', { name: 'Photo of Maria Santos' })).toHaveCount(0);
});

test('a large photo is shown on the card as a small copy, and whole only when asked for', async ({ app, desk }) => {
  const t = await createTrainee(desk, { fullName: 'Nguyen Van An', country: 'VN' });
  await goTo(app, `/trainees/${t.id}`);
  const photo = png(900, 1200);
  await app.locator('input[type="file"]').setInputFiles({ name: 'an.png', mimeType: 'image/png', buffer: photo });
  await expect(app.getByText('The photo was saved.')).toBeVisible();
  const card = app.getByRole('img', { name: 'Photo of Nguyen Van An' });
  await expect(card).toHaveAttribute('src', /^data:image\/(webp|jpeg);base64,/);
  await expect.poll(() => card.evaluate(naturalSize)).toEqual([240, 320]);
  await app.screenshot({ path: test.info().outputPath('photo-card.png') });

  await app.getByRole('button', { name: 'View full size' }).click();
  const full = app.getByRole('dialog').getByRole('img', { name: 'Full-size photo of Nguyen Van An' });
  await expect(full).toHaveAttribute('src', /^data:image\/png;base64,/);
  await expect.poll(() => full.evaluate(naturalSize)).toEqual([900, 1200]);
  // What was stored is the upload, byte for byte.
  const stored = await desk.call<{ mime: string; data: string }>('trainees.photo.get', { id: t.id });
  expect(stored).toEqual({ mime: 'image/png', data: photo.toString('base64') });
});

test('a file that is not a JPEG, PNG or WebP is refused with the reason', async ({ app, desk }) => {
  const t = await createTrainee(desk, { fullName: 'Maria Santos', country: 'PH' });
  await goTo(app, `/trainees/${t.id}`);
  await app
    .locator('input[type="file"]')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(app.getByRole('alert').filter({ hasText: 'The file is not a JPEG, PNG or WebP image.' })).toBeVisible();
  // A file named .png whose bytes are not a PNG is refused too: the bytes decide, not the name.
  await app
    .locator('input[type="file"]')
    .setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('not really a png') });
  await expect(
    app.getByRole('alert').filter({ hasText: 'The file is not a JPEG, PNG or WebP image.' }).last(),
  ).toBeVisible();
});

test('a pixel bomb is refused from its header, never decoded, and the page stays usable', async ({ app, desk }) => {
  const t = await createTrainee(desk, { fullName: 'Somchai Srisuk', country: 'TH' });
  await goTo(app, `/trainees/${t.id}`);
  const bomb = pngBomb(20_000); // about 50 KB; 1.6 GB once decoded
  await app.locator('input[type="file"]').setInputFiles({ name: 'bomb.png', mimeType: 'image/png', buffer: bomb });
  await expect(
    app
      .getByRole('alert')
      .filter({ hasText: 'The image is 20,000 × 20,000 pixels; a photo may have at most 40 megapixels.' }),
  ).toBeVisible();
  await app.screenshot({ path: test.info().outputPath('photo-bomb.png') });
  expect((await desk.call<{ hasPhoto: boolean }>('trainees.get', { id: t.id })).hasPhoto).toBe(false);

  // A real photo with HTML after its end is refused for that reason.
  const html = Buffer.from('<!doctype html><script>alert(1)</script>');
  await app
    .locator('input[type="file"]')
    .setInputFiles({ name: 'x.jpg', mimeType: 'image/jpeg', buffer: Buffer.concat([JPEG, html]) });
  await expect(app.getByRole('alert').filter({ hasText: 'The file holds more than the image' })).toBeVisible();

  // The page still works: a good photo goes through.
  await app.locator('input[type="file"]').setInputFiles({ name: 'ok.jpg', mimeType: 'image/jpeg', buffer: JPEG });
  await expect(app.getByText('The photo was saved.')).toBeVisible();
  await expect(app.getByRole('img', { name: 'Photo of Somchai Srisuk' })).toBeVisible();
});

test('a pixel bomb stored before the checks is not decoded on the card, and can be replaced', async ({ app, desk }) => {
  const t = await createTrainee(desk, { fullName: 'Aung Kyaw', country: 'MM' });
  // Only an older version could have stored it, without a display copy; put it in the file as it did.
  const db = new Database(path.join(desk.dataDir, 'clair-desk.sqlite'));
  db.prepare('INSERT INTO trainee_photos (trainee_id, mime, data) VALUES (?, ?, ?)').run(
    t.id,
    'image/png',
    pngBomb(20_000),
  );
  db.close();
  await goTo(app, `/trainees/${t.id}`);
  await expect(
    app.getByRole('alert').filter({ hasText: 'The stored photo is not shown. The image is 20,000 × 20,000 pixels' }),
  ).toBeVisible();
  await expect(app.getByRole('img', { name: 'Photo of Aung Kyaw' })).toHaveCount(0);
  await app.screenshot({ path: test.info().outputPath('photo-stored-bomb.png') });

  await app.locator('input[type="file"]').setInputFiles({ name: 'aung.png', mimeType: 'image/png', buffer: PNG });
  await expect(app.getByText('The photo was saved.')).toBeVisible();
  await expect(app.getByRole('img', { name: 'Photo of Aung Kyaw' })).toHaveAttribute(
    'src',
    /^data:image\/(webp|jpeg);/,
  );
  await expect(app.getByRole('alert').filter({ hasText: 'The stored photo is not shown.' })).toHaveCount(0);
});
