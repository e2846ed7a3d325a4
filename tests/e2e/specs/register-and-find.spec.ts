// Registering a trainee through the form, then finding them again by any part of any of their names.
import { expect, test } from '../fixtures';
import { createTrainee } from '../pages/data';
import { registerTrainee, SOMCHAI } from '../pages/traineeForm';
import { TraineeList } from '../pages/traineeList';

test('register a trainee with every required field and see the record', async ({ app }) => {
  const ref = await registerTrainee(app, SOMCHAI);
  expect(ref).toBe('FY2026-0001');
  await expect(app.getByText('Somchai Jaidee was registered as FY2026-0001.')).toBeVisible();
  // The fiscal year followed the arrival date; arrival shows with its fiscal year.
  await expect(app.getByTestId('detail-fiscal-year')).toHaveText('FY2026');
  await expect(app.getByText('2026-04-10 · FY2026')).toBeVisible();
  await expect(app.getByText('สมชาย ใจดี').first()).toBeVisible();
  // The passport number is masked until asked for.
  await expect(app.getByText('••••••567')).toBeVisible();
  await app.getByRole('button', { name: 'Show Passport number' }).click();
  await expect(app.getByText('AA1234567')).toBeVisible();
  await expect(app.getByTestId('history')).toContainText('Registered');
});

test('find a trainee by Latin, Thai, Vietnamese-without-diacritics and katakana fragments', async ({ app, desk }) => {
  await createTrainee(desk, {
    fullName: 'Somchai Jaidee',
    nativeName: 'สมชาย ใจดี',
    katakanaName: 'ソムチャイ・ジャイディー',
    homeGovernment: 'Chiang Mai Provincial Administrative Organization',
  });
  await createTrainee(desk, {
    fullName: 'Nguyễn Thị Hương',
    nativeName: 'Nguyễn Thị Hương',
    katakanaName: 'グエン・ティ・フオン',
    country: 'VN',
    homeGovernment: 'Da Nang People’s Committee',
  });
  await createTrainee(desk, {
    fullName: 'Aung Kyaw Moe',
    country: 'MM',
    homeGovernment: 'Yangon City Development Committee',
  });

  const list = new TraineeList(app);
  await list.open();
  await list.settled();
  await expect(list.rows()).toHaveCount(3);

  const cases: [string, string][] = [
    ['chai', 'Somchai Jaidee'],
    ['ใจดี', 'Somchai Jaidee'],
    ['nguyen thi huong', 'Nguyễn Thị Hương'],
    ['huong', 'Nguyễn Thị Hương'],
    ['ジャイディ', 'Somchai Jaidee'],
    ['フオン', 'Nguyễn Thị Hương'],
    ['yangon', 'Aung Kyaw Moe'],
    ['FY2026-0002', 'Nguyễn Thị Hương'],
  ];
  for (const [fragment, name] of cases) {
    await list.searchFor(fragment);
    expect(await list.names(), `search "${fragment}"`).toEqual([name]);
  }

  await list.searchFor('zzzz-nobody');
  await expect(list.rows()).toHaveCount(0);
  await expect(app.getByText('Nothing matches these filters or this search.')).toBeVisible();
});

test('a row opens the detail page by click, and by Enter on its name', async ({ app, desk }) => {
  await createTrainee(desk, { fullName: 'Budi' });
  await createTrainee(desk, { fullName: 'Siti Rahmawati' });
  const list = new TraineeList(app);
  await list.open();
  await list.settled();

  await list.rows().filter({ hasText: 'Siti Rahmawati' }).getByText('Bangkok Metropolitan Administration').click();
  await expect(app.getByTestId('trainee-name')).toHaveText('Siti Rahmawati');
  await app.goBack();

  await list.settled();
  await list.rows().filter({ hasText: 'Budi' }).getByRole('link', { name: 'Budi' }).focus();
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('trainee-name')).toHaveText('Budi');
});

test('keyboard: "/" focuses the search box, Ctrl+N opens a new trainee form, Ctrl+K the palette', async ({ app }) => {
  const list = new TraineeList(app);
  await list.open();
  await app.locator('body').press('/');
  await expect(list.search()).toBeFocused();
  await app.keyboard.press('Control+n');
  await expect(app.getByRole('heading', { name: 'Register a trainee' })).toBeVisible();
  // From inside a field too: the command palette (palette.spec.ts) opens over the form.
  await app.getByRole('textbox', { name: /Name as in passport/ }).focus();
  await app.keyboard.press('Control+k');
  await expect(app.getByTestId('palette-search')).toBeFocused();
});
