// The trainee's lifecycle through dispatch: allowed steps, refusals (nothing written), dates, history.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { allowedTransitions, canTransition } from '../../../shared/cohorts/lifecycle';
import { TRAINEE_STATUSES, type TraineeStatus } from '../../../shared/trainees/schema';
import { openTestCore, traineeInput } from '../../../tests/support/test-core';
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

const version = (id: number) => t.ok('trainees.get', { id }).version;
const move = (id: number, to: TraineeStatus, date: string, reason?: string) =>
  t.ok('cohorts.trainees.transition', { id, version: version(id), to, date, reason });
const changes = () => t.core.db.raw.prepare('SELECT count(*) FROM status_changes').pluck().get() as number;

describe('the status a trainee is registered with', () => {
  test('opens its history, dated the day it was recorded', () => {
    const id = t.trainee({ status: 'accepted' });
    expect(t.ok('cohorts.trainees.history', { id })).toEqual([
      expect.objectContaining({
        traineeId: id,
        from: null,
        to: 'accepted',
        date: '2026-06-01',
        reason: null,
        actor: 'Tanaka',
      }),
    ]);
  });

  test('is recorded for every trainee of a bulk load too', () => {
    t.ok('demo.load', { trainees: 25 });
    const rows = t.core.db.raw
      .prepare(
        'SELECT count(*) FROM trainees t JOIN status_changes c ON c.trainee_id = t.id AND c.to_status = t.status',
      )
      .pluck()
      .get();
    expect(rows).toBe(25);
    expect(changes()).toBe(25);
  });
});

describe('cohorts.trainees.transition', () => {
  test('the whole path, each step with its change row, new version and one audit entry', () => {
    const id = t.trainee({ status: 'applicant' });
    const steps: [TraineeStatus, string][] = [
      ['accepted', '2026-02-15'],
      ['introductory', '2026-04-01'],
      ['on_placement', '2026-05-01'],
      ['completed', '2027-01-31'],
    ];
    for (const [to, date] of steps) {
      const before = t.ok('trainees.get', { id });
      const audits = t.auditCount();
      const { trainee, change } = move(id, to, date);
      expect(trainee).toMatchObject({ status: to, version: before.version + 1 });
      expect(trainee.updatedAt > before.updatedAt).toBe(true);
      expect(change).toMatchObject({ traineeId: id, from: before.status, to, date, reason: null, actor: 'Tanaka' });
      expect(t.auditCount()).toBe(audits + 1);
      expect(t.ok('audit.list', { limit: 1 })[0]).toMatchObject({
        entity: 'trainee',
        entityId: String(id),
        action: 'transition',
        before: { status: before.status, version: before.version },
        after: { status: to, version: before.version + 1, date, reason: null },
      });
    }
    expect(t.ok('cohorts.trainees.history', { id }).map((c) => [c.from, c.to])).toEqual([
      [null, 'applicant'],
      ['applicant', 'accepted'],
      ['accepted', 'introductory'],
      ['introductory', 'on_placement'],
      ['on_placement', 'completed'],
    ]);
  });

  test('a skipped step, a step back, the same status and any step from a final state are refused', () => {
    const id = t.trainee({ status: 'applicant' });
    for (const to of ['introductory', 'on_placement', 'completed', 'applicant'] as const) {
      expect(t.refused('cohorts.trainees.transition', { id, version: 1, to, date: '2026-06-01' })).toMatchObject({
        code: 'conflict',
        issues: [{ path: 'to', code: 'transition_not_allowed', params: { from: 'applicant', to } }],
      });
    }
    move(id, 'accepted', '2026-06-01');
    expect(t.refused('cohorts.trainees.transition', { id, version: 2, to: 'applicant', date: '2026-06-02' }).code).toBe(
      'conflict',
    );
    for (const final of ['completed', 'withdrawn'] as const) {
      const done = t.trainee({ status: final });
      for (const to of TRAINEE_STATUSES) {
        const error = t.refused('cohorts.trainees.transition', {
          id: done,
          version: 1,
          to,
          date: '2026-06-02',
          reason: 'x',
        });
        expect(error.issues?.[0]?.code).toBe('transition_not_allowed');
      }
    }
  });

  test('withdrawn from every state that is not final, with a reason; without one it is bad input', () => {
    for (const from of ['applicant', 'accepted', 'introductory', 'on_placement'] as const) {
      const id = t.trainee({ status: from });
      for (const reason of [undefined, null, '', '   ']) {
        expect(
          t.refused('cohorts.trainees.transition', { id, version: 1, to: 'withdrawn', date: '2026-06-01', reason })
            .issues,
        ).toEqual([{ path: 'reason', code: 'reason_required' }]);
      }
      const { change } = move(id, 'withdrawn', '2026-06-01', '  Recalled by the home government ');
      expect(change).toMatchObject({ from, to: 'withdrawn', reason: 'Recalled by the home government' });
    }
  });

  test('a reason is optional and kept on the other steps', () => {
    const id = t.trainee({ status: 'accepted' });
    expect(move(id, 'introductory', '2026-04-01', 'Arrived on time').change.reason).toBe('Arrived on time');
  });

  test('the date may equal the previous step’s, never precede it', () => {
    const id = t.trainee({ status: 'applicant' });
    move(id, 'accepted', '2026-03-01');
    expect(
      t.refused('cohorts.trainees.transition', { id, version: 2, to: 'introductory', date: '2026-02-28' }),
    ).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'date', code: 'date_before_previous', params: { previous: '2026-03-01' } }],
    });
    expect(
      t.refused('cohorts.trainees.transition', { id, version: 2, to: 'withdrawn', date: '2026-02-28', reason: 'Ill' })
        .code,
    ).toBe('conflict');
    expect(move(id, 'introductory', '2026-03-01').change.date).toBe('2026-03-01');
  });

  test('a trainee registered late may be moved to a date before its registration', () => {
    const id = t.trainee({ status: 'accepted' }); // registered 1 June
    expect(move(id, 'introductory', '2026-04-01').trainee.status).toBe('introductory');
  });

  test('a stale version, an unknown trainee or a bad date is refused', () => {
    const id = t.trainee({ status: 'accepted' });
    t.ok('trainees.update', {
      id,
      version: 1,
      data: traineeInput({ fullName: 'Trainee 1', passportNumber: 'TP0000001' }),
    });
    expect(
      t.refused('cohorts.trainees.transition', { id, version: 1, to: 'introductory', date: '2026-06-01' }).code,
    ).toBe('stale');
    expect(
      t.refused('cohorts.trainees.transition', { id: 999, version: 1, to: 'introductory', date: '2026-06-01' }).code,
    ).toBe('not_found');
    expect(
      t.refused('cohorts.trainees.transition', { id, version: 2, to: 'introductory', date: '2026-02-30' }).issues,
    ).toEqual([{ path: 'date', code: 'invalid_date' }]);
    expect(t.refused('cohorts.trainees.history', { id: 999 }).code).toBe('not_found');
  });

  test('an edit after a transition keeps working when it keeps the new status', () => {
    const id = t.trainee({ status: 'accepted' });
    move(id, 'introductory', '2026-04-01');
    const data = traineeInput({ fullName: 'Trainee 1', passportNumber: 'TP0000001', notes: 'Edited' });
    expect(t.refused('trainees.update', { id, version: 2, data }).issues?.[0]?.code).toBe('use_transition');
    const saved = t.ok('trainees.update', { id, version: 2, data: { ...data, status: 'introductory' } });
    expect(saved.trainee).toMatchObject({ status: 'introductory', notes: 'Edited', version: 3 });
  });
});

