// The reference-data import screen the way a person uses it: open it, check the files, find a finding
// on its row, choose, import; and importing through the API for tests that need the data in place.
import { expect, type Locator, type Page } from '@playwright/test';
import type { Desk } from '../fixtures';
import { goTo } from './shell';

export type ReferenceFileName = 'counterparts' | 'dispatch_projects' | 'accepted_trainees';

export class ReferenceData {
  constructor(readonly page: Page) {}

  async open() {
    await goTo(this.page, '/reference-data');
    await expect(this.page.getByTestId('rd-status')).toBeVisible();
  }

  async check() {
    await this.page.getByTestId('rd-check').click();
    await expect(this.page.getByTestId('rd-summary')).toBeVisible();
  }

  async tab(file: ReferenceFileName) {
    await this.page.getByTestId(`rd-tab-${file}`).click();
    await expect(this.rows(file).first()).toBeVisible();
  }

  rows(file: ReferenceFileName): Locator {
    return this.page.getByTestId(`rd-rows-${file}`).locator('tbody tr');
  }

  row(file: ReferenceFileName, line: number): Locator {
    return this.page.getByTestId(`rd-rows-${file}`).locator(`tbody tr[data-line="${line}"]`);
  }

  /** The findings of a code where they take their decision (a block finding decides on its first row). */
  findings(file: ReferenceFileName, code: string): Locator {
    return this.page.getByTestId(`rd-rows-${file}`).locator(`[data-finding="${code}"][data-decision]`);
  }

  async importAll() {
    await this.page.getByTestId('rd-import').click();
    await expect(this.page.getByTestId('rd-result')).toBeVisible();
  }

  /** The result's counts for one file: created, present, excluded, changed, conflicts. */
  async counts(file: ReferenceFileName): Promise<Record<string, number>> {
    const cells = this.page.getByTestId('rd-result').locator(`tr[data-file="${file}"] td[data-count]`);
    const out: Record<string, number> = {};
    for (const cell of await cells.all())
      out[(await cell.getAttribute('data-count')) ?? ''] = Number(await cell.textContent());
    return out;
  }
}

interface CheckAnswer {
  counterparts: { contentHash: string };
  dispatchProjects: { contentHash: string };
  acceptedTrainees: { contentHash: string };
}

/** Imports the shipped files as printed, through the API (for tests about what comes after). */
export async function importReferenceViaApi(desk: Desk): Promise<void> {
  const check = await desk.call<CheckAnswer>('referenceData.check');
  await desk.call('referenceData.import', {
    decisions: [],
    hashes: {
      counterparts: check.counterparts.contentHash,
      dispatch_projects: check.dispatchProjects.contentHash,
      accepted_trainees: check.acceptedTrainees.contentHash,
    },
  });
}
