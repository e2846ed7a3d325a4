// Compact lists, the Columns menu, and the bundled fonts on screen.
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { createTrainee } from '../pages/data';
import { TraineeList } from '../pages/traineeList';

test.use({ viewport: { width: 1440, height: 900 } });
// Demo data in every script: the first visit fetches a font file per script on a busy machine.
test.slow();

test.beforeEach(async ({ desk }) => {
  await desk.call('demo.load', { trainees: 60 });
});

/** Opens the trainee list and waits, with room for the first fonts, until it shows its answer. */
async function openList(page: Page): Promise<TraineeList> {
  const list = new TraineeList(page);
  await list.open();
  await expect(page.getByTestId('trainee-list')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await list.settled();
  return list;
}

/** Trainee rows whose whole box lies inside the window (none cut at the top or bottom edge). */
function rowsFullyInView(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll('[data-testid="trainee-row"]')].filter((row) => {
        const box = row.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
      }).length,
  );
}

/** The trainee table's columns, left to right, by accessor. */
function columns(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="trainee-list"] thead th[data-accessor]')]
      .map((th) => th.getAttribute('data-accessor') ?? '')
      .filter((a) => a !== '__selection__'),
  );
}

test('compact mode shows at least 18 trainee rows at 1440×900, and is remembered', async ({ app }) => {
  const list = await openList(app);
  const density = app.getByRole('radiogroup', { name: 'List density' });
  expect(await rowsFullyInView(app)).toBeLessThan(18);

  await density.getByText('Compact').click();
  await expect(app.getByTestId('trainee-list').locator('[data-density="compact"]')).toHaveCount(1);
  expect(await rowsFullyInView(app)).toBeGreaterThanOrEqual(18);

  await app.reload();
  await expect(app.getByTestId('trainee-list')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await list.settled();
  await expect(app.getByTestId('trainee-list').locator('[data-density="compact"]')).toHaveCount(1);
  expect(await rowsFullyInView(app)).toBeGreaterThanOrEqual(18);

  await app.getByRole('radiogroup', { name: 'List density' }).getByText('Comfortable').click();
  expect(await rowsFullyInView(app)).toBeLessThan(18);
});

test('hide a column and move one by keyboard; kept after a reload; Reset', async ({ app }) => {
  const list = await openList(app);
  const original = ['ref', 'fullName', 'country', 'homeGovernment', 'fieldId', 'fiscalYear', 'status'];
  expect(await columns(app)).toEqual(original);

  const openMenu = async () => {
    await app.getByRole('button', { name: 'Columns' }).click();
    return app.getByTestId('columns-menu');
  };
  let menu = await openMenu();
  await menu.getByRole('checkbox', { name: 'Country' }).uncheck();
  // Status up twice, by keyboard: past FY, then past Field.
  await menu.getByRole('button', { name: 'Move Status up' }).press('Enter');
  await menu.getByRole('button', { name: 'Move Status up' }).press('Enter');
  await app.keyboard.press('Escape');
  const arranged = ['ref', 'fullName', 'homeGovernment', 'status', 'fieldId', 'fiscalYear'];
  await expect.poll(() => columns(app)).toEqual(arranged);

  await app.reload();
  await expect(app.getByTestId('trainee-list')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await list.settled();
  await expect.poll(() => columns(app)).toEqual(arranged);

  menu = await openMenu();
  await expect(menu.getByRole('checkbox', { name: 'Country' })).not.toBeChecked();
  await menu.getByRole('button', { name: 'Reset columns' }).click();
  await expect.poll(() => columns(app)).toEqual(original);
});

/** The fonts Chromium used to draw an element's text (CDP), by family, and whether they came from the page. */
async function usedFonts(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((f) => ({ family: f.familyName, bundled: f.isCustomFont }));
}

/**
 * Every glyph of the element drawn from a font the page brought (none from the system), among them
 * `family` (the platform name may add its style: the variable Noto Sans JP reports "Noto Sans JP Thin").
 */
async function expectDrawnIn(page: Page, selector: string, family: string) {
  await expect
    .poll(async () => {
      const fonts = await usedFonts(page, selector);
      return fonts.length > 0 && fonts.every((f) => f.bundled) && fonts.some((f) => f.family.startsWith(family));
    })
    .toBe(true);
}

test('Thai and Japanese names and the 日本語 button are drawn in the bundled Noto fonts', async ({ app, desk }) => {
  const list = await openList(app);
  const { rows } = await desk.call<{ rows: { ref: string; nativeName: string | null; country: string }[] }>(
    'trainees.list',
    { country: 'TH', pageSize: 1 },
  );
  const thai = rows[0];
  expect(thai?.nativeName).toMatch(/[\u0e00-\u0e7f]/);
  await list.searchFor(thai?.ref ?? '');
  await app.evaluate(() => document.fonts.ready);

  const row = `[data-testid="trainee-row"][data-ref="${thai?.ref}"]`;
  await expect(app.locator(`${row} .tl-sub`)).toHaveText(thai?.nativeName ?? '');
  await expectDrawnIn(app, `${row} .tl-sub`, 'Noto Sans Thai');
  await expectDrawnIn(app, `${row} .tl-kana`, 'Noto Sans JP');

  await app
    .locator('header span[lang="ja"]', { hasText: '日本語' })
    .evaluate((e) => e.setAttribute('data-test-lang', 'ja'));
  await expectDrawnIn(app, '[data-test-lang="ja"]', 'Noto Sans JP');
});

test('a Tamil name with a Chinese character Japanese lacks is drawn in the bundled fonts', async ({ app, desk }) => {
  // 陈 is Simplified Chinese only: Noto Sans JP has no glyph for it, so it needs Noto Sans SC.
  const saved = await createTrainee(desk, {
    fullName: 'Ravi Tan',
    nativeName: 'ரவி 陈',
    country: 'MY',
    homeGovernment: 'Penang Island City Council',
  });
  const list = await openList(app);
  await list.searchFor(saved.ref);
  await app.evaluate(() => document.fonts.ready);
  const sub = `[data-testid="trainee-row"][data-ref="${saved.ref}"] .tl-sub`;
  await expect(app.locator(sub)).toHaveText('ரவி 陈');
  await expectDrawnIn(app, sub, 'Noto Sans Tamil');
  await expectDrawnIn(app, sub, 'Noto Sans SC');
});
