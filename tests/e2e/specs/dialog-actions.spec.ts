// A form dialog keeps its actions in view at 1280×720: the evaluation, the longest, scrolls inside
// and its Save button stays on screen without the page scrolling.
import { expect, test } from '../fixtures';
import { ProgressTab, placedTrainee } from '../pages/progress';

test.use({ viewport: { width: 1280, height: 720 } });

test('the evaluation dialog’s Save button is in the viewport at 1280×720', async ({ app, desk }) => {
  const p = await placedTrainee(desk);
  const tab = new ProgressTab(app);
  await tab.open(p.trainee.id);
  await tab.newEntry('evaluation');
  const save = tab.dialog().getByTestId('entry-save');
  await expect(save).toBeVisible();
  // The dialog's content is taller than the window, so it scrolls: Save must still be in view.
  const box = await save.boundingBox();
  expect(box).not.toBeNull();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(720);
  expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
  await expect(save).toBeInViewport({ ratio: 1 });
  expect(await app.evaluate(() => window.scrollY)).toBe(0);
});
