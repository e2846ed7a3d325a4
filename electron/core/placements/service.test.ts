// Assigning, changing and cancelling placements through the real boundary (dispatch) on a real file.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openTestCore, snapshot, type TestCore } from '../../../tests/support/test-core';
import { addTrainee, type CreateInput, insertCohort, insertHost, place } from './__tests__/fixtures';

let t: TestCore;
let trainee: number;
let host: number;
beforeEach(() => {
  t = openTestCore();
  insertCohort(t.core.db, { fiscalYear: 2026, introStart: '2026-04-01', introEnd: '2026-04-30' });
  trainee = addTrainee(t);
  host = insertHost(t.core.db, { nameEn: 'Sapporo City', capacity: 1 });
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const FINE = { start: '2026-05-01', end: '2026-12-31' };
const input = (over: Partial<CreateInput> = {}): CreateInput => ({
  traineeId: trainee,
  hostId: host,
  ...FINE,
  ...over,
});

/** A call that must be refused, writing nothing at all. */
function refused(channel: Parameters<TestCore['fail']>[0], body: unknown) {
  const before = snapshot(t.core);
  const error = t.fail(channel, body);
  expect(snapshot(t.core)).toEqual(before);
  return error;
}

const lastAudit = () => t.ok('audit.list', { entity: 'placement', limit: 1 })[0];

describe("the trainee's history", () => {
  test("holds its placements' entries beside its own, and no other trainee's", () => {
    const other = addTrainee(t);
    const mine = t.ok('placements.create', input()).placement;
    t.ok('placements.create', input({ traineeId: other, hostId: insertHost(t.core.db, { nameEn: 'Otaru City' }) }));
    const history = (withPlacements?: boolean) =>
      t
        .ok('audit.search', {
          entity: 'trainee',
          entityId: String(trainee),
          ...(withPlacements ? { withPlacements } : {}),
        })
        .rows.map((r) => [r.entity, r.entityId, r.action]);
    expect(history()).toEqual([['trainee', String(trainee), 'create']]);
    expect(history(true)).toEqual([
      ['placement', String(mine.id), 'create'],
      ['trainee', String(trainee), 'create'],
    ]);
  });
});

describe('create', () => {
  test('saves a fitting placement with names for display, and audits it', () => {
    t.ok('settings.update', { staffName: 'Tanaka' });
    const saved = t.ok('placements.create', input({ supervisor: 'Mr Sato', notes: '  ' }));
    expect(saved.warnings).toEqual([]);
    expect(saved.placement).toMatchObject({
      traineeId: trainee,
      traineeRef: 'FY2026-0001',
      hostId: host,
      hostNameEn: 'Sapporo City',
      hostNameJa: 'Sapporo City（日本語）',
      ...FINE,
      supervisor: 'Mr Sato',
      notes: null,
      cancelled: false,
      overrides: [],
      overrideReason: null,
      version: 1,
    });
    expect(lastAudit()).toMatchObject({ actor: 'Tanaka', action: 'create', before: null, after: saved.placement });
    expect(t.ok('placements.forTrainee', { traineeId: trainee })).toEqual([saved.placement]);
    expect(t.ok('placements.forHost', { hostId: host })).toEqual([saved.placement]);
  });

  test('unknown trainee or host: not found, nothing written', () => {
    expect(refused('placements.create', input({ traineeId: 999 }))).toMatchObject({
      code: 'not_found',
      issues: [{ path: 'traineeId', code: 'not_found' }],
    });
    expect(refused('placements.create', input({ hostId: 999 }))).toMatchObject({
      code: 'not_found',
      issues: [{ path: 'hostId', code: 'not_found' }],
    });
    expect(t.fail('placements.forTrainee', { traineeId: 999 }).code).toBe('not_found');
    expect(t.fail('placements.forHost', { hostId: 999 }).code).toBe('not_found');
  });

  test('end before start is bad input; the other refusals are conflicts; none can be confirmed away', () => {
    const reversed = refused(
      'placements.create',
      input({ start: '2026-06-02', end: '2026-06-01', confirm: true, reason: 'x' }),
    );
    expect(reversed).toMatchObject({ code: 'invalid_input', issues: [{ path: 'end', code: 'end_before_start' }] });

    place(t, input({ end: '2026-09-30', confirm: true, reason: 'short on purpose' }));
    const other = insertHost(t.core.db, { nameEn: 'Otaru City' });
    const overlap = refused(
      'placements.create',
      input({ hostId: other, start: '2026-09-30', confirm: true, reason: 'x' }),
    );
    expect(overlap).toMatchObject({
      code: 'conflict',
      issues: [
        {
          path: 'start',
          code: 'trainee_overlap',
          params: { host: 'Sapporo City', start: '2026-05-01', end: '2026-09-30' },
        },
      ],
    });
    expect(overlap.message).toContain('already placed at Sapporo City');
    // The next day is free.
    place(t, input({ hostId: other, start: '2026-10-01' }));

    const inactive = insertHost(t.core.db, { nameEn: 'Closed Town', active: false });
    const next = addTrainee(t);
    expect(refused('placements.create', input({ traineeId: next, hostId: inactive })).issues).toEqual([
      { path: 'hostId', code: 'host_inactive', params: { host: 'Closed Town' } },
    ]);
  });

  test.each(['withdrawn', 'completed'] as const)('a %s trainee is refused', (status) => {
    const id = addTrainee(t, { status });
    expect(refused('placements.create', input({ traineeId: id }))).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'traineeId', code: 'trainee_not_active', params: { status } }],
    });
  });

  test('warnings: confirm and a reason, or nothing is written', () => {
    const early = input({ start: '2026-04-20' });
    const asked = refused('placements.create', early);
    expect(asked).toMatchObject({
      code: 'needs_confirmation',
      warnings: [{ code: 'starts_during_intro', params: { introEnd: '2026-04-30' } }],
    });
    expect(refused('placements.create', { ...early, reason: 'agreed with host' }).code).toBe('needs_confirmation');
    expect(refused('placements.create', { ...early, confirm: true })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'reason', code: 'reason_required' }],
      warnings: [{ code: 'starts_during_intro' }],
    });
    expect(refused('placements.create', { ...early, confirm: true, reason: '   ' }).issues).toEqual([
      { path: 'reason', code: 'reason_required' },
    ]);
    const saved = t.ok('placements.create', { ...early, confirm: true, reason: ' agreed with host ' });
    expect(saved.warnings.map((w) => w.code)).toEqual(['starts_during_intro']);
    expect(saved.placement).toMatchObject({ overrides: ['starts_during_intro'], overrideReason: 'agreed with host' });
  });

  test('a reason given without warnings is not recorded', () => {
    const saved = t.ok('placements.create', input({ confirm: true, reason: 'just in case' }));
    expect(saved.placement).toMatchObject({ overrides: [], overrideReason: null });
  });

  test('capacity: the second trainee on the same days needs an override', () => {
    place(t, input());
    const second = addTrainee(t);
    const error = refused('placements.create', input({ traineeId: second, start: '2026-12-31', end: '2027-01-31' }));
    expect(error.warnings).toEqual([
      { code: 'capacity_exceeded', params: { day: '2026-12-31', count: 2, capacity: 1 } },
    ]);
    // From the next day there is room again.
    const after = t.ok(
      'placements.create',
      input({ traineeId: second, start: '2027-01-01', end: '2027-01-31', confirm: true, reason: 'second stint' }),
    );
    expect(after.placement.overrides).toEqual([]);
  });

  test('no cohort: a notice, not a warning', () => {
    const fy2027 = addTrainee(t, { fiscalYear: 2027, arrivalDate: '2027-04-05', departureDate: '2028-01-31' });
    const saved = t.ok('placements.create', input({ traineeId: fy2027, start: '2027-05-01', end: '2027-12-31' }));
    expect(saved).toMatchObject({ warnings: [], notices: [{ code: 'no_cohort', params: { fiscalYear: 2027 } }] });
  });
});

