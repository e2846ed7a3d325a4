// The Specialist Dispatch screens the way a person uses them, plus arranging specialists, counterparts,
// requests and CLAIR's reference data through the API for tests that are about something else.
import { expect, type Locator, type Page } from '@playwright/test';
import type { Desk } from '../fixtures';
import { goTo } from './shell';

export interface ExpertiseField {
  id: number;
  nameEn: string;
  nameJa: string;
  active: boolean;
}

export async function fieldId(desk: Desk, nameEn: string): Promise<number> {
  const fields = await desk.call<ExpertiseField[]>('specialistDispatch.expertise.list');
  const field = fields.find((f) => f.nameEn === nameEn);
  if (!field) throw new Error(`No field of expertise named ${nameEn}`);
  return field.id;
}

export async function createSpecialist(desk: Desk, data: Record<string, unknown>): Promise<{ id: number }> {
  const saved = await desk.call<{ specialist: { id: number } }>('specialistDispatch.specialists.create', {
    data: { homeGovernment: 'Kobe City', ...data },
    confirm: true,
  });
  return saved.specialist;
}

export async function createCounterpart(desk: Desk, countryCode: string, name: string): Promise<{ id: number }> {
  return desk.call('specialistDispatch.counterparts.create', { data: { countryCode, name } });
}

export interface SavedRequest {
  id: number;
  reference: string;
  version: number;
  state: string;
}

export async function createRequest(desk: Desk, data: Record<string, unknown>): Promise<SavedRequest> {
  const saved = await desk.call<{ request: SavedRequest }>('specialistDispatch.requests.create', {
    data: { requestingGovernment: 'Chiang Mai Province', summary: 'Help with solid waste', ...data },
  });
  return saved.request;
}

/** Moves a request on through the API (for tests not about the workflow), accepting any warnings. */
export async function moveRequest(desk: Desk, id: number, to: string, extra: Record<string, unknown> = {}) {
  const { request } = await desk.call<{ request: SavedRequest }>('specialistDispatch.requests.get', { id });
  return desk.call<{ request: SavedRequest }>('specialistDispatch.requests.transition', {
    id,
    version: request.version,
    to,
    on: extra.on ?? '2026-06-01',
    confirm: true,
    ...extra,
  });
}

interface Finding {
  id: string;
  suggestion?: unknown;
}

/**
 * Imports CLAIR's reference files as a person who takes every suggestion and keeps every other row as
 * printed would. Returns how many dispatch projects were stored.
 */
export async function importReference(desk: Desk): Promise<number> {
  const check =
    await desk.call<Record<'counterparts' | 'dispatchProjects' | 'acceptedTrainees', { findings: Finding[] }>>(
      'referenceData.check',
    );
  const findings = [
    ...check.counterparts.findings,
    ...check.dispatchProjects.findings,
    ...check.acceptedTrainees.findings,
  ];
  const decisions = findings.map((f) => ({ findingId: f.id, choice: f.suggestion ? 'accept' : 'keep' }));
  const result = await desk.call<{ files: { file: string; created: number }[] }>('referenceData.import', { decisions });
  return result.files.find((f) => f.file === 'dispatch_projects')?.created ?? 0;
}

/** A select (Mantine Select/MultiSelect) by its label: opens it and picks the option. */
export async function choose(page: Page, label: string | RegExp, option: string | RegExp) {
  await page.getByLabel(label).and(page.locator('input')).first().click();
  await page.getByRole('option', { name: option }).first().click();
}

/**
 * Types into a searchable select and picks the option. Tried again until it holds: a form whose data
 * arrives while the person types (the counterparts, the vocabulary) may reset the box on a slow machine.
 */
