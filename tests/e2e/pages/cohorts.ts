// Cohorts, the introductory month's sessions and attendance, and the trainee's status, driven the way a
// person does (labels, buttons, keys); plus arranging data over the API for tests about something else.
import { expect, type Locator, type Page } from '@playwright/test';
import type { Desk } from '../fixtures';
import { escapeRegExp } from './traineeForm';

/** An ISO date `days` from today (the server's calendar day, as the core counts "held" sessions). */
export function isoFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const fiscalYearOf = (date: string) => Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) < 4 ? 1 : 0);

export async function createCohort(desk: Desk, fiscalYear: number, introStart: string) {
  return desk.call<{ cohort: { fiscalYear: number; introEnd: string } }>('cohorts.create', {
    fiscalYear,
    introStart,
    confirm: true,
  });
}

export async function createSession(desk: Desk, fiscalYear: number, date: string, title: string) {
  const saved = await desk.call<{ session: { id: number } }>('cohorts.sessions.create', {
    fiscalYear,
    date,
    title,
    confirm: true,
  });
  return saved.session.id;
}

/** The input labelled `label` inside `scope` (required fields add " *"). */
export function field(scope: Page | Locator, label: string) {
  return scope.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\*)?$`)).and(scope.locator('input, textarea'));
}

export async function fillDate(scope: Page | Locator, label: string, value: string) {
  const input = field(scope, label);
  await input.fill(value);
  // Tab moves on (Escape would ask to close the dialog around the field).
  await input.press('Tab');
}

export class CohortsList {
  constructor(readonly page: Page) {}

  async open() {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: /^(Cohorts|受入年度)$/ })
      .click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(/Cohorts|受入年度/);
  }

  rows() {
    return this.page.getByTestId('cohort-row');
  }

  row(fiscalYear: number) {
    return this.page.locator(`[data-testid="cohort-row"][data-fy="${fiscalYear}"]`);
  }
}

export class CohortPage {
  constructor(readonly page: Page) {}

  sessionRow(title: string) {
    return this.page.locator(`[data-testid="session-row"][data-title="${title}"]`);
  }

  /** Adds a session through the form; `confirm` accepts the warnings the core raises. */
  async addSession(s: { date: string; title: string; topic?: string; venue?: string }, confirm = false) {
    await this.page.getByRole('button', { name: 'Add session' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add a session' });
    await fillDate(dialog, 'Date', s.date);
    await field(dialog, 'Title').fill(s.title);
    if (s.venue) await field(dialog, 'Venue').fill(s.venue);
    if (s.topic) await field(dialog, 'Topic').fill(s.topic);
    await dialog.getByRole('button', { name: 'Add session' }).click();
    if (confirm) {
      const warning = this.page.getByRole('dialog', { name: 'Please check before saving' });
      await expect(warning).toBeVisible();
      await warning.getByRole('button', { name: 'Save anyway' }).click();
    }
    await expect(this.sessionRow(s.title)).toBeVisible();
  }

  grid() {
    return this.page.getByTestId('attendance-grid');
  }

  row(ref: string) {
    return this.page.locator(`[data-testid="attendance-row"][data-ref="${ref}"]`);
  }

  /** The cell of a trainee (by reference) for the session at `col` (0-based). */
  cell(ref: string, col: number) {
    return this.row(ref).locator(`[data-cell$=":${col}"]`);
  }

  /** Opens a cell's menu with the mouse and picks a mark. */
  async pick(ref: string, col: number, mark: 'Present' | 'Late' | 'Excused' | 'Absent' | 'No mark') {
    await this.cell(ref, col).click();
    await this.page.getByRole('menuitem', { name: mark }).click();
  }

  async markAllPresent(sessionTitle: string) {
    await this.grid()
      .getByRole('button', { name: new RegExp(`^Mark all present for .*${escapeRegExp(sessionTitle)}`) })
      .click();
  }

  /** Waits until every change has been saved and the derived figures have been fetched again. */
  async saved() {
    await expect(this.page.getByTestId('attendance-status')).toHaveAttribute('data-state', 'saved');
    await expect(this.page.getByTestId('cohort-fetching')).toHaveCount(0);
  }

  summary(name: 'sessions' | 'attendance' | 'complete' | 'incomplete') {
    return this.page.getByTestId(`summary-${name}-value`);
  }
}

export class Lifecycle {
  constructor(readonly page: Page) {}

  card() {
    return this.page.getByTestId('lifecycle-card');
  }

  dialog() {
    return this.page.getByRole('dialog', { name: /^Change status of / });
  }

  /** Opens "Change status", picks the step, date and reason, and confirms. */
  async change(to: string, options: { date?: string; reason?: string } = {}) {
    await this.card().getByRole('button', { name: 'Change status' }).click();
    const dialog = this.dialog();
    await dialog.getByRole('radio', { name: to, exact: true }).check();
    if (options.date) await fillDate(dialog, 'Effective date', options.date);
    if (options.reason !== undefined) await field(dialog, 'Reason').fill(options.reason);
    await dialog.getByRole('button', { name: 'Change status' }).click();
  }

  history() {
    return this.card().getByTestId('status-history');
  }
}
