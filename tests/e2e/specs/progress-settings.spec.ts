// Settings → Evaluation: criteria (add, rename in both languages, deactivate, order) and the rating
// scale (labels, add and remove levels; a level in use cannot be removed, said in words).
import { expect, test } from '../fixtures';
import { createEntry, criteria, ProgressTab, placedTrainee } from '../pages/progress';
import { goTo } from '../pages/shell';

async function openSettings(app: import('@playwright/test').Page) {
  await goTo(app, '/settings');
  await expect(app.getByTestId('evaluation-settings')).toBeVisible();
}

test('criteria: add, rename, reorder, deactivate; the evaluation form follows', async ({ app, desk }) => {
  const p = await placedTrainee(desk);
  await openSettings(app);
  const rows = app.getByTestId('criterion-row');
  await expect(rows).toHaveCount(5);

  await app.getByTestId('criterion-add').click();
  const dialog = app.getByRole('dialog');
  await dialog.getByLabel('English name').fill('Initiative');
  await dialog.getByLabel('Japanese name').fill('主体性');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(rows).toHaveCount(6);
  await expect(rows.last()).toHaveAttribute('data-name', 'Initiative');

  // A name already used is refused, in words.
  await rows.last().getByTestId('criterion-rename').click();
  await dialog.getByLabel('English name').fill('Attitude');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByText('A criterion with this English name already exists. Use another name.')).toBeVisible();
  await dialog.getByLabel('English name').fill('Initiative and drive');
  await dialog.getByLabel('Japanese name').fill('主体性・意欲');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(rows.last()).toContainText('主体性・意欲');

  await rows.last().getByTestId('criterion-up').click();
  await expect(rows.nth(4)).toHaveAttribute('data-name', 'Initiative and drive');
  await expect(rows.nth(5)).toHaveAttribute('data-name', 'Overall');

  // By keyboard: the switch takes focus and Space turns it off.
  await app.getByRole('switch', { name: 'Communication is active' }).focus();
  await app.keyboard.press('Space');
  await expect(app.getByRole('switch', { name: 'Communication is active' })).not.toBeChecked();

  const tab = new ProgressTab(app);
  await tab.open(p.trainee.id, '&new=evaluation&stage=final');
  const formRows = tab.dialog().getByTestId('entry-rating-row');
  await expect(formRows).toHaveCount(5);
  await expect(formRows.nth(3)).toHaveAttribute('data-criterion', 'Initiative and drive');
  await expect(tab.dialog().locator('[data-criterion="Communication"]')).toHaveCount(0);
});

test('scale: labels and a new level; a level in use cannot be removed', async ({ app, desk }) => {
  const p = await placedTrainee(desk);
  await openSettings(app);
  const levels = app.getByTestId('scale-row');
  await expect(levels).toHaveCount(5);
  await app.getByTestId('scale-add').click();
  await expect(levels).toHaveCount(6);
  // Empty labels are asked for before anything is sent.
  await app.getByTestId('scale-save').click();
  await expect(levels.last()).toContainText('English label is required');
  await levels.last().getByTestId('scale-label-en').fill('Outstanding');
  await levels.last().getByTestId('scale-label-ja').fill('卓越');
  await levels.nth(2).getByTestId('scale-label-en').fill('Meets expectations');
  await app.getByTestId('scale-save').click();
  await expect(app.getByText('The rating scale was saved.')).toBeVisible();

  const [first] = await criteria(desk);
  await createEntry(desk, p.trainee.id, {
    kind: 'evaluation',
    evaluationStage: 'mid_term',
    evaluatorRole: 'clair_staff',
    ratings: [{ criterionId: first?.id, score: 6 }],
  });
  await app.reload();
  await expect(levels).toHaveCount(6);
  await levels.last().getByTestId('scale-remove').click();
  await expect(levels).toHaveCount(5);
  await app.getByTestId('scale-save').click();
  await expect(app.getByTestId('scale-problem')).toHaveText(
    'Level 6 is used by saved evaluations, so it cannot be removed. Choose “Discard changes” to keep it; its labels can still be changed.',
  );
  await app.getByRole('button', { name: 'Discard changes' }).click();
  await expect(levels).toHaveCount(6);

  // The rating shows the new label where the evaluation is listed.
  const tab = new ProgressTab(app);
  await tab.open(p.trainee.id);
  await expect(tab.entries().first().getByTestId('entry-rating')).toContainText('6/6 Outstanding');
});
