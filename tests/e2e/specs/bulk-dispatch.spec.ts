// Bulk actions on the dispatch lists: a Shift+click range of requests moved to "Under review" with one
// transition and history entry each; a move one request refuses, which changes nothing and names that
// request (in English and Japanese), axe on the dialog; a range of specialists marked inactive.
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { scan } from '../pages/axe';
import { createRequest, createSpecialist, fieldId, moveRequest, type SavedRequest } from '../pages/dispatch';
import { goTo, switchLanguage } from '../pages/shell';

type Entry = { entityId: string; action: string; after: { state?: string; active?: boolean } | null };
type Desk = Parameters<typeof createSpecialist>[0];

async function requests(desk: Desk, governments: string[]): Promise<SavedRequest[]> {
  const field = await fieldId(desk, 'Urban Planning');
  const saved: SavedRequest[] = [];
  for (const requestingGovernment of governments) {
    saved.push(
      await createRequest(desk, {
        fiscalYear: 2027,
        countryCode: 'TH',
        fieldId: field,
        requestingGovernment,
        receivedOn: '2026-03-20',
      }),
    );
  }
  return saved;
}

async function openList(app: Page, path: string, list: string) {
  await goTo(app, path);
  await expect(app.getByTestId(list)).toHaveAttribute('aria-busy', 'false');
}

const requestBox = (app: Page, ref: string) =>
  app.getByTestId('request-list').getByRole('checkbox', { name: `Select ${ref}`, exact: true });

const states = async (desk: Desk) =>
  (
    await desk.call<{ rows: { reference: string; state: string }[] }>('specialistDispatch.requests.list', {
      sort: 'reference',
      dir: 'asc',
    })
  ).rows.map((r) => `${r.reference}: ${r.state}`);

test('a Shift+click range of requests moved under review, one history entry each', async ({ app, desk }) => {
  const saved = await requests(desk, ['Aoba', 'Bando', 'Chiyo', 'Daigo', 'Ebino']);
  const refs = saved.map((r) => r.reference);
  await openList(app, '/dispatch?sort=reference&dir=asc', 'request-list');
  await requestBox(app, refs[1] ?? '').click();
  await requestBox(app, refs[3] ?? '').click({ modifiers: ['Shift'] });
  await expect(app.getByTestId('bulk-count')).toHaveText('3 selected');
  await expect(requestBox(app, refs[2] ?? '')).toBeChecked();
  await expect(requestBox(app, refs[0] ?? '')).not.toBeChecked();
  await expect(requestBox(app, refs[4] ?? '')).not.toBeChecked();

  await app.getByTestId('bulk-move').click();
  await expect(app.getByTestId('bulk-confirm-count')).toHaveText('This applies to 3 requests:');
  await expect(app.getByTestId('bulk-confirm-names')).toHaveText(refs.slice(1, 4).join(', '));
  await app.getByTestId('bulk-to-under_review').check();
  const go = app.getByTestId('bulk-confirm-go');
  await expect(go).toHaveText('Move 3 requests to “Under review”');
  await go.click();
  await expect(app.getByTestId('bulk-bar')).toHaveCount(0);
  await expect(app.getByTestId('state-tab-under_review')).toContainText('(3)');

  const entries = await desk.call<Entry[]>('audit.list', { entity: 'dispatch_request', action: 'transition' });
  expect(entries.map((e) => Number(e.entityId)).sort((a, b) => a - b)).toEqual(saved.slice(1, 4).map((r) => r.id));
  for (const e of entries) expect(e.after).toMatchObject({ state: 'under_review' });
  for (const r of saved.slice(1, 4)) {
    const detail = await desk.call<{ transitions: { to: string }[] }>('specialistDispatch.requests.get', { id: r.id });
    expect(detail.transitions.map((t) => t.to)).toEqual(['received', 'under_review']);
  }
});

