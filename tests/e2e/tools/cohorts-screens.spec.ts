// Walks through the cohort screens in English and Japanese and saves a screenshot of each.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { createSession, fiscalYearOf, isoFromToday } from '../pages/cohorts';
import { createTrainee } from '../pages/data';
import { goTo, switchLanguage } from '../pages/shell';

const OUT = path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screens');
const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage, animations: 'disabled' });

for (const lang of ['en', 'ja'] as const) {
  test(`cohort screens (${lang})`, async ({ app, desk }) => {
    test.setTimeout(120_000);
    if (lang === 'ja') await switchLanguage(app, '日本語');
    await goTo(app, '/cohorts');
    await expect(app.getByTestId('cohorts-empty')).toBeVisible();
    await shot(app, `${lang}-c01-cohorts-empty`);

    // This year's intake is arranged by hand; demo data (cohorts of other years) comes later.
    const introStart = isoFromToday(-50);
    const fy = fiscalYearOf(introStart);
    const names: [string, string, string, string][] = [
      ['Somchai Jaidee', 'สมชาย ใจดี', 'TH', 'introductory'],
      ['Sokha Chan', 'ចាន់ សុខា', 'KH', 'introductory'],
      ['Bounmy Phommachanh', 'ບຸນມີ ພົມມະຈັນ', 'LA', 'accepted'],
      ['Nguyễn Thị Hoa', 'Nguyễn Thị Hoa', 'VN', 'introductory'],
      ['Aung Kyaw', 'အောင်ကျော်', 'MM', 'introductory'],
      ['Siti Rahmawati', '', 'ID', 'withdrawn'],
      ['Maria Santos', '', 'PH', 'applicant'],
    ];
    const trainees = [];
    for (const [fullName, nativeName, country, status] of names) {
      trainees.push(
        await createTrainee(desk, { fullName, nativeName: nativeName || null, country, status, fiscalYear: fy }),
      );
    }
    await app.reload();
    await expect(app.getByTestId('years-without-cohort')).toBeVisible();
    await shot(app, `${lang}-c02-cohorts-list`);

    await app.getByTestId('years-without-cohort').getByRole('button').first().click();
    const dialog = app.getByRole('dialog');
    await dialog.locator('#cohort-introStart').fill(introStart);
    await dialog.locator('#cohort-introStart').press('Escape');
    await expect(app.getByTestId('cohort-preview')).toContainText(introStart);
    await shot(app, `${lang}-c03-cohort-new`);
    await dialog.locator('button[type="submit"]').click();
    await expect(app.getByTestId('cohort-title')).toBeVisible();

    const titles = [
      'Opening and orientation',
      'Local government in Japan',
      'Japanese language I',
      'Disaster preparedness',
    ];
    const sessions = [];
    for (const [i, title] of titles.entries())
      sessions.push(await createSession(desk, fy, isoFromToday(-50 + i * 3), title));
    await createSession(desk, fy, isoFromToday(5), 'Make-up session');
    const marks = ['present', 'present', 'late', 'absent', 'excused'] as const;
    for (const [s, sessionId] of sessions.entries()) {
      await desk.call('cohorts.attendance.setMany', {
        sessionId,
        marks: trainees
          .slice(0, 5)
          .map((tr, i) => ({ traineeId: tr.id, mark: i === 3 && s > 0 ? 'absent' : marks[(i + s) % 2] })),
      });
    }
    await app.reload();
    await expect(app.getByTestId('attendance-grid')).toBeVisible();
    await shot(app, `${lang}-c04-cohort-page`);
    await shot(app, `${lang}-c05-cohort-page-full`, true);

    await app.getByTestId('attendance-row').nth(1).locator('[data-cell$=":1"]').click();
    await expect(app.getByRole('menu')).toBeVisible();
    await shot(app, `${lang}-c06-attendance-menu`);
    await app.keyboard.press('Escape');

    await app.locator('[data-testid="session-row"]').first().getByRole('button').first().click();
    await expect(app.getByRole('dialog')).toBeVisible();
    await shot(app, `${lang}-c07-session-edit`);
    await app.keyboard.press('Escape');

    await goTo(app, `/trainees/${trainees[0]?.id}`);
    await expect(app.getByTestId('lifecycle-card')).toBeVisible();
    await expect(app.getByTestId('status-history')).not.toBeEmpty();
    await shot(app, `${lang}-c08-trainee-lifecycle`);
    await app.getByTestId('lifecycle-card').getByRole('button').first().click();
    await app.getByRole('dialog').getByRole('radio').last().check();
    await shot(app, `${lang}-c09-transition-modal`);
    await app.keyboard.press('Escape');

    await goTo(app, `/trainees/${trainees[0]?.id}/edit`);
    await expect(app.locator('#field-status')).toBeVisible();
    await app.locator('#field-status').scrollIntoViewIfNeeded();
    await shot(app, `${lang}-c10-form-status-locked`);

    await desk.call('demo.load', { trainees: 120 });
    await goTo(app, '/cohorts');
    await app.reload();
    await expect(app.getByTestId('cohort-table')).toBeVisible();
    await shot(app, `${lang}-c11-cohorts-list-demo`);
  });
}
