// The History screen the way a person uses it, and a small history arranged through the API.
import { expect, type Page } from '@playwright/test';
import type { Desk } from '../fixtures';
import { createTrainee } from './data';
import { createHost } from './hosts';

/** Two people's changes: a trainee registered and edited, a host registered and edited, the trainee archived. */
export async function arrangeHistory(desk: Desk) {
  await desk.call('settings.update', { staffName: 'Tanaka Yuki' });
  const trainee = await createTrainee(desk, { fullName: 'Siti Rahmawati', country: 'ID' });
  const record = await desk.call<Record<string, unknown>>('trainees.get', { id: trainee.id });
  const { id, ref, version, createdAt, updatedAt, hasPhoto, archived, isDemo, ...data } = record;
  await desk.call('trainees.update', { id, version, data: { ...data, notes: 'Prefers mornings' }, confirm: true });
  const host = await createHost(desk, { nameEn: 'Sapporo City', nameJa: '札幌市', kind: 'city', prefecture: 1 });
  const detail = await desk.call<{ host: Record<string, unknown> }>('hosts.get', { id: host.id });
  const { id: hostId, version: hostVersion, isDemo: hostDemo, createdAt: c, updatedAt: u, ...hostFields } = detail.host;
  await desk.call('hosts.update', { id: hostId, version: hostVersion, data: { ...hostFields, capacity: 4 } });
  await desk.call('settings.update', { staffName: 'Suzuki Ken' });
  await desk.call('trainees.archive', { id: trainee.id });
  return { trainee, host };
}

export class HistoryScreen {
  constructor(readonly page: Page) {}

  rows() {
    return this.page.getByTestId('audit-row');
  }

  /** Waits until the list shows the answer to the current filters. */
  async settled() {
    await expect(this.page.getByTestId('audit-list')).toHaveAttribute('aria-busy', 'false');
  }

  async pick(testId: string, option: string) {
    await this.page.getByTestId(testId).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await this.settled();
  }

  async clear(testId: string) {
    await this.page.getByTestId(testId).locator('xpath=..').getByRole('button').click();
    await this.settled();
  }

  /** Opens the changes under a row and returns them. */
  async expand(row: ReturnType<HistoryScreen['rows']>) {
    await row.getByTestId('audit-toggle').click();
    const changes = this.page.getByTestId('audit-changes');
    await expect(changes.first()).toBeVisible();
    return changes;
  }
}
