import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openTestCore, snapshot, type TestCore } from '../../../tests/support/test-core';
import { requestData, seedDispatchData } from './__tests__/arbitraries';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const create = (overrides: Record<string, unknown> = {}) =>
  t.ok('specialistDispatch.requests.create', { data: requestData(overrides) });

describe('recording a request', () => {
  test('numbered within its fiscal year, starting at received on the day it came, audited', () => {
    const { request, warnings } = create();
    expect(request).toMatchObject({
      reference: 'SD-FY2027-001',
      state: 'received',
      stateChangedOn: '2026-03-10',
      window: { position: 'inside', days: 0 },
      counterpartId: null,
      version: 1,
    });
    expect(warnings).toEqual([]);
    expect(create().request.reference).toBe('SD-FY2027-002');
    // An early request for the year after: received on a past day, like every request.
    expect(create({ fiscalYear: 2028, receivedOn: '2026-03-02' }).request.reference).toBe('SD-FY2028-001');
    const detail = t.ok('specialistDispatch.requests.get', { id: request.id });
    expect(detail.transitions).toMatchObject([{ from: null, to: 'received', on: '2026-03-10' }]);
    expect(detail.next).toEqual([
      { to: 'under_review', needs: [] },
      { to: 'cancelled', needs: ['reason'] },
    ]);
    expect(t.ok('audit.list', { entity: 'dispatch_request', entityId: String(request.id) })[0]?.action).toBe('create');
  });

  test('received outside the window: flagged as a warning, never refused nor held for confirmation', () => {
    const late = create({ receivedOn: '2026-05-12' });
    expect(late.request.window).toEqual({ position: 'late', days: 12 });
    expect(late.warnings).toMatchObject([{ code: 'received_after_window', params: { days: 12, first: '2026-03-01' } }]);
    const early = create({ receivedOn: '2026-02-27' });
    expect(early.warnings.map((w) => w.code)).toEqual(['received_before_window']);
    expect(early.request.window).toEqual({ position: 'early', days: 2 });
  });

  test('the counterpart comes from the country; a named one must be that country’s', () => {
    const th = t.ok('specialistDispatch.counterparts.create', { data: { countryCode: 'TH', name: 'DLA' } });
    const vn = t.ok('specialistDispatch.counterparts.create', { data: { countryCode: 'VN', name: 'MOHA' } });
    expect(create().request).toMatchObject({ counterpartId: th.id, counterpartName: 'DLA' });
    expect(create({ countryCode: 'LA' }).request.counterpartId).toBeNull();
    const before = snapshot(t.core);
    const error = t.fail('specialistDispatch.requests.create', { data: requestData({ counterpartId: vn.id }) });
    expect(error).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'data.counterpartId', code: 'counterpart_other_country' }],
    });
    expect(snapshot(t.core)).toEqual(before);
  });

  test('the field must exist and be in use; the country must exist', () => {
    const error = t.fail('specialistDispatch.requests.create', {
      data: requestData({ fieldId: 999, countryCode: 'ZZ' }),
    });
    expect(error.issues?.map((i) => i.code).sort()).toEqual(['invalid_country', 'unknown_field']);
    t.ok('specialistDispatch.expertise.update', {
      id: 1,
      data: { nameEn: 'Fire and Disaster Prevention', nameJa: '消防・防災', group: 'safety', active: false },
    });
    expect(t.fail('specialistDispatch.requests.create', { data: requestData() })).toMatchObject({
      code: 'conflict',
      issues: [{ code: 'field_inactive' }],
    });
  });

  test('edits: data only, version checked, not once final; another year renumbers', () => {
    const { request } = create();
    const edited = t.ok('specialistDispatch.requests.update', {
      id: request.id,
      version: 1,
      data: requestData({ summary: 'Fire safety audits' }),
    });
    expect(edited.request).toMatchObject({ summary: 'Fire safety audits', version: 2, state: 'received' });
    expect(t.fail('specialistDispatch.requests.update', { id: request.id, version: 1, data: requestData() }).code).toBe(
      'stale',
    );
    const moved = t.ok('specialistDispatch.requests.update', {
      id: request.id,
      version: 2,
      data: requestData({ fiscalYear: 2028, receivedOn: '2026-05-01' }),
    });
    expect(moved.request).toMatchObject({ reference: 'SD-FY2028-001', stateChangedOn: '2026-05-01' });
    expect(moved.warnings.map((w) => w.code)).toEqual(['received_before_window']);
    t.ok('specialistDispatch.requests.transition', {
      id: request.id,
      version: 3,
      to: 'cancelled',
      on: '2026-05-02',
      reason: 'Withdrawn',
    });
    const error = t.fail('specialistDispatch.requests.update', { id: request.id, version: 4, data: requestData() });
    expect(error).toMatchObject({ code: 'conflict', issues: [{ code: 'request_final' }] });
  });
});

