// Each change of this feature and its audit entry are one transaction: when the audit entry cannot be
// written (a temporary trigger refuses it), nothing of the change is left behind either.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Channel } from '../../../shared/contract';
import { snapshot, traineeInput } from '../../../tests/support/test-core';
import { type CohortTestCore, openCohortCore } from './__tests__/testing';

let t: CohortTestCore;
let trainee: number;
let session: number;
beforeEach(() => {
  t = openCohortCore('2026-04-20');
  trainee = t.trainee({ status: 'accepted' });
  t.ok('cohorts.create', { fiscalYear: 2026, introStart: '2026-04-01' });
  session = t.ok('cohorts.sessions.create', { fiscalYear: 2026, date: '2026-04-02', title: 'Opening' }).session.id;
  t.ok('cohorts.attendance.set', { sessionId: session, traineeId: trainee, mark: 'late' });
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const CHANGES: [Channel, () => unknown][] = [
  ['cohorts.create', () => ({ fiscalYear: 2027, introStart: '2027-04-01' })],
  ['cohorts.update', () => ({ fiscalYear: 2026, version: 1, data: { introStart: '2026-04-02' }, confirm: true })],
  ['cohorts.sessions.create', () => ({ fiscalYear: 2026, date: '2026-04-03', title: 'Language' })],
  [
    'cohorts.sessions.createMany',
    () => ({ fiscalYear: 2026, sessions: [{ date: '2026-04-06', title: 'Planned', topic: null, venue: null }] }),
  ],
  ['cohorts.sessions.update', () => ({ id: session, version: 1, data: { date: '2026-04-04', title: 'Moved' } })],
  ['cohorts.sessions.delete', () => ({ id: session, confirm: true })],
  ['cohorts.attendance.set', () => ({ sessionId: session, traineeId: trainee, mark: 'present' })],
  ['cohorts.attendance.setMany', () => ({ sessionId: session, marks: [{ traineeId: trainee, mark: 'absent' }] })],
  ['cohorts.trainees.transition', () => ({ id: trainee, version: 1, to: 'introductory', date: '2026-04-01' })],
  // Its first status_changes row goes with it.
  ['trainees.create', () => ({ data: traineeInput({ fullName: 'Suda', passportNumber: 'ZZ7654321' }) })],
];

test.each(CHANGES)('%s: audited once, and not at all without its audit entry', (channel, input) => {
  const audits = t.auditCount();
  const probe = snapshot(t.core);
  t.core.db.raw.exec(
    "CREATE TEMP TRIGGER audit_refused BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit refused'); END",
  );
  expect(t.dispatch(channel, input()).ok).toBe(false);
  expect(snapshot(t.core)).toEqual(probe);
  t.core.db.raw.exec('DROP TRIGGER audit_refused');
  const result = t.dispatch(channel, input());
  expect(result.ok, JSON.stringify(result)).toBe(true);
  expect(t.auditCount()).toBe(audits + 1);
});
