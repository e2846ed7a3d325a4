// Walks through the progress screens in English and Japanese and saves a screenshot of each: the
// Progress tab, the entry dialog (monthly report, evaluation), Needs attention, Settings → Evaluation.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { isoFromToday } from '../pages/cohorts';
import { createTrainee } from '../pages/data';
import { AttentionList, createEntry, criteria, PDF_BYTES, ProgressTab, placedTrainee } from '../pages/progress';
import { goTo, switchLanguage } from '../pages/shell';

const OUT = path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screens');
const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage, animations: 'disabled' });

for (const lang of ['en', 'ja'] as const) {
  test(`progress screens (${lang})`, async ({ app, desk }) => {
    test.setTimeout(120_000);
    if (lang === 'ja') await switchLanguage(app, '日本語');
    const attention = new AttentionList(app);
    await attention.open();
    await expect(app.getByTestId('attention-empty')).toBeVisible();
    await shot(app, `${lang}-pr01-attention-empty`);

    const p = await placedTrainee(desk, {
      trainee: { fullName: 'Somchai Jaidee', nativeName: 'สมชาย ใจดี', katakanaName: 'ソムチャイ・ジャイディー' },
    });
    for (const [fullName, country, startDays] of [
      ['Sokha Chan', 'KH', -70],
      ['Nguyễn Thị Hoa', 'VN', -45],
      ['Aung Kyaw', 'MM', -130],
    ] as const) {
      await placedTrainee(desk, { startDays, trainee: { fullName, country } });
    }
    await createTrainee(desk, {
      fullName: 'Maria Santos',
      country: 'PH',
      status: 'accepted',
      passportNumber: 'P1234567',
      passportExpiry: isoFromToday(30),
    });
    const ids = (await criteria(desk)).map((c) => c.id);
    await createEntry(desk, p.trainee.id, {
      kind: 'monthly_report',
      date: isoFromToday(-62),
      placementId: p.placementId,
      placementMonth: 1,
      title: 'Settling in at the city office',
      body: 'Joined the disaster-prevention section. Weekly Japanese lessons began; shadowed the evacuation drill.\nNext month: the river-basin flood map project.',
    });
    const evaluation = await createEntry(desk, p.trainee.id, {
      kind: 'evaluation',
      date: isoFromToday(-10),
      author: 'Tanaka Hiroshi',
      evaluationStage: 'mid_term',
      evaluatorRole: 'host_supervisor',
      body: 'A committed trainee who asks good questions.',
      ratings: ids.map((criterionId, i) => ({
        criterionId,
        score: [4, 3, 4, 5, 4][i] ?? 3,
        comment: i === 1 ? 'Reads hiragana and katakana; kanji still slow.' : null,
      })),
    });
    await desk.call('progress.attachments.add', {
      entryId: evaluation.id,
      fileName: 'mid-term-evaluation.pdf',
      mime: 'application/pdf',
      data: PDF_BYTES.toString('base64'),
    });
    await createEntry(desk, p.trainee.id, {
      kind: 'incident',
      date: isoFromToday(-30),
      title: 'Minor bicycle accident',
      body: 'No injury. Reported to the host and the insurer.',
    });
    await createEntry(desk, p.trainee.id, {
      kind: 'milestone',
      date: isoFromToday(20),
      title: 'Presentation to the mayor',
    });

    const tab = new ProgressTab(app);
    await tab.open(p.trainee.id);
    await expect(tab.entries()).toHaveCount(4);
    await shot(app, `${lang}-pr02-progress-tab`);
    await shot(app, `${lang}-pr03-progress-tab-full`, true);

    await tab.open(p.trainee.id, `&new=monthly_report&placement=${p.placementId}&month=2`);
    await expect(tab.dialog()).toBeVisible();
    await tab.dialog().getByTestId('entry-body').fill('Worked on the flood map with the GIS team.');
    await tab.attach(tab.dialog(), [
      { name: 'photos.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') },
    ]);
    await shot(app, `${lang}-pr04-monthly-report-form`);
    await app.getByTestId('entry-month').click();
    await shot(app, `${lang}-pr05-month-choices`);
    await app.keyboard.press('Escape');
    await app.keyboard.press('Escape');
    await expect(tab.dialog()).toBeHidden();

    await tab.open(p.trainee.id, '&new=evaluation&stage=final');
    await expect(tab.dialog()).toBeVisible();
    await tab.dialog().getByTestId('entry-author').fill('Tanaka Hiroshi');
    await tab.rate('Attitude', /^5/, 'Always on time, keen.');
    await tab.rate('Japanese language', /^3/);
    await shot(app, `${lang}-pr06-evaluation-form`);
    await tab.saveAndClose();
    await tab.open(p.trainee.id, '&kind=evaluation');
    await expect(tab.entries()).toHaveCount(2);
    await shot(app, `${lang}-pr07-progress-evaluations`);

    await attention.open();
    await expect(attention.rows().first()).toBeVisible();
    await shot(app, `${lang}-pr08-attention`);
    await attention.open('?state=overdue&kind=monthly_report');
    await shot(app, `${lang}-pr09-attention-filtered`);

    await goTo(app, '/');
    // The home page was first shown before any trainee existed; load it afresh.
    await app.reload();
    await expect(app.getByTestId('attention-card')).toBeVisible();
    await shot(app, `${lang}-pr10-home-card`);

    await goTo(app, '/settings');
    const section = app.getByTestId('evaluation-settings');
    await expect(section).toBeVisible();
    await section.scrollIntoViewIfNeeded();
    await app.getByTestId('scale-remove').click();
    await app.getByTestId('scale-remove').click();
    await app.getByTestId('scale-save').click();
    await expect(app.getByTestId('scale-problem')).toBeVisible();
    // The section alone: a full-page shot of a scrolled page draws the fixed header mid-page.
    await app
      .locator('section[aria-labelledby="settings-evaluation"]')
      .screenshot({ path: path.join(OUT, `${lang}-pr11-settings-evaluation.png`), animations: 'disabled' });
  });
}