describe('the list and the intake', () => {
  beforeEach(() => {
    seedDispatchData(t); // 1 received TH FY2027; 2 agreement_signed VN FY2027; 3 dispatched PH FY2026
    for (let i = 0; i < 9; i++)
      create({ countryCode: 'KH', requestingGovernment: `Town ${i}`, receivedOn: '2026-04-20' });
    create({ countryCode: 'ID', requestingGovernment: 'Surabaya City', receivedOn: '2026-06-01' });
  });

  test('filters, per-state counts under the other filters, references in natural order', () => {
    const all = t.ok('specialistDispatch.requests.list', {
      fiscalYear: 2027,
      sort: 'reference',
      dir: 'asc',
      pageSize: 500,
    });
    expect(all.total).toBe(12);
    expect(all.rows.map((r) => r.reference).slice(-3)).toEqual(['SD-FY2027-010', 'SD-FY2027-011', 'SD-FY2027-012']);
    expect(all.byState).toEqual({ received: 11, agreement_signed: 1 });
    const signed = t.ok('specialistDispatch.requests.list', { state: 'agreement_signed' });
    expect(signed.rows).toMatchObject([{ countryCode: 'VN', specialists: ['Sato Ken'] }]);
    expect(signed.byState).toEqual({ received: 11, agreement_signed: 1, dispatched: 1 });
    expect(
      t.ok('specialistDispatch.requests.list', { outsideWindow: true }).rows.map((r) => r.requestingGovernment),
    ).toEqual(['Surabaya City']);
    expect(t.ok('specialistDispatch.requests.list', { search: 'da nang' }).total).toBe(1);
    expect(t.ok('specialistDispatch.requests.list', { search: 'SD-FY2026' }).rows.map((r) => r.countryCode)).toEqual([
      'PH',
    ]);
    expect(
      t.ok('specialistDispatch.requests.list', { sort: 'state', dir: 'desc', pageSize: 2 }).rows.map((r) => r.state),
    ).toEqual(['dispatched', 'agreement_signed']);
    expect(t.ok('specialistDispatch.requests.list', { fieldId: 4 }).total).toBe(1);
    expect(t.ok('specialistDispatch.requests.list', { countryCode: 'KH', page: 2, pageSize: 5 })).toMatchObject({
      total: 9,
      page: 2,
    });
  });

  test('a year’s intake: window, by state, by country with the outside count, by field and month', () => {
    const intake = t.ok('specialistDispatch.requests.intake', { fiscalYear: 2027 });
    expect(intake).toMatchObject({ fiscalYear: 2027, window: { first: '2026-03-01', last: '2026-04-30' }, total: 12 });
    expect(intake.byState).toEqual({ received: 11, agreement_signed: 1 });
    expect(intake.byCountry.map((c) => [c.code, c.count, c.outsideWindow, c.counterpartName])).toEqual([
      ['KH', 9, 0, null],
      ['ID', 1, 1, null],
      ['TH', 1, 0, 'Department of Local Administration'],
      ['VN', 1, 0, null],
    ]);
    expect(intake.byField[0]).toMatchObject({ fieldId: 1, count: 11 });
    expect(intake.byMonth).toEqual([
      { month: '2026-03', count: 1 },
      { month: '2026-04', count: 10 },
      { month: '2026-05', count: 0 },
      { month: '2026-06', count: 1 },
    ]);
    expect(intake.outsideWindow.map((r) => r.requestingGovernment)).toEqual(['Surabaya City']);
  });
});
