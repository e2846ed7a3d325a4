// Placements through the UI as a person uses it (the trainee page's card, the assign dialog, the
// timeline), plus set-up over the app's own HTTP API for what a test is not about: hosts, cohorts.
import { expect, type Locator, type Page } from '@playwright/test';
import type { Desk } from '../fixtures';
import { goTo } from './shell';
import { discardDialog } from './unsaved';

/** The current Japanese fiscal year on this machine's clock (the server's "today" is the same). */
export function currentFy(now = new Date()): number {
  return now.getMonth() >= 3 ? now.getFullYear() : now.getFullYear() - 1;
}

export interface SavedHost {
  id: number;
  nameEn: string;
  nameJa: string;
  version: number;
}

let hosts = 0;

export async function createHost(desk: Desk, overrides: Record<string, unknown> = {}): Promise<SavedHost> {
  hosts += 1;
  const saved = await desk.call<{ host: SavedHost }>('hosts.create', {
    data: {
      nameEn: `Test City ${hosts}`,
      nameJa: `テスト市${hosts}`,
      kind: 'city',
      prefecture: 13,
      capacity: 2,
      fieldIds: [1],
      ...overrides,
    },
    confirm: true,
  });
  return saved.host;
}

export async function setHostActive(desk: Desk, id: number, active: boolean) {
  await desk.call('hosts.setActive', { id, active });
}

/** A cohort whose introductory month is April of the fiscal year. */
export async function createCohort(desk: Desk, fiscalYear: number) {
  await desk.call('cohorts.create', { fiscalYear, introStart: `${fiscalYear}-04-01`, confirm: true });
}

/** A placement saved over the API, accepting any warnings. */
export async function placeViaApi(
  desk: Desk,
  p: { traineeId: number; hostId: number; start: string; end: string; reason?: string },
) {
  return desk.call<{ placement: { id: number; version: number } }>('placements.create', {
    ...p,
    confirm: true,
    reason: p.reason ?? 'Arranged for the test',
  });
}

export class PlacementDialog {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('placement-dialog');
  }

  /** Opens the trainee's page and the Assign dialog on it. */
  async openForTrainee(traineeId: number) {
    await goTo(this.page, `/trainees/${traineeId}`);
    await expect(this.page.getByTestId('placements-card')).toBeVisible();
    await this.page.getByTestId('placement-assign').click();
    await expect(this.root).toBeVisible();
  }

  card() {
    return this.page.getByTestId('placements-card');
  }

  async setPeriod(start: string, end: string) {
    // Leaving each date reads it. Tab after the first day goes to the last day; Shift+Tab after the last
    // day goes back (Tab would open the prefecture list, and Escape would ask to close the dialog).
    for (const [id, value, leave] of [
      ['placement-start', start, 'Tab'],
      ['placement-end', end, 'Shift+Tab'],
    ] as const) {
      const input = this.root.getByTestId(id);
      await input.fill(value);
      await input.press(leave);
    }
  }

  suggestions() {
    return this.root.getByTestId('host-suggestion');
  }

  async chooseHost(name: string | RegExp) {
    await this.suggestions().filter({ hasText: name }).click();
    await expect(this.suggestions().filter({ hasText: name })).toHaveAttribute('aria-checked', 'true');
  }

  refusals() {
    return this.root.getByTestId('placement-refusals');
  }

  warnings() {
    return this.root.getByTestId('placement-warnings');
  }

  ok() {
    return this.root.getByTestId('placement-ok');
  }

  async accept(reason: string) {
    await this.root.getByTestId('placement-ack').check();
    await this.root.getByTestId('placement-reason').fill(reason);
  }

  saveButton() {
    return this.root.getByTestId('placement-save');
  }

  async save() {
    await this.saveButton().click();
    await expect(this.root).toBeHidden();
  }

  /** Closes the dialog without saving, discarding what was typed when it asks. */
  async close() {
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: /^(Cancel|キャンセル)$/ })
      .click();
    const discard = discardDialog(this.page);
    await expect.poll(async () => (await discard.isVisible()) || !(await this.root.isVisible())).toBe(true);
    if (await discard.isVisible()) await discard.getByRole('button', { name: /Discard changes|変更を破棄/ }).click();
    await expect(this.root).toBeHidden();
  }

  rows() {
    return this.card().getByTestId('placement-row');
  }
}

export class Timeline {
  constructor(readonly page: Page) {}

  async open(fy?: number) {
    await goTo(this.page, fy ? `/timeline/${fy}` : '/timeline');
    await expect(this.chart()).toBeVisible();
  }

  chart() {
    return this.page.getByTestId('timeline');
  }

  rows() {
    return this.chart().getByTestId('timeline-row');
  }

  row(name: string) {
    return this.rows().filter({ hasText: name });
  }
}