describe('check', () => {
  test('answers what create would say, and writes nothing', () => {
    const before = snapshot(t.core);
    expect(t.ok('placements.check', input({ start: '2026-04-30', end: '2026-04-29' }))).toEqual({
      refusals: [{ path: 'end', code: 'end_before_start', params: { start: '2026-04-30', end: '2026-04-29' } }],
      warnings: [],
      notices: [],
    });
    expect(
      t.ok('placements.check', input({ start: '2026-04-30', end: '2027-03-31' })).warnings.map((w) => w.code),
    ).toEqual(['starts_during_intro', 'ends_after_departure', 'programme_too_long']);
    expect(snapshot(t.core)).toEqual(before);
  });

  test('excludeId leaves the placement being edited out', () => {
    const p = place(t, input());
    expect(t.ok('placements.check', input()).refusals.map((r) => r.code)).toEqual(['trainee_overlap']);
    expect(t.ok('placements.check', { ...input(), excludeId: p.id })).toEqual({
      refusals: [],
      warnings: [],
      notices: [],
    });
  });
});

describe('update', () => {
  test('moves a placement over its own old days and audits before and after', () => {
    const p = place(t, input());
    const saved = t.ok('placements.update', {
      id: p.id,
      version: 1,
      data: { hostId: host, start: '2026-06-01', end: '2027-01-31', supervisor: 'Ms Ito' },
    });
    expect(saved.placement).toMatchObject({ start: '2026-06-01', end: '2027-01-31', supervisor: 'Ms Ito', version: 2 });
    expect(lastAudit()).toMatchObject({ action: 'update', before: p, after: saved.placement });
  });

  test('a stale version, a missing or a cancelled placement is refused', () => {
    const p = place(t, input());
    const data = { hostId: host, ...FINE };
    expect(refused('placements.update', { id: p.id, version: 2, data }).code).toBe('stale');
    expect(refused('placements.update', { id: 999, version: 1, data }).code).toBe('not_found');
    t.ok('placements.cancel', { id: p.id, version: 1, reason: 'host withdrew' });
    expect(refused('placements.update', { id: p.id, version: 2, data })).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'id', code: 'placement_cancelled' }],
    });
  });

  test('the same checks, with paths inside data', () => {
    const p = place(t, input({ end: '2026-09-30', confirm: true, reason: 'short' }));
    place(t, input({ start: '2026-10-01', hostId: insertHost(t.core.db) }));
    const error = refused('placements.update', {
      id: p.id,
      version: 1,
      data: { hostId: host, start: '2026-05-01', end: '2026-10-01' },
    });
    expect(error.issues).toMatchObject([{ path: 'data.start', code: 'trainee_overlap' }]);
    const inactive = insertHost(t.core.db, { active: false });
    expect(
      refused('placements.update', { id: p.id, version: 1, data: { hostId: inactive, ...FINE, end: '2026-09-30' } })
        .issues,
    ).toMatchObject([{ path: 'data.hostId', code: 'host_inactive' }]);
  });

  test('accepted warnings stay accepted while host and dates stay; a change of dates asks again', () => {
    const p = place(t, input({ start: '2026-04-20', confirm: true, reason: 'agreed with host' }));
    const data = { hostId: host, start: '2026-04-20', end: FINE.end, notes: 'new notes' };
    const notes = t.ok('placements.update', { id: p.id, version: 1, data });
    expect(notes.placement).toMatchObject({
      notes: 'new notes',
      overrides: ['starts_during_intro'],
      overrideReason: 'agreed with host',
    });

    const moved = { ...data, start: '2026-04-21' };
    expect(refused('placements.update', { id: p.id, version: 2, data: moved }).code).toBe('needs_confirmation');
    const saved = t.ok('placements.update', {
      id: p.id,
      version: 2,
      data: moved,
      confirm: true,
      reason: 'moved by a day',
    });
    expect(saved.placement).toMatchObject({ overrides: ['starts_during_intro'], overrideReason: 'moved by a day' });

    // A new warning on an unchanged period (the departure moved earlier) asks for all of them.
    const before = t.ok('trainees.get', { id: trainee });
    const {
      id: _i,
      ref: _r,
      hasPhoto: _h,
      archived: _a,
      isDemo: _d,
      version,
      createdAt: _c,
      updatedAt: _u,
      ...rest
    } = before;
    t.ok('trainees.update', { id: trainee, version, data: { ...rest, departureDate: '2026-12-01' }, confirm: true });
    expect(refused('placements.update', { id: p.id, version: 3, data: moved }).warnings?.map((w) => w.code)).toEqual([
      'starts_during_intro',
      'ends_after_departure',
    ]);

    // Fixing the problem clears the overrides.
    const fixed = t.ok('placements.update', {
      id: p.id,
      version: 3,
      data: { ...moved, start: '2026-05-01', end: '2026-11-30' },
    });
    expect(fixed.placement).toMatchObject({ overrides: [], overrideReason: null });
  });
});

