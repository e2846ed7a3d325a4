import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openTestCore, snapshot, type TestCore } from '../../../tests/support/test-core';
import { requestData } from './__tests__/arbitraries';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const agency = (overrides: Record<string, unknown> = {}) => ({
  countryCode: 'TH',
  name: 'Department of Local Administration',
  email: 'dla@example.go.th',
  ...overrides,
});

describe('counterparts', () => {
  test('one per country, named with the country in both languages, listed in the countries’ order', () => {
    t.ok('specialistDispatch.counterparts.create', {
      data: agency({ countryCode: 'VN', name: 'Ministry of Home Affairs' }),
    });
    const th = t.ok('specialistDispatch.counterparts.create', { data: agency() });
    expect(th).toMatchObject({ countryNameEn: 'Thailand', countryNameJa: 'タイ', fromReference: false, version: 1 });
    expect(t.ok('specialistDispatch.counterparts.list', {}).map((c) => c.countryCode)).toEqual(['TH', 'VN']);
    const before = snapshot(t.core);
    const error = t.fail('specialistDispatch.counterparts.create', { data: agency({ name: 'Another agency' }) });
    expect(error).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'data.countryCode', code: 'counterpart_country_taken' }],
    });
    expect(snapshot(t.core)).toEqual(before);
  });

  test('the country must be in the list', () => {
    const error = t.fail('specialistDispatch.counterparts.create', { data: agency({ countryCode: 'ZZ' }) });
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'data.countryCode', code: 'invalid_country' }],
    });
  });

  test('edits check the version; a record from the reference file says so', () => {
    const c = t.ok('specialistDispatch.counterparts.create', { data: agency() });
    const edited = t.ok('specialistDispatch.counterparts.update', {
      id: c.id,
      version: 1,
      data: agency({ phone: '+66 2 000 0000' }),
    });
    expect(edited).toMatchObject({ version: 2, phone: '+66 2 000 0000' });
    expect(t.fail('specialistDispatch.counterparts.update', { id: c.id, version: 1, data: agency() }).code).toBe(
      'stale',
    );
    t.core.db.raw.prepare("UPDATE counterparts SET source_key = 'counterparts:TH' WHERE id = ?").run(c.id);
    expect(t.ok('specialistDispatch.counterparts.list', {})[0]?.fromReference).toBe(true);
    expect(t.ok('audit.list', { entity: 'counterpart', entityId: String(c.id) }).map((e) => e.action)).toEqual([
      'update',
      'create',
    ]);
  });

  test('a counterpart named by requests keeps its country', () => {
    const c = t.ok('specialistDispatch.counterparts.create', { data: agency() });
    t.ok('specialistDispatch.requests.create', { data: requestData() });
    const error = t.fail('specialistDispatch.counterparts.update', {
      id: c.id,
      version: 1,
      data: agency({ countryCode: 'LA' }),
    });
    expect(error).toMatchObject({ code: 'conflict', issues: [{ code: 'counterpart_in_use' }] });
  });
});
