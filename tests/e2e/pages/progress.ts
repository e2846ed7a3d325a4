// Progress entries, the Needs-attention page and the evaluation settings as a person uses them, plus
// arranging what a test is not about over the app's own HTTP API: a trainee on a placement that began
// in the past (relative to today's date, so the tests do not depend on when they run).
import { expect, type Locator, type Page } from '@playwright/test';
import type { Desk } from '../fixtures';
import { isoFromToday } from './cohorts';
import { createTrainee, type SavedTrainee } from './data';
import { createHost, placeViaApi } from './placements';
import { goTo } from './shell';

export interface PlacedTrainee {
  trainee: SavedTrainee;
  placementId: number;
  host: { id: number; nameEn: string; nameJa: string };
  start: string;
  end: string;
}

/**
 * A trainee on placement: from `startDays` to `endDays` from today (by default 100 days ago to 60
 * days ahead, so the first months' reports and the mid-term evaluation are overdue).
 */
export async function placedTrainee(
  desk: Desk,
  opts: { startDays?: number; endDays?: number; trainee?: Record<string, unknown> } = {},
): Promise<PlacedTrainee> {
  const start = isoFromToday(opts.startDays ?? -100);
  const end = isoFromToday(opts.endDays ?? 60);
  const fy = Number(start.slice(0, 4)) - (Number(start.slice(5, 7)) < 4 ? 1 : 0);
  const host = await createHost(desk);
  const trainee = await createTrainee(desk, {
    status: 'on_placement',
    fiscalYear: fy,
    arrivalDate: isoFromToday((opts.startDays ?? -100) - 40),
    departureDate: isoFromToday((opts.endDays ?? 60) + 10),
    ...opts.trainee,
  });
  const saved = await placeViaApi(desk, { traineeId: trainee.id, hostId: host.id, start, end });
  return { trainee, placementId: saved.placement.id, host, start, end };
}

export interface SavedEntry {
  id: number;
  version: number;
  kind: string;
}

export async function createEntry(desk: Desk, traineeId: number, data: Record<string, unknown>) {
  const saved = await desk.call<{ entry: SavedEntry }>('progress.create', {
    traineeId,
    data: { date: isoFromToday(0), ...data },
  });
  return saved.entry;
}

export async function criteria(desk: Desk) {
  const s = await desk.call<{ criteria: { id: number; nameEn: string; active: boolean }[] }>(
    'progress.evaluation.settings',
  );
  return s.criteria;
}

/** Bytes that are really a PDF (the core checks the signature). */
export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

export class ProgressTab {
  constructor(readonly page: Page) {}

  async open(traineeId: number, query = '') {
    await goTo(this.page, `/trainees/${traineeId}?tab=progress${query}`);
    await expect(this.page.getByTestId('progress-tab')).toBeVisible();
  }

  entries() {
    return this.page.getByTestId('entry');
  }

  entry(text: string | RegExp) {
    return this.entries().filter({ hasText: text });
  }

  dialog() {
    return this.page.getByTestId('entry-dialog');
  }

  async newEntry(kind: 'monthly_report' | 'evaluation' | 'milestone' | 'incident' | 'note') {
    await this.page.getByTestId('entry-new').click();
    await this.page.getByTestId(`entry-new-${kind}`).click();
    await expect(this.dialog()).toBeVisible();
    await expect(this.dialog()).toHaveAttribute('data-kind', kind);
  }

  async attach(scope: Locator, files: { name: string; mimeType: string; buffer: Buffer }[]) {
    await scope.locator('input[type="file"]').setInputFiles(files);
  }

  async save() {
    await this.dialog().getByTestId('entry-save').click();
  }

  async saveAndClose() {
    await this.save();
    await expect(this.dialog()).toBeHidden();
  }

  /** Picks a level in the rating row of a criterion (by its English name). */
  async rate(criterion: string, level: RegExp | string, comment?: string) {
    const row = this.dialog().locator(`[data-testid="entry-rating-row"][data-criterion="${criterion}"]`);
    await row.getByTestId('entry-rating-score').click();
    await this.page.getByRole('option', { name: level }).click();
    if (comment !== undefined) await row.getByTestId('entry-rating-comment').fill(comment);
  }
}

export class AttentionList {
  constructor(readonly page: Page) {}

  async open(query = '') {
    await goTo(this.page, `/attention${query}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(/Needs attention|要対応/);
    await this.settled();
  }

  /** Waits until the list shows the answer to what the URL asks. */
  async settled() {
    await expect(this.page.locator('[data-testid="attention-list"][aria-busy="true"]')).toHaveCount(0);
    await expect(this.page.getByTestId('attention-count-overdue-value')).not.toHaveText('…');
  }

  rows() {
    return this.page.getByTestId('attention-row');
  }

  /** The rows of one trainee (by reference) and kind. */
  rowsOf(ref: string, kind?: string) {
    const rows = this.rows().filter({ hasText: ref });
    return kind ? rows.and(this.page.locator(`[data-kind="${kind}"]`)) : rows;
  }
}