test('a move one request refuses changes none and names that request; the dialog passes axe', async ({ app, desk }) => {
  test.setTimeout(120_000);
  const saved = await requests(desk, ['Aoba', 'Bando', 'Chiyo', 'Daigo']);
  const middle = saved[1] as SavedRequest;
  const last = saved[3] as SavedRequest;
  await moveRequest(desk, middle.id, 'under_review', { on: '2026-04-01' });
  await moveRequest(desk, last.id, 'under_review', { on: '2026-04-01' });
  await moveRequest(desk, last.id, 'declined', { on: '2026-04-02', reason: 'Out of scope' });
  const before = await states(desk);
  const auditBefore = (await desk.call<Entry[]>('audit.list', { limit: 500 })).length;

  await openList(app, '/dispatch?sort=reference&dir=asc', 'request-list');
  await app.getByRole('checkbox', { name: 'Select every request on this page' }).check();
  await expect(app.getByTestId('bulk-count')).toHaveText('4 selected');
  await app.getByTestId('bulk-move').click();
  await app.getByTestId('bulk-to-under_review').check();
  await app.getByTestId('bulk-confirm-go').click();
  await expect(app.getByTestId('bulk-refused')).toContainText('Nothing was changed');
  await expect(app.getByTestId('bulk-refused')).toContainText('2 requests could not take this change');
  const refusals = app.getByTestId('bulk-refusal');
  await expect(refusals).toHaveCount(2);
  await expect(refusals.nth(0)).toContainText(middle.reference);
  await expect(refusals.nth(0)).toContainText('is already “Under review”.');
  await expect(refusals.nth(1)).toContainText(last.reference);
  await expect(refusals.nth(1)).toContainText('it is “Declined” and cannot change any more');
  await scan(app, 'bulk request move dialog with a refusal');

  expect(await states(desk)).toEqual(before);
  expect((await desk.call<Entry[]>('audit.list', { limit: 500 })).length).toBe(auditBefore);

  // A decline asks for its reason before it can go.
  await app.getByTestId('bulk-to-declined').check();
  await expect(app.getByTestId('bulk-confirm-go')).toBeDisabled();
  await app.getByTestId('bulk-reason').fill('Outside the programme');
  await expect(app.getByTestId('bulk-confirm-go')).toBeEnabled();

  await app.getByRole('button', { name: 'Cancel' }).click();
  await switchLanguage(app, '日本語');
  await app.getByTestId('bulk-move').click();
  await app.getByTestId('bulk-to-under_review').check();
  await app.getByTestId('bulk-confirm-go').click();
  await expect(refusals.nth(0)).toContainText('すでに「審査中」です。');
  await expect(refusals.nth(1)).toContainText('「不採択」のため、これ以上変更できません');
});

test('a range of specialists marked inactive, one history entry each', async ({ app, desk }) => {
  const ids: number[] = [];
  for (const nameEn of ['Abe Akira', 'Baba Bunta', 'Chiba Chika', 'Doi Daisuke']) {
    ids.push((await createSpecialist(desk, { nameEn, homeGovernment: `${nameEn.split(' ')[0]} City` })).id);
  }
  await openList(app, '/dispatch/specialists', 'specialist-list');
  const box = (name: string) =>
    app.getByTestId('specialist-list').getByRole('checkbox', { name: `Select ${name}`, exact: true });
  await box('Baba Bunta').click();
  await box('Chiba Chika').click({ modifiers: ['Shift'] });
  await expect(app.getByTestId('bulk-count')).toHaveText('2 selected');
  await app.getByTestId('bulk-deactivate').click();
  await expect(app.getByTestId('bulk-confirm-count')).toHaveText('This applies to 2 specialists:');
  await expect(app.getByTestId('bulk-confirm-names')).toHaveText('Baba Bunta, Chiba Chika');
  await app.getByTestId('bulk-confirm-go').click();
  await expect(app.getByTestId('bulk-bar')).toHaveCount(0);
  await expect(app.getByTestId('specialist-row')).toHaveCount(2);

  const entries = await desk.call<Entry[]>('audit.list', { entity: 'specialist', action: 'deactivate' });
  expect(entries.map((e) => Number(e.entityId)).sort((a, b) => a - b)).toEqual([ids[1], ids[2]]);
  const inactive = await desk.call<{ total: number }>('specialistDispatch.specialists.list', { active: 'inactive' });
  expect(inactive.total).toBe(2);
});
