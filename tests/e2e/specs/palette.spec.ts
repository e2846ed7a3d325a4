// The command palette (Ctrl+K): finds records of every kind in every script the app supports and
// opens them, runs actions, goes to screens, lists recent records first, and passes axe while open.
import type { Page } from '@playwright/test';
import { type Desk, expect, test } from '../fixtures';
import { scan } from '../pages/axe';
import { createTrainee } from '../pages/data';

async function arrange(desk: Desk) {
  const people = [
    { fullName: 'Nguyễn Thị Hương', nativeName: null, katakanaName: 'グエン・ティ・フオン', country: 'VN' },
    { fullName: 'Somchai Jaidee', nativeName: 'สมชาย ใจดี', katakanaName: 'ソムチャイ・ジャイディー', country: 'TH' },
    { fullName: 'Sok Dara', nativeName: 'សុខ ដារា', country: 'KH' },
    { fullName: 'Somphone Keo', nativeName: 'ສົມພອນ ແກ້ວ', country: 'LA' },
    { fullName: 'Aung Kyaw Moe', nativeName: 'အောင်ကျော်မိုး', country: 'MM' },
  ];
  const ids: Record<string, number> = {};
  for (const p of people) ids[p.fullName] = (await createTrainee(desk, p)).id;
  await desk.call('hosts.create', {
    data: {
      nameEn: 'Setagaya City',
      nameJa: 'せたがや区',
      kind: 'special_ward',
      prefecture: 13,
      capacity: 2,
      fieldIds: [],
    },
  });
  await desk.call('specialistDispatch.specialists.create', {
    data: { nameEn: 'Sato Ken', nameJa: '佐藤 健', homeGovernment: 'Sendai City', languages: ['en'], fieldIds: [1] },
  });
  await desk.call('specialistDispatch.requests.create', {
    data: {
      fiscalYear: 2027,
      countryCode: 'TH',
      requestingGovernment: 'Chiang Mai Municipality',
      fieldId: 1,
      summary: 'Fire prevention in the old town.',
      receivedOn: '2026-03-10',
    },
  });
  return ids;
}

const search = (app: Page) => app.getByTestId('palette-search');

async function openPalette(app: Page, text: string) {
  await app.keyboard.press('Control+k');
  await expect(search(app)).toBeFocused();
  await search(app).fill(text);
}

/** The highlighted item (Spotlight marks it in the DOM; Enter clicks it). */
const highlighted = (app: Page) => app.getByTestId('palette-list').locator('[data-selected]');

