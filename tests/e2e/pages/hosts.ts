// The host screens the way a person uses them (directory, form, import), plus arranging hosts and
// placements through the API for tests that are about something else.
import { expect, type Page } from '@playwright/test';
import type { Desk } from '../fixtures';
import { goTo } from './shell';
import { escapeRegExp } from './traineeForm';

export interface SavedHost {
  id: number;
  nameEn: string;
  nameJa: string;
  version: number;
}

let counter = 0;

export function hostData(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    nameEn: `Test Town ${counter}`,
    nameJa: `テスト町${counter}`,
    kind: 'town',
    prefecture: 13,
    capacity: 2,
    ...overrides,
  };
}

export async function createHost(desk: Desk, overrides: Record<string, unknown> = {}): Promise<SavedHost> {
  const saved = await desk.call<{ host: SavedHost }>('hosts.create', { data: hostData(overrides), confirm: true });
  return saved.host;
}

/** A date `days` from today (local time), as YYYY-MM-DD. */
export function isoFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Places a trainee at a host, accepting whatever warnings the period brings (tests about hosts). */
export async function placeTrainee(desk: Desk, traineeId: number, hostId: number, start: string, end: string) {
  return desk.call('placements.create', { traineeId, hostId, start, end, confirm: true, reason: 'e2e arrangement' });
}

export class HostList {
  constructor(readonly page: Page) {}

  async open() {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: /^(Hosts|受入団体)$/ })
      .click();
    await expect(this.page.getByTestId('host-list')).toBeVisible();
    await this.settled();
  }

  search() {
    return this.page.getByTestId('host-search');
  }

  rows() {
    return this.page.getByTestId('host-list').getByTestId('host-row');
  }

  /** The names shown first in each row (the UI language's). */
  async names(): Promise<string[]> {
    return this.rows().locator('a.row-link').allTextContents();
  }

  async searchFor(text: string) {
    await this.search().fill(text);
    // An empty search leaves the address without q=.
    const query = () => this.page.getByTestId('host-list').getAttribute('data-query');
    const q = new URLSearchParams({ q: text }).toString().slice(2);
    if (text === '') await expect.poll(query).not.toMatch(/(^|&)q=/);
    else await expect.poll(query).toMatch(new RegExp(`(^|&)q=${escapeRegExp(q)}(&|$)`));
    await this.settled();
  }

  /** Waits until the table shows the answer to the query in the address bar (no request pending). */
  async settled() {
    await expect
      .poll(() =>
        this.page.evaluate(() => {
          const list = document.querySelector('[data-testid="host-list"]');
          const query = window.location.hash.split('?')[1] ?? '';
          return list?.getAttribute('data-query') === query && list.getAttribute('aria-busy') === 'false';
        }),
      )
      .toBe(true);
  }

  /** Picks an option in one of the filter selects above the table. */
  async filter(label: string, option: string) {
    await this.page.getByLabel(label, { exact: true }).and(this.page.locator('input')).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await this.settled();
  }

  async show(label: string) {
    await this.page.getByText(label, { exact: true }).click();
    await this.settled();
  }

  async sortBy(column: string) {
    await this.page
      .getByRole('columnheader')
      .getByRole('button', { name: new RegExp(`^${escapeRegExp(column)}`) })
      .click();
    await this.settled();
  }
}

export class HostForm {
  constructor(readonly page: Page) {}

  /** The input whose label reads exactly `label` (required ones add " *"). */
  input(label: string, within = this.page.locator('form')) {
    return within.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\*)?$`)).and(this.page.locator('input, textarea'));
  }

  async choose(label: string, option: string) {
    await this.input(label).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Types into a searchable select and picks the one option left. */
  async search(label: string, typed: string, option: string) {
    await this.input(label).fill(typed);
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await expect(this.input(label)).toHaveValue(option);
  }

  contact(n: number) {
    return this.page.getByTestId('host-contact').nth(n - 1);
  }

  async addContact(data: { name: string; department?: string; title?: string; email?: string; phone?: string }) {
    await this.page.getByRole('button', { name: /^(Add a contact|担当者を追加)$/ }).click();
    const row = this.page.getByTestId('host-contact').last();
    const labels = { name: 'Name', department: 'Department', title: 'Title', email: 'Email', phone: 'Phone' };
    for (const [key, label] of Object.entries(labels)) {
      const value = data[key as keyof typeof data];
      if (value) await this.input(label, row).fill(value);
    }
  }

  async submit() {
    await this.page.getByRole('button', { name: /^(Add host|Save changes)$/ }).click();
  }

  errorFor(label: string, within = this.page.locator('form')) {
    return this.input(label, within)
      .locator('xpath=ancestor::div[contains(@class,"mantine-InputWrapper-root")][1]')
      .locator('.mantine-InputWrapper-error');
  }

  summary() {
    return this.page.getByTestId('form-errors');
  }
}

export async function openNewHostForm(page: Page) {
  await goTo(page, '/hosts/new');
  await expect(page.getByRole('heading', { name: 'Add a host institution' })).toBeVisible();
  return new HostForm(page);
}

/** The columns a host file has, in the order the export writes them. */
export const CSV_HEADER =
  'Name (English),Name (Japanese),Kind,Prefecture,Address,Capacity,Fields,Contact name,Contact department,Contact title,Contact email,Contact phone,Notes,Active';

/** Chooses a file on the import page and waits for the preview of its rows. */
export async function importFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await goTo(page, '/hosts/import');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-choose').click();
  await (await chooser).setFiles(file);
  await expect(page.getByTestId('import-summary')).toBeVisible();
}

export function importRow(page: Page, line: number) {
  return page.locator(`[data-testid="import-row"][data-line="${line}"]`);
}
