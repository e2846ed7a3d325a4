import { afterEach, beforeEach, expect, test } from 'vitest';
import { openTestCore, type TestCore } from '../../../tests/support/test-core';
import { seedDispatchData } from './__tests__/arbitraries';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
  seedDispatchData(t); // request 3: PH, FY2026, field 1, dispatched with Suzuki Hiroshi
  // Past projects as the reference import stores them, one with a country and one with a field it
  // could not tie to the lists.
  const db = t.core.db.raw;
  db.prepare(
    "INSERT INTO reference_imports (file, content_hash, imported_at, actor, rows_created, rows_present, rows_excluded) VALUES ('dispatch_projects', 'x', '2026-06-01T00:00:00Z', 'Test', 3, 0, 0)",
  ).run();
  const insert = db.prepare(
    `INSERT INTO past_dispatch_projects (row_key, import_id, source_line, fiscal_year, country, country_code, locality,
       area_of_expertise, field_id, printed) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, '{}')`,
  );
  insert.run('a', 1, 2024, 'Philippines', 'PH', 'Cebu City', 'Fire and Disaster Prevention', 1);
  insert.run('b', 2, 2026, 'Philippines', 'PH', 'Davao City', 'Fire and Disaster Prevention', 1);
  insert.run('c', 3, 2025, 'Siam', null, 'Old Town', 'Lantern Making', null);
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

test('counts by year × country and by field, each split into the reference file and the app', () => {
  const h = t.ok('specialistDispatch.dispatch.history', {});
  expect(h.years).toEqual([2024, 2025, 2026]);
  expect(h.byCountry).toEqual([
    {
      code: 'PH',
      nameEn: 'Philippines',
      nameJa: 'フィリピン',
      counts: [
        { reference: 1, app: 0 },
        { reference: 0, app: 0 },
        { reference: 1, app: 1 },
      ],
      total: { reference: 2, app: 1 },
    },
    {
      code: null,
      nameEn: 'Siam',
      nameJa: 'Siam',
      counts: [
        { reference: 0, app: 0 },
        { reference: 1, app: 0 },
        { reference: 0, app: 0 },
      ],
      total: { reference: 1, app: 0 },
    },
  ]);
  expect(h.grandTotal).toEqual({ reference: 3, app: 1 });
  expect(h.totals[2]).toEqual({ reference: 1, app: 1 });
  expect(h.byField.map((f) => [f.fieldId, f.nameEn, f.count])).toEqual([
    [1, 'Fire and Disaster Prevention', { reference: 2, app: 1 }],
    [null, 'Lantern Making', { reference: 1, app: 0 }],
  ]);
  expect(h.projects.map((p) => [p.source, p.fiscalYear, p.locality, p.specialists])).toEqual([
    ['reference', 2026, 'Davao City', []],
    ['app', 2026, 'Iloilo City', ['Suzuki Hiroshi']],
    ['reference', 2025, 'Old Town', []],
    ['reference', 2024, 'Cebu City', []],
  ]);
});

test('a request counts once whatever its specialists, only once dispatched; the range narrows', () => {
  const h = t.ok('specialistDispatch.dispatch.history', { fromYear: 2026, toYear: 2027 });
  expect(h.years).toEqual([2026, 2027]);
  expect(h.grandTotal).toEqual({ reference: 1, app: 1 });
  // Request 2 (agreement signed) is not yet a dispatch.
  expect(h.projects.filter((p) => p.source === 'app').map((p) => p.requestId)).toEqual([3]);
});

test('history entries about dispatch records name them and link to their pages', () => {
  const rows = t.ok('audit.search', { pageSize: 200 }).rows;
  const about = (entity: string, id = '1') => rows.find((r) => r.entity === entity && r.entityId === id)?.subject;
  expect(about('dispatch_request')).toMatchObject({
    label: 'SD-FY2027-001 · Chiang Mai Municipality',
    link: { page: 'request', id: '1' },
  });
  expect(about('specialist', '2')).toMatchObject({ labelJa: '鈴木 浩', link: { page: 'specialist', id: '2' } });
  expect(about('counterpart')).toMatchObject({
    label: 'Department of Local Administration',
    link: { page: 'counterparts' },
  });
});