describe('cancel', () => {
  test('needs a reason, keeps the row, frees the days, and is audited', () => {
    const p = place(t, input());
    expect(refused('placements.cancel', { id: p.id, version: 1, reason: '  ' }).issues).toEqual([
      { path: 'reason', code: 'required' },
    ]);
    expect(refused('placements.cancel', { id: p.id, version: 5, reason: 'x' }).code).toBe('stale');
    const cancelled = t.ok('placements.cancel', { id: p.id, version: 1, reason: 'host withdrew' });
    expect(cancelled).toMatchObject({ cancelled: true, cancelReason: 'host withdrew', version: 2 });
    expect(lastAudit()).toMatchObject({ action: 'cancel', before: p, after: cancelled });
    expect(refused('placements.cancel', { id: p.id, version: 2, reason: 'again' }).code).toBe('conflict');

    expect(t.ok('placements.forTrainee', { traineeId: trainee })).toEqual([]);
    expect(t.ok('placements.forTrainee', { traineeId: trainee, includeCancelled: true })).toEqual([cancelled]);
    // The days are free again for the trainee and the host.
    const second = addTrainee(t);
    expect(t.ok('placements.check', input()).refusals).toEqual([]);
    expect(t.ok('placements.check', input({ traineeId: second })).warnings).toEqual([]);
  });

  test('a withdrawn trainee can still have a placement cancelled', () => {
    const p = place(t, input());
    t.core.db.raw.prepare("UPDATE trainees SET status = 'withdrawn' WHERE id = ?").run(trainee);
    expect(t.ok('placements.cancel', { id: p.id, version: 1, reason: 'withdrew' }).cancelled).toBe(true);
  });
});
