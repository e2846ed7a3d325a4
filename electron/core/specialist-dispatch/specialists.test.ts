import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openTestCore, snapshot, type TestCore } from '../../../tests/support/test-core';
import { seedDispatchData, specialistData } from './__tests__/arbitraries';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const create = (overrides: Record<string, unknown> = {}, confirm = false) =>
  t.ok('specialistDispatch.specialists.create', { data: specialistData(overrides), confirm }).specialist;

describe('specialists', () => {
  test('saved with names in both languages, fields, languages and availability, and audited', () => {
    const s = create({
      languages: ['en', 'th', 'en'],
      fieldIds: [4, 5, 4],
      availability: [{ start: '2027-06-01', end: '2027-09-30', note: 'after the budget session' }],
    });
    expect(s).toMatchObject({
      nameEn: 'Sato Ken',
      nameJa: '佐藤 健',
      homeGovernment: 'Sendai City',
      languages: ['en', 'th'],
      fieldIds: [4, 5],
      availability: [{ start: '2027-06-01', end: '2027-09-30', note: 'after the budget session' }],
      active: true,
      version: 1,
    });
    expect(t.ok('audit.list', { entity: 'specialist', entityId: String(s.id) })[0]?.action).toBe('create');
  });

  test('fields must exist; availability periods may not overlap; nothing is written', () => {
    const before = snapshot(t.core);
    const error = t.fail('specialistDispatch.specialists.create', {
      data: specialistData({
        fieldIds: [1, 999],
        availability: [
          { start: '2027-01-01', end: '2027-03-31' },
          { start: '2027-05-01', end: '2027-05-31' },
          { start: '2027-03-31', end: '2027-04-10' },
        ],
      }),
    });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((i) => [i.path, i.code])).toEqual([
      ['data.fieldIds.1', 'unknown_field'],
      ['data.availability.2', 'availability_overlap'],
    ]);
    expect(snapshot(t.core)).toEqual(before);
  });

  test('the same name at the same home government is a possible duplicate to confirm', () => {
    create();
    const error = t.fail('specialistDispatch.specialists.create', {
      data: specialistData({ nameEn: '  SATO   ken ', homeGovernment: 'sendai city' }),
    });
    expect(error).toMatchObject({ code: 'needs_confirmation', warnings: [{ code: 'possible_duplicate_specialist' }] });
    const saved = t.ok('specialistDispatch.specialists.create', {
      data: specialistData({ homeGovernment: 'Sendai City' }),
      confirm: true,
    });
    expect(saved.warnings.map((w) => w.code)).toEqual(['possible_duplicate_specialist']);
    // Another home government: another person.
    expect(
      t.ok('specialistDispatch.specialists.create', { data: specialistData({ homeGovernment: 'Kobe City' }) }).warnings,
    ).toEqual([]);
  });

  test('edits check the version and replace fields and availability; deactivating keeps the record', () => {
    const s = create();
    const { specialist } = t.ok('specialistDispatch.specialists.update', {
      id: s.id,
      version: 1,
      data: specialistData({
        retired: true,
        fieldIds: [7],
        availability: [{ start: '2027-01-01', end: '2027-01-31' }],
      }),
      confirm: false,
    });
    expect(specialist).toMatchObject({
      version: 2,
      retired: true,
      fieldIds: [7],
      availability: [{ start: '2027-01-01' }],
    });
    expect(t.fail('specialistDispatch.specialists.update', { id: s.id, version: 1, data: specialistData() }).code).toBe(
      'stale',
    );
    expect(t.ok('specialistDispatch.specialists.setActive', { id: s.id, active: false })).toMatchObject({
      active: false,
      version: 3,
    });
    expect(t.fail('specialistDispatch.specialists.get', { id: 999 }).code).toBe('not_found');
  });

  test('the list: search by either name or home government, filters, sorts, pages, dispatch counts', () => {
    seedDispatchData(t); // Sato Ken (1, dispatch 1 undated), Suzuki Hiroshi (2, dispatched April 2026)
    create({
      nameEn: 'Takahashi Emi',
      nameJa: 'たかはし えみ',
      homeGovernment: 'Kanazawa City',
      retired: true,
      fieldIds: [14],
    });
    const names = (query: Record<string, unknown>) =>
      t.ok('specialistDispatch.specialists.list', query).rows.map((r) => r.nameEn);
    expect(names({})).toEqual(['Sato Ken', 'Suzuki Hiroshi', 'Takahashi Emi']);
    expect(names({ search: 'kobe' })).toEqual(['Suzuki Hiroshi']);
    expect(names({ search: '佐藤' })).toEqual(['Sato Ken']);
    expect(names({ search: 'タカハシ' })).toEqual(['Takahashi Emi']); // stored in hiragana, found in katakana
    expect(names({ search: 'takahashi' })).toEqual(['Takahashi Emi']);
    expect(names({ retired: 'retired' })).toEqual(['Takahashi Emi']);
    expect(names({ fieldId: 2 })).toEqual(['Suzuki Hiroshi']);
    expect(names({ sort: 'home' })).toEqual(['Takahashi Emi', 'Suzuki Hiroshi', 'Sato Ken']);
    const page = t.ok('specialistDispatch.specialists.list', { sort: 'lastDispatch', dir: 'desc', pageSize: 2 });
    expect(page).toMatchObject({ total: 3, pageSize: 2 });
    expect(page.rows[0]).toMatchObject({ nameEn: 'Suzuki Hiroshi', dispatchCount: 1, lastDispatchEnd: '2026-04-30' });
    t.ok('specialistDispatch.specialists.setActive', { id: 2, active: false });
    expect(names({})).toEqual(['Sato Ken', 'Takahashi Emi']);
    expect(names({ active: 'inactive' })).toEqual(['Suzuki Hiroshi']);
  });

  test('a specialist’s page lists their dispatches', () => {
    seedDispatchData(t);
    const { dispatches } = t.ok('specialistDispatch.specialists.get', { id: 2 });
    expect(dispatches).toMatchObject([
      {
        reference: 'SD-FY2026-001',
        countryCode: 'PH',
        start: '2026-04-10',
        end: '2026-04-30',
        requestState: 'dispatched',
      },
    ]);
  });
});
