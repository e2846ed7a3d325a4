// "Plan the month": an introductory month around Golden Week generated from a weekly pattern (the
// holidays skipped and named, an edit in the preview kept, a day already taken marked), saved in one
// step; then an earlier cohort's programme copied onto the next year's intro by week and weekday.
import { expect, test } from '../fixtures';
import { scan } from '../pages/axe';
import { createCohort, createSession } from '../pages/cohorts';
import { goTo } from '../pages/shell';

// FY2027's intro: Mon 26 April – Tue 25 May 2027. Holidays: Thu 29 April (Shōwa Day), 3–5 May.
const FY = 2027;
const INTRO = '2027-04-26';

const planDialog = (app: import('@playwright/test').Page) =>
  app.getByRole('dialog', { name: /Plan the introductory month/ });

test('a weekly pattern around Golden Week: holidays skipped and shown, an edit kept, saved', async ({ app, desk }) => {
  test.setTimeout(120_000);
  await createCohort(desk, FY, INTRO);
  await createSession(desk, FY, '2027-05-06', 'Welcome lunch');
  await goTo(app, `/cohorts/${FY}`);
  await expect(app.getByTestId('intro-holidays')).toContainText('Showa Day');
  await expect(app.getByTestId('session-row')).toHaveCount(1);

  await app.getByTestId('plan-month').click();
  const dialog = planDialog(app);
  await expect(dialog.getByTestId('plan-period')).toContainText(`${INTRO} to 2027-05-25`);
  await dialog.getByLabel('Monday: title of session 1').fill('Japanese language');
  await dialog.getByLabel('Thursday: title of session 1').fill('Local government');
  await dialog.getByLabel('Thursday: venue of session 1').fill('Room A');
  await dialog.getByTestId('plan-preview-button').click();

  // Four holidays in the period; Shōwa Day takes Thursday's session, 3 May Monday's.
  const holidays = dialog.getByTestId('plan-holiday');
  await expect(holidays).toHaveCount(4);
  await expect(dialog.locator('[data-testid="plan-holiday"][data-date="2027-04-29"]')).toContainText(
    'Showa Day — not planned: Local government',
  );
  await expect(dialog.locator('[data-testid="plan-holiday"][data-date="2027-05-03"]')).toContainText(
    'Japanese language',
  );
  const rows = dialog.getByTestId('plan-row');
  await expect(rows).toHaveCount(7);
  for (const date of ['2027-04-29', '2027-05-03', '2027-05-04', '2027-05-05']) {
    await expect(dialog.locator(`[data-testid="plan-row"][data-date="${date}"]`)).toHaveCount(0);
  }
  // 6 May already has a session: the preview says so.
  const sixth = dialog.locator('[data-testid="plan-row"][data-date="2027-05-06"]');
  await expect(sixth.getByTestId('plan-collision')).toHaveText('Already 1 session this day');
  await scan(app, 'plan the month (preview)');

  // Edits before saving: a title changed, the last Monday removed.
  await sixth.getByLabel(/^Title of session/).fill('Local government in Japan');
  await dialog.getByRole('button', { name: /Remove session 7 “Japanese language”/ }).click();
  await expect(rows).toHaveCount(6);
  await dialog.getByRole('button', { name: 'Save 6 sessions' }).click();

  await expect(app.getByText('6 sessions were added.')).toBeVisible();
  const saved = app.getByTestId('session-row');
  await expect(saved).toHaveCount(7);
  await expect(app.locator('[data-testid="session-row"][data-title="Local government in Japan"]')).toHaveCount(1);
  await expect(app.locator('[data-testid="session-row"][data-title="Local government"]')).toHaveCount(2);
  await expect(app.locator('[data-testid="session-row"][data-title="Japanese language"]')).toHaveCount(3);
  await expect(saved.filter({ hasText: '2027-05-24' })).toHaveCount(0);
  const audit = await desk.call<{ action: string; entity: string }[]>('audit.list', { limit: 10 });
  expect(audit.filter((a) => a.entity === 'intro_session' && a.action === 'create')).toHaveLength(7);
});

test('copy the previous cohort’s programme: by week and weekday, a holiday skipped and shown', async ({
  app,
  desk,
}) => {
  test.setTimeout(120_000);
  // FY2026's intro began on Monday 27 April 2026.
  await createCohort(desk, 2026, '2026-04-27');
  await createSession(desk, 2026, '2026-04-27', 'Opening');
  await createSession(desk, 2026, '2026-04-30', 'Culture'); // week 0, Thursday → Shōwa Day 2027
  await createSession(desk, 2026, '2026-05-07', 'Visit'); // week 1, Thursday → 6 May 2027
  await createCohort(desk, FY, INTRO);
  await goTo(app, `/cohorts/${FY}`);
  await expect(app.getByTestId('sessions-empty')).toBeVisible();

  await app.getByTestId('plan-month').click();
  const dialog = planDialog(app);
  await dialog.getByText('Copy a previous cohort').click();
  await expect(dialog.getByRole('radio', { name: 'Copy a previous cohort' })).toBeChecked();
  await expect(dialog.getByLabel('Cohort to copy from')).toHaveValue('FY2026 · 3 sessions');
  await scan(app, 'plan the month (copy)');
  await dialog.getByTestId('plan-preview-button').click();

  await expect(dialog.locator('[data-testid="plan-holiday"][data-date="2027-04-29"]')).toContainText(
    'not planned: Culture',
  );
  const rows = dialog.getByTestId('plan-row');
  await expect(rows).toHaveCount(2);
  await expect(dialog.locator('[data-testid="plan-row"][data-date="2027-04-26"]')).toBeVisible();
  await expect(dialog.locator('[data-testid="plan-row"][data-date="2027-05-06"]')).toBeVisible();
  await dialog.getByRole('button', { name: 'Save 2 sessions' }).click();

  await expect(app.getByText('2 sessions were added.')).toBeVisible();
  await expect(app.getByTestId('session-row')).toHaveCount(2);
  await expect(app.locator('[data-testid="session-row"][data-title="Visit"]')).toContainText('2027-05-06');
});
