// Bulk lifecycle moves and cohort assignment through dispatch: one audit entry and status row per
// trainee, and all or nothing (one refusal in the middle leaves every record and the log unchanged).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type CohortTestCore, openCohortCore } from './__tests__/testing';

let t: CohortTestCore;
beforeEach(() => {
  t = openCohortCore('2026-06-01');
  t.ok('settings.update', { staffName: 'Tanaka' });
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const status = (id: number) => t.ok('trainees.get', { id }).status;
const auditOf = (id: number, action: string) =>
  t.core.db.raw
    .prepare("SELECT count(*) FROM audit_log WHERE entity = 'trainee' AND entity_id = ? AND action = ?")
    .pluck()
    .get(String(id), action) as number;

describe('cohorts.trainees.bulkTransition', () => {
  test('moves every trainee chosen, with one status change and one audit entry each', () => {
    const ids = [1, 2, 3].map(() => t.trainee({ status: 'applicant' }));
    const audit = t.auditCount();
    const done = t.ok('cohorts.trainees.bulkTransition', {
      selection: { ids },
      to: 'accepted',
      date: '2026-05-20',
      reason: 'Selection committee',
    });
    expect(done).toEqual({ changed: 3 });
    expect(ids.map(status)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(t.auditCount()).toBe(audit + 3);
    for (const id of ids) {
      expect(auditOf(id, 'transition')).toBe(1);
      expect(t.ok('cohorts.trainees.history', { id }).at(-1)).toMatchObject({
        from: 'applicant',
        to: 'accepted',
        reason: 'Selection committee',
        actor: 'Tanaka',
      });
    }
  });

  test('a refused trainee in the middle leaves everything unchanged and is named with its reason', () => {
    const first = t.trainee({ status: 'applicant', fullName: 'Aung Min' });
    const middle = t.trainee({ status: 'completed', fullName: 'Bui Lan' });
    const last = t.trainee({ status: 'applicant', fullName: 'Chan Dara' });
    const error = t.refused('cohorts.trainees.bulkTransition', {
      selection: { ids: [first, middle, last] },
      to: 'accepted',
      date: '2026-05-20',
      reason: null,
    });
    expect(error.code).toBe('conflict');
    expect(error.issues).toEqual([
      {
        path: `records.${middle}`,
        code: 'transition_not_allowed',
        params: { from: 'completed', to: 'accepted', name: expect.stringContaining('Bui Lan') },
      },
    ]);
    expect([first, middle, last].map(status)).toEqual(['applicant', 'completed', 'applicant']);
  });

  test('every trainee the filters match, resolved by the core; a changed count is refused as stale', () => {
    for (let i = 0; i < 4; i++) t.trainee({ status: 'applicant' });
    t.trainee({ status: 'accepted' });
    const selection = { query: { status: 'applicant' as const }, expected: 4 };
    t.refused('cohorts.trainees.bulkTransition', {
      selection: { ...selection, expected: 5 },
      to: 'accepted',
      date: '2026-05-20',
      reason: null,
    });
    expect(
      t.ok('cohorts.trainees.bulkTransition', { selection, to: 'accepted', date: '2026-05-20', reason: null }),
    ).toEqual({ changed: 4 });
    expect(t.ok('trainees.list', { status: 'accepted' }).total).toBe(5);
  });

  test('a withdrawal needs its one reason; more ids than the cap are refused', () => {
    const id = t.trainee();
    const missing = t.refused('cohorts.trainees.bulkTransition', {
      selection: { ids: [id] },
      to: 'withdrawn',
      date: '2026-05-20',
      reason: null,
    });
    expect(missing.issues).toEqual([expect.objectContaining({ path: 'reason', code: 'reason_required' })]);
    const many = t.refused('cohorts.trainees.bulkTransition', {
      selection: { ids: Array.from({ length: 5001 }, (_, i) => i + 1) },
      to: 'accepted',
      date: '2026-05-20',
      reason: null,
    });
    expect(many.code).toBe('invalid_input');
  });
});

describe('cohorts.trainees.bulkAssign', () => {
  test('puts each trainee in the cohort with an update entry each; an archived one refuses it all', () => {
    t.ok('cohorts.create', { fiscalYear: 2027, introStart: '2027-04-01' });
    const a = t.trainee({ fiscalYear: 2026 });
    const b = t.trainee({ fiscalYear: 2026 });
    const archived = t.trainee({ fiscalYear: 2026 });
    t.ok('trainees.archive', { id: archived });
    const error = t.refused('cohorts.trainees.bulkAssign', { selection: { ids: [a, archived, b] }, fiscalYear: 2027 });
    expect(error.issues?.map((i) => [i.path, i.code])).toEqual([[`records.${archived}`, 'trainee_archived']]);
    // Their arrivals fall outside FY2027: confirmed, as the person would in the dialog.
    expect(
      t.ok('cohorts.trainees.bulkAssign', { selection: { ids: [a, b] }, fiscalYear: 2027, confirm: true }),
    ).toEqual({ changed: 2 });
    expect([a, b].map((id) => t.ok('trainees.get', { id }).fiscalYear)).toEqual([2027, 2027]);
    expect([a, b].map((id) => auditOf(id, 'update'))).toEqual([1, 1]);
  });

  test('warnings the new year brings are asked about, naming each trainee, before anyone moves', () => {
    t.ok('cohorts.create', { fiscalYear: 2027, introStart: '2027-04-01' });
    // Arrived in FY2026: in the FY2027 cohort the arrival falls outside the intake year.
    const a = t.trainee({ fiscalYear: 2026, arrivalDate: '2026-05-10', departureDate: '2027-01-31' });
    // Arrives in FY2027: the move takes away a warning, brings none.
    const b = t.trainee({ fiscalYear: 2026, arrivalDate: '2027-04-15', departureDate: '2028-01-31' });
    const audit = t.auditCount();
    const asked = t.refused('cohorts.trainees.bulkAssign', { selection: { ids: [a, b] }, fiscalYear: 2027 });
    expect(asked.code).toBe('needs_confirmation');
    const name = t.ok('trainees.get', { id: a });
    expect(asked.warnings).toEqual([
      expect.objectContaining({
        code: 'arrival_outside_fiscal_year',
        params: expect.objectContaining({ trainee: `${name.fullName} (${name.ref})` }),
      }),
    ]);
    expect([a, b].map((id) => t.ok('trainees.get', { id }).fiscalYear)).toEqual([2026, 2026]);
    expect(t.auditCount()).toBe(audit);
    const done = t.ok('cohorts.trainees.bulkAssign', { selection: { ids: [a, b] }, fiscalYear: 2027, confirm: true });
    expect(done).toEqual({ changed: 2 });
    expect([a, b].map((id) => t.ok('trainees.get', { id }).fiscalYear)).toEqual([2027, 2027]);
  });

  test('a fiscal year without a cohort is refused', () => {
    const a = t.trainee({ fiscalYear: 2026 });
    const error = t.refused('cohorts.trainees.bulkAssign', { selection: { ids: [a] }, fiscalYear: 2031 });
    expect(error.issues).toEqual([expect.objectContaining({ code: 'cohort_not_found' })]);
  });
});
