// The dispatch lists' bulk channels through dispatch, on real SQLite: each record changed with the
// single change's transition row and audit entry, or none when one refuses (named with its own code);
// the selection as ids or as the list's filters; the request export limited to a selection.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { BULK_RECORD_PATH } from '../../../shared/bulk';
import { openTestCore, snapshot, type TestCore } from '../../../tests/support/test-core';
import { requestData, specialistData } from './__tests__/arbitraries';

let t: TestCore;
beforeEach(() => {
  t = openTestCore({ now: () => new Date('2026-06-15T03:00:00.000Z') });
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const request = (requestingGovernment: string) =>
  t.ok('specialistDispatch.requests.create', { data: requestData({ requestingGovernment }) }).request;
const state = (id: number) => t.ok('specialistDispatch.requests.get', { id }).request.state;
const history = (entity: string, id: number) =>
  t.ok('audit.list', { entity, entityId: String(id) }).map((e) => ({ action: e.action, after: e.after }));
const review = (id: number) => {
  const { version } = t.ok('specialistDispatch.requests.get', { id }).request;
  t.ok('specialistDispatch.requests.transition', { id, version, to: 'under_review', on: '2026-04-01' });
};

test('moves every request chosen, each with its transition row and audit entry', () => {
  const ids = ['Chiang Mai', 'Hue City', 'Iloilo City'].map((g) => request(g).id);
  for (const id of ids) review(id);
  const done = t.ok('specialistDispatch.requests.bulk.transition', {
    selection: { ids },
    to: 'declined',
    on: '2026-05-01',
    reason: 'Outside the programme this year',
  });
  expect(done).toEqual({ changed: 3 });
  for (const id of ids) {
    expect(state(id)).toBe('declined');
    const detail = t.ok('specialistDispatch.requests.get', { id });
    expect(detail.transitions.at(-1)).toMatchObject({
      from: 'under_review',
      to: 'declined',
      note: 'Outside the programme this year',
    });
    expect(history('dispatch_request', id)[0]).toEqual({
      action: 'transition',
      after: { state: 'declined', stateChangedOn: '2026-05-01', reason: 'Outside the programme this year' },
    });
  }
});

test('a request in the middle that cannot move refuses the whole action, named, writing nothing', () => {
  const [a, b, c] = ['Chiang Mai', 'Hue City', 'Iloilo City'].map((g) => request(g));
  if (!a || !b || !c) throw new Error('three requests');
  review(a.id);
  review(c.id); // b stays "received": it cannot be approved
  const before = snapshot(t.core);
  const error = t.fail('specialistDispatch.requests.bulk.transition', {
    selection: { ids: [a.id, b.id, c.id] },
    to: 'approved',
    on: '2026-05-01',
  });
  expect(error.code).toBe('conflict');
  expect(error.issues).toEqual([
    {
      path: `${BULK_RECORD_PATH}${b.id}`,
      code: 'request_transition_not_allowed',
      params: { from: 'received', to: 'approved', name: `${b.reference} (Hue City)` },
    },
  ]);
  expect(snapshot(t.core)).toEqual(before);
  expect([a.id, b.id, c.id].map(state)).toEqual(['under_review', 'received', 'under_review']);
});

test('every request the filters match, refused as stale when the count changed', () => {
  for (const g of ['Chiang Mai', 'Hue City']) request(g);
  const selection = { query: { state: 'received' as const }, expected: 2 };
  const snap = snapshot(t.core);
  const stale = { query: { state: 'received' as const }, expected: 3 };
  expect(
    t.fail('specialistDispatch.requests.bulk.transition', { selection: stale, to: 'under_review', on: '2026-05-01' })
      .code,
  ).toBe('stale');
  expect(
    t.fail('specialistDispatch.requests.bulk.transition', {
      selection: { ids: [1, 99] },
      to: 'under_review',
      on: '2026-05-01',
    }).code,
  ).toBe('not_found');
  expect(snapshot(t.core)).toEqual(snap);
  expect(
    t.ok('specialistDispatch.requests.bulk.transition', { selection, to: 'under_review', on: '2026-05-01' }),
  ).toEqual({ changed: 2 });
  expect(t.ok('specialistDispatch.requests.list', { state: 'under_review' }).total).toBe(2);
});

test('a decline without its reason is refused for each request', () => {
  const a = request('Chiang Mai');
  review(a.id);
  const error = t.fail('specialistDispatch.requests.bulk.transition', {
    selection: { ids: [a.id] },
    to: 'declined',
    on: '2026-05-01',
  });
  expect(error.issues?.map((i) => i.code)).toEqual(['reason_required']);
});

test('specialists marked inactive and back, one audit entry each; an unknown one changes none', () => {
  const ids = ['Sato Kenji', 'Suzuki Hiroshi'].map(
    (nameEn, i) =>
      t.ok('specialistDispatch.specialists.create', { data: specialistData({ nameEn, homeGovernment: `Town ${i}` }) })
        .specialist.id,
  );
  const snap = snapshot(t.core);
  expect(
    t.fail('specialistDispatch.specialists.bulk.setActive', { selection: { ids: [ids[0] ?? 0, 99] }, active: false })
      .code,
  ).toBe('not_found');
  expect(snapshot(t.core)).toEqual(snap);
  expect(t.ok('specialistDispatch.specialists.bulk.setActive', { selection: { ids }, active: false })).toEqual({
    changed: 2,
  });
  for (const id of ids)
    expect(history('specialist', id)[0]).toEqual({ action: 'deactivate', after: { active: false } });
  const all = { query: { active: 'inactive' as const }, expected: 2 };
  expect(t.ok('specialistDispatch.specialists.bulk.setActive', { selection: all, active: true })).toEqual({
    changed: 2,
  });
  expect(t.ok('specialistDispatch.specialists.list', {}).total).toBe(2);
});

test('the request export holds only the requests selected', async () => {
  const a = request('Chiang Mai');
  request('Hue City');
  const file = await t.okAsync('exports.requests', { format: 'csv', language: 'en', ids: [a.id] });
  const text = Buffer.from(file.data, 'base64').toString('utf8');
  expect(text).toContain('Chiang Mai');
  expect(text).not.toContain('Hue City');
});
