// The kit's new dialogs and notices, scanned with axe in both languages: "Discard your changes?",
// the draft offer, someone else's save beside the person's edits, the date field's messages.
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { scan } from '../pages/axe';
import { createTrainee, traineeData } from '../pages/data';
import { goTo, switchLanguage } from '../pages/shell';
import { TraineeForm } from '../pages/traineeForm';
import { discardDialog, openAt, waitForDraft } from '../pages/unsaved';

const NAME = { en: 'Name as in passport', ja: '氏名（パスポート表記）' } as const;

async function openNew(page: Page) {
  await page.getByRole('navigation').getByRole('link').nth(2).click();
  await page.getByRole('link', { name: /^(New trainee|研修員を登録)$/ }).click();
}

for (const lang of ['en', 'ja'] as const) {
  test(`discard question, draft offer, date messages and the stale panel pass axe (${lang})`, async ({ app, desk }) => {
    test.setTimeout(120_000);
    if (lang === 'ja') await switchLanguage(app, '日本語');
    await openNew(app);
    const form = new TraineeForm(app);
    const name = form.input(NAME[lang]);
    await name.fill('Budi');
    await form.input(lang === 'en' ? 'Date of birth' : '生年月日').fill('1990-02-30');
    // Leaving the field (a click on the page's heading) shows its message.
    await app.getByRole('heading', { level: 1 }).click();
    await expect(app.getByText(lang === 'en' ? 'There is no such date' : '日付はありません')).toBeVisible();
    await scan(app, `date message (${lang})`);
    await app.getByRole('navigation').getByRole('link').first().click();
    await expect(discardDialog(app)).toBeVisible();
    await scan(app, `discard dialog (${lang})`);
    await discardDialog(app).getByRole('button').last().click();

    await waitForDraft(app, (c, i) => desk.call(c, i), 'trainee', 'new');
    await desk.crashAndRestart();
    await openAt(app, await desk.launchUrl(), '/trainees/new');
    await expect(app.getByTestId('draft-offer')).toBeVisible();
    await scan(app, `draft offer (${lang})`);

    const trainee = await createTrainee(desk, { fullName: 'Siti Rahma' });
    await goTo(app, `/trainees/${trainee.id}/edit`);
    await expect(name).toHaveValue('Siti Rahma');
    await name.fill('Siti Rahmawati');
    await desk.call('trainees.update', {
      id: trainee.id,
      version: trainee.version,
      data: traineeData({ fullName: 'Siti R.' }),
      confirm: true,
    });
    await app.keyboard.press('Control+s');
    await expect(app.getByTestId('stale-alert')).toBeVisible();
    await scan(app, `stale panel (${lang})`);
  });
}
