// Moving around the app the way a person does: the navigation, the language switch.
import { expect, type Page } from '@playwright/test';

export async function openSection(page: Page, name: RegExp | string) {
  // Exact, so "History" does not also match "Dispatch history".
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}

/** Picks a language in the header's switch (a radio group) and waits for the UI to follow. */
export async function switchLanguage(page: Page, label: 'English' | '日本語') {
  await page.getByRole('banner').getByText(label, { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', label === 'English' ? 'en' : 'ja');
}

/** Goes to a route inside the app (hash routing), keeping the session's token. */
export async function goTo(page: Page, route: string) {
  await page.evaluate((r) => {
    window.location.hash = r;
  }, route);
}
