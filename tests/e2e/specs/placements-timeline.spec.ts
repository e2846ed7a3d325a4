// The cohort timeline: one row per trainee with the introductory month and placement bars, today
// marked, conflicts highlighted, accepted warnings with their reason, a bar leading to the trainee.
import { expect, test } from '../fixtures';
import { seedCohort } from '../pages/cohortData';
import { currentFy, Timeline } from '../pages/placements';
import { openSection } from '../pages/shell';

const fy = currentFy();

test('the timeline of a 40-trainee cohort', async ({ app, desk }) => {
  const { trainees } = await seedCohort(desk, fy, 40);
  await openSection(app, 'Timeline');
  await expect(app).toHaveURL(new RegExp(`#/timeline/${fy}$`));
  const timeline = new Timeline(app);
  await expect(timeline.rows()).toHaveCount(40);
  await expect(app.getByTestId('timeline-summary')).toContainText('40 trainees');
  await expect(app.getByTestId('timeline-summary')).toContainText('without placement');
  await expect(app.getByTestId('timeline-legend')).toContainText('Overlap, or over capacity not accepted');

  // Bars on a shared axis, today's line, the introductory month on every row.
  const first = timeline.rows().first();
  await expect(first).toContainText(trainees[0]?.ref ?? '');
  await expect(first.getByTestId('timeline-bar')).toHaveCount(2);
  // The introductory month is drawn on every row's track from the chart's cohort dates.
  await expect(timeline.chart()).toHaveAttribute('data-intro', 'true');
  await expect(timeline.chart().getByTestId('timeline-today')).toBeVisible();
  await expect(timeline.chart().getByTestId('timeline-today-label')).toHaveText('Today');

  // The host whose capacity was lowered afterwards: its bars are red; accepted warnings have a marker
  // whose tooltip gives the recorded reason.
  await expect(timeline.chart().locator('[data-testid="timeline-bar"][data-conflict]').first()).toBeVisible();
  const accepted = timeline.chart().locator('[data-testid="timeline-bar"][data-accepted]').first();
  await accepted.hover();
  await expect(app.getByTestId('timeline-tip')).toContainText('Accepted with a reason');
  await expect(app.getByTestId('timeline-tip')).toContainText('Reason: “Agreed with the host by e-mail”');

  // Finding one trainee among many, then a click on a bar opens the trainee's page.
  const someone = trainees[21];
  if (!someone) throw new Error('seeded cohort too small');
  await app.getByPlaceholder('Find a trainee by name or reference').fill(someone.ref);
  await expect(timeline.rows()).toHaveCount(1);
  await timeline.rows().first().getByTestId('timeline-bar').first().click();
  await expect(app).toHaveURL(new RegExp(`#/trainees/${someone.id}$`));
  await expect(app.getByTestId('trainee-name')).toHaveText(someone.fullName);
  await expect(app.getByTestId('placements-card').getByTestId('placement-row')).toHaveCount(2);

  // Another fiscal year through the picker's arrows.
  await app.goBack();
  await app.getByRole('button', { name: 'Next fiscal year' }).click();
  await expect(app).toHaveURL(new RegExp(`#/timeline/${fy + 1}$`));
  await expect(app.getByText('No trainees in this fiscal year yet.')).toBeVisible();
});

test('#/timeline opens the current fiscal year, and 400 trainees all get their row', async ({ app, desk }) => {
  test.setTimeout(120_000);
  await seedCohort(desk, fy, 400);
  const timeline = new Timeline(app);
  await timeline.open();
  await expect(app).toHaveURL(new RegExp(`#/timeline/${fy}$`));
  await expect(timeline.rows()).toHaveCount(400);
  // "Needing attention": trainees without a placement or with a conflict or an open warning.
  await app.getByRole('switch', { name: 'Only trainees needing attention' }).check();
  const shown = await timeline.rows().count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(400);
});
