// statistics.get through dispatch on a real file: who is counted (accepted, withdrawn only after
// acceptance, not archived), and the three tables with expectations counted by hand.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openTestCore, type TestCore } from '../../../tests/support/test-core';
import { addTrainee, insertCohort, insertHost, place } from '../placements/__tests__/fixtures';

let t: TestCore;
const ids: Record<string, number> = {};
let hostA: number;
let hostB: number;
let hostC: number;

function transition(id: number, to: string, date = '2026-06-01') {
  const { version } = t.ok('trainees.get', { id });
  t.ok('cohorts.trainees.transition', { id, version, to: to as 'withdrawn', date, reason: 'test' });
}

beforeEach(() => {
  t = openTestCore();
  for (const fy of [2024, 2025, 2026]) {
    insertCohort(t.core.db, { fiscalYear: fy, introStart: `${fy}-04-01`, introEnd: `${fy}-04-30` });
  }
  const add = (name: string, country: string, fiscalYear: number, status: string, fieldId: number) => {
    ids[name] = addTrainee(t, {
      fullName: name,
      country,
      fiscalYear,
      status: status as 'accepted',
      fieldId,
      arrivalDate: `${fiscalYear}-04-10`,
      departureDate: `${fiscalYear + 1}-02-20`,
    });
  };
  add('th25', 'TH', 2025, 'accepted', 1); // counted
  add('th26', 'TH', 2026, 'on_placement', 2); // counted (completed below)
  add('kh26', 'KH', 2026, 'on_placement', 2); // counted
  add('id26', 'ID', 2026, 'applicant', 1); // not: an applicant
  add('vn26', 'VN', 2026, 'applicant', 1); // not: withdrawn as an applicant (below)
  add('ph26', 'PH', 2026, 'accepted', 3); // counted: withdrawn after acceptance (below)
  add('mm26', 'MM', 2026, 'withdrawn', 1); // not: registered as withdrawn, never accepted
  add('la25', 'LA', 2025, 'introductory', 1); // not: archived (below)
  add('kh24', 'KH', 2024, 'accepted', 1); // counted

  hostA = insertHost(t.core.db, { nameEn: 'Aobakawa City', fields: [1, 2, 3] });
  hostB = insertHost(t.core.db, { nameEn: 'Bando Town', fields: [1, 2, 3] });
  hostC = insertHost(t.core.db, { nameEn: 'Chuo Village', fields: [1, 2, 3] });
  const accept = { confirm: true, reason: 'test' };
  place(t, { traineeId: ids.th26 as number, hostId: hostA, start: '2026-05-01', end: '2026-08-31', ...accept });
  // Twice at the same host: counted once there.
  place(t, { traineeId: ids.th26 as number, hostId: hostA, start: '2026-09-01', end: '2026-12-31', ...accept });
  place(t, { traineeId: ids.kh26 as number, hostId: hostA, start: '2026-05-01', end: '2026-08-31', ...accept });
  // At two hosts: counted at each.
  place(t, { traineeId: ids.kh26 as number, hostId: hostB, start: '2026-09-01', end: '2026-12-31', ...accept });
  // Not counted trainees and a cancelled placement leave the hosts' counts alone.
  place(t, { traineeId: ids.vn26 as number, hostId: hostB, start: '2026-05-01', end: '2026-08-31', ...accept });
  const cancelled = place(t, {
    traineeId: ids.ph26 as number,
    hostId: hostC,
    start: '2026-05-01',
    end: '2026-08-31',
    ...accept,
  });
  t.ok('placements.cancel', { id: cancelled.id, version: cancelled.version, reason: 'plans changed' });

  transition(ids.th26 as number, 'completed', '2027-01-31');
  transition(ids.vn26 as number, 'withdrawn');
  transition(ids.ph26 as number, 'withdrawn');
  t.ok('trainees.archive', { id: ids.la25 as number });
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

describe('statistics.get', () => {
  test('country × fiscal year: the countries’ order, every year of the range, totals', () => {
    const stats = t.ok('statistics.get', {});
    expect(stats.countryYear).toEqual({
      years: [2024, 2025, 2026],
      rows: [
        { code: 'KH', nameEn: 'Cambodia', nameJa: 'カンボジア', counts: [1, 0, 1], total: 2 },
        { code: 'PH', nameEn: 'Philippines', nameJa: 'フィリピン', counts: [0, 0, 1], total: 1 },
        { code: 'TH', nameEn: 'Thailand', nameJa: 'タイ', counts: [0, 1, 1], total: 2 },
      ],
      totals: [1, 1, 3],
      grandTotal: 5,
    });
    expect(stats.total).toBe(5);
  });

  test('by field: largest first, ties in the fields’ order', () => {
    expect(t.ok('statistics.get', {}).byField.map((f) => [f.fieldId, f.nameEn, f.count])).toEqual([
      [1, 'General administration', 2],
      [2, 'Environment', 2],
      [3, 'Agriculture', 1],
    ]);
  });

  test('by host: live placements of counted trainees, each trainee once per host', () => {
    expect(t.ok('statistics.get', {}).byHost.map((h) => [h.hostId, h.nameEn, h.count])).toEqual([
      [hostA, 'Aobakawa City', 2],
      [hostB, 'Bando Town', 1],
    ]);
  });

  test('a year range narrows all three tables', () => {
    const stats = t.ok('statistics.get', { fromYear: 2025, toYear: 2026 });
    expect(stats.countryYear.years).toEqual([2025, 2026]);
    expect(stats.countryYear.rows.map((r) => [r.code, ...r.counts])).toEqual([
      ['KH', 0, 1],
      ['PH', 0, 1],
      ['TH', 1, 1],
    ]);
    expect(stats.total).toBe(4);
    expect(stats.byField.map((f) => [f.fieldId, f.count])).toEqual([
      [2, 2],
      [1, 1],
      [3, 1],
    ]);
    const only2025 = t.ok('statistics.get', { fromYear: 2025, toYear: 2025 });
    expect(only2025.total).toBe(1);
    expect(only2025.byHost).toEqual([]);
  });

  test('restoring an archived trainee counts it again', () => {
    t.ok('trainees.restore', { id: ids.la25 as number });
    const stats = t.ok('statistics.get', {});
    expect(stats.countryYear.rows.map((r) => r.code)).toEqual(['KH', 'LA', 'PH', 'TH']);
    expect(stats.total).toBe(6);
  });

  test('an empty range gives its years with no rows; a reversed range is refused', () => {
    expect(t.ok('statistics.get', { fromYear: 2030, toYear: 2031 })).toEqual({
      countryYear: { years: [2030, 2031], rows: [], totals: [0, 0], grandTotal: 0 },
      byField: [],
      byHost: [],
      total: 0,
    });
    expect(t.fail('statistics.get', { fromYear: 2026, toYear: 2025 }).issues).toEqual([
      { path: 'toYear', code: 'range_reversed' },
    ]);
  });
});
