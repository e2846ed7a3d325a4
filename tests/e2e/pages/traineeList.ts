// The trainee list through its test hooks (data-testid), which the benchmark suite relies on too.
import { expect, type Page } from '@playwright/test';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class TraineeList {
  constructor(readonly page: Page) {}

  async open() {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: /Trainees|研修員/ })
      .click();
    await expect(this.page.getByTestId('trainee-list')).toBeVisible();
  }

  search() {
    return this.page.getByTestId('trainee-search');
  }

  rows() {
    return this.page.getByTestId('trainee-list').getByTestId('trainee-row');
  }

  /** Types into the search box and waits until the rows shown are the answer to that search. */
  async searchFor(text: string) {
    await this.search().fill(text);
    await expect
      .poll(() => this.page.getByTestId('trainee-list').getAttribute('data-query'))
      .toMatch(new RegExp(`(^|&)q=${escapeRe(new URLSearchParams({ q: text }).toString().slice(2))}(&|$)`));
    await this.settled();
  }

  async names(): Promise<string[]> {
    return this.rows().locator('a.row-link').allTextContents();
  }

  async refs(): Promise<string[]> {
    const rows = await this.rows().all();
    return Promise.all(rows.map(async (r) => (await r.getAttribute('data-ref')) ?? ''));
  }

  /** Waits until the list shows the answer to the query in the address bar (no request pending). */
  async settled() {
    await expect
      .poll(() =>
        this.page.evaluate(() => {
          const list = document.querySelector('[data-testid="trainee-list"]');
          const query = window.location.hash.split('?')[1] ?? '';
          return list?.getAttribute('data-query') === query && list.getAttribute('aria-busy') === 'false';
        }),
      )
      .toBe(true);
  }

  /** Clicks a column's sort button. */
  async sortBy(column: string) {
    await this.page
      .getByRole('columnheader')
      .getByRole('button', { name: new RegExp(`^${column}`) })
      .click();
    await this.settled();
  }
}
