// An axe scan of the cohort screens and their dialogs, in both languages: no serious or critical violation.
import { expect, test } from '../fixtures';
import { scan } from '../pages/axe';
import { createSession, fiscalYearOf, isoFromToday } from '../pages/cohorts';
import { createTrainee } from '../pages/data';
import { goTo, switchLanguage } from '../pages/shell';
import { expectAskedThenDiscard } from '../pages/unsaved';

const introStart = isoFromToday(-40);
const fy = fiscalYearOf(introStart);

for (const lang of ['English', '日本語'] as const) {
  test(`the cohort screens pass axe (${lang})`, async ({ app, desk }) => {
    // Twelve scans, a cohort, sessions and attendance: near two minutes on a loaded 2-core machine.
    test.setTimeout(180_000);
    if (lang === '日本語') await switchLanguage(app, '日本語');
    await goTo(app, '/cohorts');
    await expect(app.getByTestId('cohorts-empty')).toBeVisible();
    await scan(app, 'cohorts (empty)');

    const people = [];
    for (const [fullName, status] of [
      ['Somchai Jaidee', 'introductory'],
      ['Sokha Chan', 'accepted'],
      ['Maria Santos', 'applicant'],
      ['Siti Rahmawati', 'withdrawn'],
    ] as const) {
      people.push(await createTrainee(desk, { fullName, status, fiscalYear: fy }));
    }
    await app.reload();
    await expect(app.getByTestId('years-without-cohort')).toBeVisible();
    await scan(app, 'cohorts (a year without a cohort)');

    await app.getByTestId('years-without-cohort').getByRole('button').click();
    const dialog = app.getByRole('dialog');
    await dialog.locator('#cohort-introStart').fill(introStart);
    await dialog.locator('#cohort-introStart').press('Tab');
    await expect(app.getByTestId('cohort-preview')).toContainText(introStart);
    await scan(app, 'new cohort dialog');
    await dialog.locator('button[type="submit"]').click();
    await expect(app.getByTestId('cohort-title')).toBeVisible();
    await expect(app.getByTestId('sessions-empty')).toBeVisible();
    await scan(app, 'cohort page (no sessions)');

    const first = await createSession(desk, fy, introStart, 'Opening and orientation');
    await createSession(desk, fy, isoFromToday(-38), 'Local government in Japan');
    await createSession(desk, fy, isoFromToday(20), 'Make-up session');
    await desk.call('cohorts.attendance.setMany', {
      sessionId: first,
      marks: people.slice(0, 2).map((p, i) => ({ traineeId: p.id, mark: i ? 'late' : 'present' })),
    });
    await app.reload();
    await expect(app.getByTestId('attendance-grid')).toBeVisible();
    await expect(app.getByTestId('status-hints')).toBeVisible();
    await scan(app, 'cohort page (sessions, grid, hints)');

    await app.getByTestId('attendance-row').first().locator('[data-cell$=":1"]').click();
    await expect(app.getByRole('menu')).toBeVisible();
    await scan(app, 'attendance menu');
    await app.keyboard.press('Escape');
    await expect(app.getByRole('menu')).toHaveCount(0);

    await app.getByTestId('session-row').first().getByRole('button').first().click();
    const session = app.getByRole('dialog');
    await expect(session).toBeVisible();
    await scan(app, 'session dialog');
    // A date outside the intro: the warning to confirm.
    await session.locator('#session-date').fill(isoFromToday(30));
    await session.locator('#session-date').press('Tab');
    await session.locator('button[type="submit"]').click();
    await expect(app.getByTestId('save-warnings')).toBeVisible();
    await scan(app, 'warning to confirm');
    await app.keyboard.press('Escape');
    await expect(app.getByTestId('save-warnings')).toHaveCount(0);
    // The date was changed: closing asks first.
    await expectAskedThenDiscard(app, () => app.keyboard.press('Escape'));
    await expect(app.getByRole('dialog')).toHaveCount(0);

    await app.getByTestId('session-row').last().getByRole('button').last().click();
    await expect(app.getByRole('dialog')).toBeVisible();
    await scan(app, 'delete session dialog');
    await app.keyboard.press('Escape');
    await expect(app.getByRole('dialog')).toHaveCount(0);

    await goTo(app, `/trainees/${people[0]?.id}`);
    await expect(app.getByTestId('lifecycle-completion')).toBeVisible();
    await expect(app.getByTestId('status-history')).not.toBeEmpty();
    await scan(app, 'trainee page with status and cohort');
    await app.getByTestId('lifecycle-card').getByRole('button').click();
    await app.getByRole('dialog').getByRole('radio').last().check();
    await scan(app, 'change status dialog');
    await expectAskedThenDiscard(app, () => app.keyboard.press('Escape'));

    await goTo(app, `/trainees/${people[0]?.id}/edit`);
    await expect(app.locator('#field-status')).toHaveAttribute('readonly', '');
    await scan(app, 'trainee form with the status read-only');
  });
}