test('finds a record in every script and opens it with Enter', async ({ app, desk }) => {
  test.setTimeout(120_000);
  const ids = await arrange(desk);
  const cases: [string, string, RegExp][] = [
    ['nguyen huong', 'Nguyễn Thị Hương', /#\/trainees\/\d+$/],
    ['Hương', 'Nguyễn Thị Hương', /#\/trainees\/\d+$/],
    ['ふおん', 'Nguyễn Thị Hương', /#\/trainees\/\d+$/],
    ['ใจดี', 'Somchai Jaidee', /#\/trainees\/\d+$/],
    ['ដារា', 'Sok Dara', /#\/trainees\/\d+$/],
    ['ສົມພອນ', 'Somphone Keo', /#\/trainees\/\d+$/],
    ['ကျော်', 'Aung Kyaw Moe', /#\/trainees\/\d+$/],
    ['セタガヤ', 'Setagaya City', /#\/hosts\/\d+$/],
    ['佐藤', 'Sato Ken', /#\/dispatch\/specialists\/\d+$/],
    ['chiang mai', 'SD-FY2027-001', /#\/dispatch\/requests\/\d+$/],
  ];
  for (const [text, title, url] of cases) {
    await openPalette(app, text);
    await expect(highlighted(app), `"${text}"`).toContainText(title);
    await app.keyboard.press('Enter');
    await expect(app).toHaveURL(url);
    await expect(search(app)).toBeHidden();
  }
  await expect(app).toHaveURL(/#\/dispatch\/requests\/\d+$/);
  expect(Object.keys(ids)).toHaveLength(5);
});

test('recent records come first; arrow keys move the highlight', async ({ app, desk }) => {
  const ids = await arrange(desk);
  await openPalette(app, 'aung');
  await expect(highlighted(app)).toContainText('Aung Kyaw Moe');
  await expect(highlighted(app)).toContainText('Trainee');
  await app.keyboard.press('Enter');
  await expect(app).toHaveURL(new RegExp(`#/trainees/${ids['Aung Kyaw Moe']}$`));
  await expect(app.getByTestId('trainee-name')).toHaveText('Aung Kyaw Moe');

  // Nothing typed: the recent record is the first item.
  await openPalette(app, '');
  await expect(app.getByTestId('palette-list').locator('[data-action]').first()).toContainText('Aung Kyaw Moe');
  await expect(app.getByRole('group', { name: 'Recent' })).toContainText('Aung Kyaw Moe');
  // Typed: a recent record that matches comes before the records found.
  await search(app).fill('o');
  const first = app.getByTestId('palette-list').locator('[data-action]').first();
  await expect(first).toHaveAttribute('data-recent', 'true');
  await expect(first).toContainText('Aung Kyaw Moe');

  // Arrow down moves to the next item, Enter opens it.
  await search(app).fill('hosts');
  await expect(highlighted(app)).toHaveText('Hosts');
  await app.keyboard.press('ArrowDown');
  await expect(highlighted(app)).toHaveText('Import hosts');
  await app.keyboard.press('Enter');
  await expect(app).toHaveURL(/#\/hosts\/import$/);
});

test('actions: new trainee, print this trainee, back up now, switch language', async ({ app, desk }) => {
  const ids = await arrange(desk);
  await openPalette(app, 'new trainee');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: 'Register a trainee' })).toBeVisible();
  // New cohort opens the cohorts page's own dialog; the address drops the request once it is open.
  await openPalette(app, 'new cohort');
  await expect(highlighted(app)).toHaveText('New cohort');
  await app.keyboard.press('Enter');
  const dialog = app.getByRole('dialog', { name: 'New cohort' });
  await expect(dialog.getByRole('button', { name: 'Create cohort' })).toBeVisible();
  await expect(app).toHaveURL(/#\/cohorts$/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('button', { name: 'Create cohort' })).toHaveCount(0);

  // Printing is offered only on a trainee's page.
  await openPalette(app, 'print');
  await expect(app.getByTestId('palette-action-print-trainee')).toHaveCount(0);
  await app.keyboard.press('Escape');
  await openPalette(app, 'sok dara');
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('trainee-name')).toHaveText('Sok Dara');
  await openPalette(app, 'print');
  await expect(highlighted(app)).toHaveText("Print this trainee's report");
  await app.keyboard.press('Enter');
  await expect(app).toHaveURL(new RegExp(`#/print/trainee/${ids['Sok Dara']}\\?lang=en$`));
  await app.goBack();

  await openPalette(app, 'back up');
  await app.keyboard.press('Enter');
  await expect(app.getByText('Backup made and checked: 5 trainees.')).toBeVisible();

  await openPalette(app, 'language');
  await expect(highlighted(app)).toHaveText('Switch language to 日本語');
  await app.keyboard.press('Enter');
  await expect(app.locator('html')).toHaveAttribute('lang', 'ja');
  // In Japanese the labels and kinds are Japanese; English words still find the action.
  await openPalette(app, 'ソムチャイ');
  await expect(highlighted(app)).toContainText('研修員');
  await search(app).fill('受入年度を追加');
  await expect(highlighted(app)).toHaveText('受入年度を追加');
  await search(app).fill('language');
  await expect(highlighted(app)).toHaveText('表示言語をEnglishに切り替え');
  await app.keyboard.press('Enter');
  await expect(app.locator('html')).toHaveAttribute('lang', 'en');
});

test('goes to screens and cohorts; axe finds nothing on the open palette', async ({ app, desk }) => {
  test.setTimeout(180_000);
  await arrange(desk);
  await desk.call('cohorts.create', { fiscalYear: 2026, introStart: '2026-04-01' }).catch(() => undefined);
  await openPalette(app, '2026年度');
  await expect(highlighted(app)).toContainText('FY2026');
  // The programme reads as a period, as everywhere else on screen.
  await expect(highlighted(app)).toContainText(/2026-04-01 – \d{4}-\d\d-\d\d/);
  await app.keyboard.press('Enter');
  await expect(app).toHaveURL(/#\/cohorts\/2026$/);

  await openPalette(app, '設定');
  await expect(highlighted(app)).toHaveText('Settings');
  await app.keyboard.press('Enter');
  await expect(app).toHaveURL(/#\/settings$/);

  await openPalette(app, 'so');
  await expect(app.getByTestId('palette-list').getByText('Sok Dara')).toBeVisible();
  await scan(app, 'the command palette with results');
  await search(app).fill('');
  await scan(app, 'the command palette, nothing typed');
});