describe('property: any sequence of transition attempts', () => {
  test('leaves the status equal to the last change, with only allowed steps in date order', () => {
    // Attempts lean towards plausible ones (the next step, a later date) so that many succeed, while
    // skipped steps, earlier dates, missing reasons and stale versions keep coming.
    const attempt = fc.record({
      who: fc.integer({ min: 0, max: 2 }),
      aim: fc.oneof(
        { arbitrary: fc.constant('next' as const), weight: 4 },
        { arbitrary: fc.constant('withdrawn' as const), weight: 1 },
        { arbitrary: fc.constantFrom(...TRAINEE_STATUSES), weight: 2 },
      ),
      days: fc.integer({ min: -20, max: 60 }),
      reason: fc.option(fc.constantFrom('Personal reasons', ' ', 'Recalled'), { nil: null }),
      stale: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
    });
    let steps = 0;
    fc.assert(
      fc.property(fc.constantFrom(...TRAINEE_STATUSES), fc.array(attempt, { maxLength: 25 }), (start, attempts) => {
        const ids = [0, 1, 2].map(() => t.trainee({ status: start }));
        const accepted = new Map(ids.map((id) => [id, 0]));
        const day = new Map(ids.map((id) => [id, 0]));
        for (const a of attempts) {
          const id = ids[a.who] as number;
          const current = t.ok('trainees.get', { id });
          const to = a.aim === 'next' ? (allowedTransitions(current.status)[0] ?? 'completed') : a.aim;
          const offset = (day.get(id) ?? 0) + a.days;
          const date = new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
          const v = current.version - (a.stale ? 1 : 0);
          const result = t.call('cohorts.trainees.transition', { id, version: v, to, date, reason: a.reason });
          if (result.ok) {
            accepted.set(id, (accepted.get(id) ?? 0) + 1);
            day.set(id, offset);
            steps += 1;
          }
        }
        for (const id of ids) {
          const history = t.ok('cohorts.trainees.history', { id });
          expect(history).toHaveLength(1 + (accepted.get(id) ?? 0));
          expect(history[0]).toMatchObject({ from: null, to: start });
          expect(t.ok('trainees.get', { id }).status).toBe(history.at(-1)?.to);
          history.slice(1).forEach((c, i) => {
            const previous = history[i];
            expect(c.from).toBe(previous?.to);
            expect(canTransition(c.from as TraineeStatus, c.to)).toBe(true);
            if (i > 0) expect(c.date >= (previous?.date ?? '')).toBe(true);
            if (c.to === 'withdrawn') expect(c.reason?.trim()).toBeTruthy();
          });
        }
      }),
      { numRuns: 60 },
    );
    expect(steps).toBeGreaterThan(40); // the sequences did move trainees, not only get refused
    const audited = t.core.db.raw.prepare("SELECT count(*) FROM audit_log WHERE action = 'transition'").pluck().get();
    expect(audited).toBe(steps);
  });
});

test('an archived trainee cannot change status until restored', () => {
  const t = openTestCore();
  try {
    const trainee = t.ok('trainees.create', { data: traineeInput() }).trainee;
    const archived = t.ok('trainees.archive', { id: trainee.id });
    const error = t.fail('cohorts.trainees.transition', {
      id: trainee.id,
      version: archived.version,
      to: 'accepted',
      date: '2026-06-01',
    });
    expect(error.issues?.[0]?.code).toBe('trainee_archived');
    expect(t.ok('cohorts.trainees.history', { id: trainee.id })).toHaveLength(1);
  } finally {
    t.close();
  }
});
