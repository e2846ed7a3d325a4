// Axe scans of the progress screens in both languages: the Progress tab (entries with ratings and a
// file), the entry dialog (monthly report, evaluation), Needs attention (rows and empty), Settings.
import { expect, test } from '../fixtures';
import { scan } from '../pages/axe';
import { isoFromToday } from '../pages/cohorts';
import { AttentionList, createEntry, criteria, PDF_BYTES, ProgressTab, placedTrainee } from '../pages/progress';
import { goTo, switchLanguage } from '../pages/shell';
import { expectAskedThenDiscard, viaEscape } from '../pages/unsaved';

for (const lang of ['en', 'ja'] as const) {
  test(`progress screens pass axe (${lang})`, async ({ app, desk }) => {
    test.setTimeout(150_000);
    if (lang === 'ja') await switchLanguage(app, '日本語');
    const attention = new AttentionList(app);
    await attention.open();
    await expect(app.getByTestId('attention-empty')).toBeVisible();
    await scan(app, `attention, empty (${lang})`);

    const p = await placedTrainee(desk);
    const ids = (await criteria(desk)).map((c) => c.id);
    const evaluation = await createEntry(desk, p.trainee.id, {
      kind: 'evaluation',
      date: isoFromToday(-5),
      evaluationStage: 'mid_term',
      evaluatorRole: 'host_supervisor',
      author: 'Tanaka Hiroshi',
      ratings: ids.map((criterionId) => ({ criterionId, score: 4, comment: 'Good progress.' })),
    });
    await desk.call('progress.attachments.add', {
      entryId: evaluation.id,
      fileName: 'evaluation.pdf',
      mime: 'application/pdf',
      data: PDF_BYTES.toString('base64'),
    });
    await createEntry(desk, p.trainee.id, {
      kind: 'monthly_report',
      placementId: p.placementId,
      placementMonth: 1,
      body: 'Settling in.',
    });
    const deleted = await createEntry(desk, p.trainee.id, { kind: 'note', title: 'Old note' });
    await desk.call('progress.delete', { id: deleted.id, version: deleted.version });

    const tab = new ProgressTab(app);
    await tab.open(p.trainee.id, '&deleted=1');
    await expect(tab.entries()).toHaveCount(3);
    await scan(app, `progress tab (${lang})`);

    await tab.newEntry('monthly_report');
    await tab.attach(tab.dialog(), [{ name: 'a.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('x') }]);
    await expect(tab.dialog().getByTestId('entry-file-problem')).toBeVisible();
    await scan(app, `monthly report form (${lang})`);
    // A file chosen is work not saved yet: closing asks first.
    await expectAskedThenDiscard(app, viaEscape(app));
    await expect(tab.dialog()).toBeHidden();

    await tab.newEntry('evaluation');
    await tab.save();
    await expect(tab.dialog().locator('[aria-invalid="true"], .mantine-InputWrapper-error').first()).toBeVisible();
    await scan(app, `evaluation form with messages (${lang})`);
    await app.keyboard.press('Escape');

    await attention.open();
    await expect(attention.rows().first()).toBeVisible();
    await scan(app, `attention (${lang})`);

    await goTo(app, '/settings');
    await expect(app.getByTestId('evaluation-settings')).toBeVisible();
    await scan(app, `settings, evaluation (${lang})`);
  });
}
