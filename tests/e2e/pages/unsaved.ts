// Helpers for the unsaved-work guarantees every form and dialog gives: leaving dirty asks "Discard your
// changes?" (and "Keep editing" keeps the text), leaving clean asks nothing, and a draft survives a crash.
import { expect, type Locator, type Page } from '@playwright/test';

export const discardDialog = (page: Page) =>
  page.getByRole('dialog', { name: /Discard your changes\?|変更を破棄しますか/ });

/** `leave` is asked about; "Keep editing" stays, and `field` still holds `value`. */
export async function expectAskedThenKept(page: Page, leave: () => Promise<void>, field: Locator, value: string) {
  const before = page.url();
  await leave();
  await expect(discardDialog(page)).toBeVisible();
  await discardDialog(page)
    .getByRole('button', { name: /Keep editing|編集を続ける/ })
    .click();
  await expect(discardDialog(page)).toBeHidden();
  await expect(field).toHaveValue(value);
  expect(page.url()).toBe(before);
}

/** `leave` is asked about; "Discard changes" goes. */
export async function expectAskedThenDiscard(page: Page, leave: () => Promise<void>) {
  await leave();
  await expect(discardDialog(page)).toBeVisible();
  await discardDialog(page)
    .getByRole('button', { name: /Discard changes|変更を破棄/ })
    .click();
  await expect(discardDialog(page)).toBeHidden();
}

/** Nothing was typed: `leave` asks nothing. */
export async function expectLeftSilently(page: Page, leave: () => Promise<void>, left: () => Promise<void>) {
  await leave();
  await left();
  await expect(discardDialog(page)).toHaveCount(0);
}

/** The ways out of a page form: the side navigation, the browser's Back. */
export const viaNavigation = (page: Page, item: string | RegExp) => () =>
  page.getByRole('navigation').getByRole('link', { name: item }).first().click();
export const viaBack = (page: Page) => async () => {
  await page.goBack();
};

/** The ways out of a dialog: Esc, its close button, a click outside it. */
export const viaEscape = (page: Page) => () => page.keyboard.press('Escape');
export const viaCloseButton = (dialog: Locator) => () =>
  dialog
    .getByRole('button', { name: /^(Close|閉じる)$/ })
    .first()
    .click();
export const viaClickOutside = (page: Page) => () => page.mouse.click(5, 400);

/** Waits until the app has written the form's draft (it does so every two seconds while dirty). With
 * `holding`, waits for the draft that holds those values: an earlier one may hold only the first fields
 * typed, and a crash before the next write loses the rest (by design, at most those two seconds). */
export async function waitForDraft(
  page: Page,
  call: (channel: string, input: unknown) => Promise<unknown>,
  form: string,
  key: string,
  holding: Record<string, unknown> = {},
) {
  await expect
    .poll(async () => ((await call('drafts.get', { form, key })) as { values?: unknown } | null)?.values ?? null, {
      timeout: 10_000,
    })
    .toMatchObject(holding);
  await untilCodeLoaded(page);
}

/**
 * Waits until the page has stopped fetching files: once its first screen has settled, the app loads
 * every screen's code in the background, and a server killed meanwhile would leave refused requests
 * in the console that have nothing to do with the typed work a crash test is about.
 */
export async function untilCodeLoaded(page: Page) {
  let last = -1;
  let quiet = 0;
  await expect
    .poll(
      async () => {
        const count = await page.evaluate(() => performance.getEntriesByType('resource').length);
        quiet = count === last ? quiet + 1 : 0;
        last = count;
        return quiet;
      },
      { timeout: 15_000, intervals: [250] },
    )
    .toBeGreaterThanOrEqual(3);
}

/** Opens the app at `hash` on the desk's (possibly new) address. */
export async function openAt(page: Page, url: string, hash: string) {
  await page.goto(url);
  await expect(page.getByRole('navigation')).toBeVisible();
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

/** Every way out of a dialog asks while `field` holds `value`, and "Keep editing" keeps it each time. */
export async function expectEveryWayOutAsks(
  page: Page,
  dialog: Locator,
  field: Locator,
  value: string,
  { cancel = false }: { cancel?: boolean } = {},
) {
  await expectAskedThenKept(page, viaEscape(page), field, value);
  await expectAskedThenKept(page, viaCloseButton(dialog), field, value);
  await expectAskedThenKept(page, viaClickOutside(page), field, value);
  if (cancel)
    await expectAskedThenKept(page, () => dialog.getByRole('button', { name: 'Cancel' }).click(), field, value);
  await expect(dialog).toBeVisible();
}

/** Nothing typed: Esc, the close button and a click outside each close the dialog `open` opens, at once. */
export async function expectClosesSilently(page: Page, open: () => Promise<Locator>) {
  for (const way of ['escape', 'close button', 'outside'] as const) {
    const dialog = await open();
    const leave =
      way === 'escape' ? viaEscape(page) : way === 'outside' ? viaClickOutside(page) : viaCloseButton(dialog);
    await expectLeftSilently(page, leave, () => expect(dialog).toBeHidden());
  }
}