export async function typeAndPick(page: Page, label: RegExp, typed: string, option: string) {
  const box = page.getByLabel(label).and(page.locator('input'));
  await expect(async () => {
    await box.fill(typed);
    await page.getByRole('option', { name: option, exact: true }).click({ timeout: 2_000 });
    await expect(box).toHaveValue(option, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

export async function openRequests(page: Page) {
  await goTo(page, '/dispatch');
  await expect(page.getByTestId('request-list')).toHaveAttribute('aria-busy', 'false');
}

/** The request page's move button, then the dialog that asks what the move needs. */
export async function startMove(page: Page, to: string) {
  await page.getByTestId(`move-${to}`).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

export async function expectState(page: Page, state: RegExp | string) {
  await expect(page.getByRole('main').getByTestId('request-state').first()).toHaveText(state);
}

/**
 * CLAIR's reference data, two specialists and three FY2027 requests: one approved (with suggestions),
 * one received late and declined, one just received. For screens and scans.
 */
export async function arrangeDispatch(desk: Desk) {
  await importReference(desk);
  const waste = await fieldId(desk, 'Solid Waste Management');
  const water = await fieldId(desk, 'Water Supply and Sewerage');
  await createSpecialist(desk, {
    nameEn: 'Kenji Sato',
    nameJa: '佐藤 健二',
    homeGovernment: 'Kitakyushu City',
    prefecture: 40,
    position: 'Director, Environment Bureau',
    languages: ['en', 'th'],
    fieldIds: [waste],
    availability: [{ start: '2026-06-01', end: '2026-12-31', note: 'After the fiscal year audit' }],
  });
  await createSpecialist(desk, {
    nameEn: 'Yuko Tanaka',
    nameJa: '田中 優子',
    homeGovernment: 'Yokohama City',
    prefecture: 14,
    retired: true,
    languages: ['en', 'vi'],
    fieldIds: [water],
  });
  const base = { fiscalYear: 2027, countryCode: 'TH', fieldId: waste, receivedOn: '2026-03-15' };
  const approved = await createRequest(desk, {
    ...base,
    requestingGovernment: 'Chiang Mai Province',
    wishedStart: '2026-09-01',
    wishedEnd: '2026-09-30',
    summary: 'Advice on separating household waste at source and on a new composting plant.',
  });
  await moveRequest(desk, approved.id, 'under_review', { on: '2026-05-01' });
  await moveRequest(desk, approved.id, 'approved', { on: '2026-05-20' });
  const late = await createRequest(desk, {
    ...base,
    countryCode: 'VN',
    fieldId: water,
    requestingGovernment: 'Da Nang City',
    receivedOn: '2026-05-12',
  });
  await moveRequest(desk, late.id, 'under_review', { on: '2026-05-13' });
  await moveRequest(desk, late.id, 'declined', { on: '2026-06-01', reason: 'Outside the programme this year.' });
  await createRequest(desk, {
    ...base,
    countryCode: 'ID',
    requestingGovernment: 'Surabaya City',
    receivedOn: '2026-04-02',
  });
  return { approved };
}

/** The input or text area labelled `label` inside `scope` (required ones add " *"). */
export function input(scope: Page | Locator, label: string) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByLabel(new RegExp(`^${escaped}( \\*)?$`)).and(scope.locator('input, textarea'));
}

/**
 * A request matched to a specialist (so it has a dispatch to edit), through the API. Returns the
 * request and the specialist's name.
 */
export async function arrangeMatched(desk: Desk) {
  const waste = await fieldId(desk, 'Solid Waste Management');
  const specialist = await createSpecialist(desk, { nameEn: 'Kenji Sato', fieldIds: [waste] });
  const request = await createRequest(desk, {
    fiscalYear: 2027,
    countryCode: 'TH',
    fieldId: waste,
    receivedOn: '2026-03-15',
    wishedStart: '2026-09-01',
    wishedEnd: '2026-09-30',
  });
  await moveRequest(desk, request.id, 'under_review', { on: '2026-05-01' });
  await moveRequest(desk, request.id, 'approved', { on: '2026-05-20' });
  await moveRequest(desk, request.id, 'specialist_matched', { on: '2026-05-21', specialistIds: [specialist.id] });
  return request;
}
