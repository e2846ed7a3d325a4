// Sessions of the introductory month through dispatch: dates checked against the intro period,
// deletion of a session with attendance confirmed and audited with what it removed.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type CohortTestCore, openCohortCore } from './__tests__/testing';

let t: CohortTestCore;
beforeEach(() => {
  t = openCohortCore();
  t.ok('cohorts.create', { fiscalYear: 2026, introStart: '2026-04-01' }); // intro 1–30 April
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const session = (date: string, title = 'Session', confirm = false) =>
  t.ok('cohorts.sessions.create', { fiscalYear: 2026, date, title, confirm });

describe('cohorts.sessions.create', () => {
  test('stores the session with its cohort’s fiscal year and audits it', () => {
    const { session: s, warnings } = t.ok('cohorts.sessions.create', {
      fiscalYear: 2026,
      date: '2026-04-02',
      title: '  Local government in Japan ',
      topic: 'Prefectures and municipalities',
      venue: '',
    });
    expect(warnings).toEqual([]);
    expect(s).toMatchObject({
      fiscalYear: 2026,
      date: '2026-04-02',
      title: 'Local government in Japan',
      topic: 'Prefectures and municipalities',
      venue: null,
      marks: 0,
      version: 1,
    });
    expect(t.ok('audit.list', { limit: 1 })[0]).toMatchObject({
      entity: 'intro_session',
      entityId: String(s.id),
      action: 'create',
      after: s,
    });
  });

  test('the first and last days of the intro need no confirmation', () => {
    expect(session('2026-04-01').warnings).toEqual([]);
    expect(session('2026-04-30').warnings).toEqual([]);
  });

  test('a day outside the intro period needs a confirmation; nothing is written without it', () => {
    for (const date of ['2026-03-31', '2026-05-01']) {
      expect(t.refused('cohorts.sessions.create', { fiscalYear: 2026, date, title: 'Late' })).toMatchObject({
        code: 'needs_confirmation',
        warnings: [{ code: 'session_outside_intro', params: { introStart: '2026-04-01', introEnd: '2026-04-30' } }],
      });
    }
    expect(session('2026-05-01', 'Make-up', true).warnings.map((w) => w.code)).toEqual(['session_outside_intro']);
  });

  test('a year without a cohort is not_found; a blank title or a bad date is bad input', () => {
    expect(t.refused('cohorts.sessions.create', { fiscalYear: 2027, date: '2027-04-01', title: 'x' }).code).toBe(
      'not_found',
    );
    expect(t.refused('cohorts.sessions.create', { fiscalYear: 2026, date: '2026-04-31', title: ' ' }).issues).toEqual([
      { path: 'date', code: 'invalid_date' },
      { path: 'title', code: 'required' },
    ]);
  });
});

describe('cohorts.sessions.update', () => {
  test('saves a new version; a stale one or a move outside the intro without confirmation writes nothing', () => {
    const { session: v1 } = session('2026-04-02', 'Opening');
    const data = { date: '2026-04-03', title: 'Opening', topic: 'Rules', venue: 'Room A' };
    const { session: v2 } = t.ok('cohorts.sessions.update', { id: v1.id, version: 1, data });
    expect(v2).toMatchObject({ ...data, version: 2 });
    expect(t.ok('audit.list', { limit: 1 })[0]).toMatchObject({ action: 'update', before: v1, after: v2 });
    expect(t.refused('cohorts.sessions.update', { id: v1.id, version: 1, data }).code).toBe('stale');
    expect(
      t.refused('cohorts.sessions.update', { id: v1.id, version: 2, data: { ...data, date: '2026-05-01' } }).code,
    ).toBe('needs_confirmation');
    expect(t.refused('cohorts.sessions.update', { id: 999, version: 1, data }).code).toBe('not_found');
  });

  test('a date outside the intro, once confirmed, is not asked again when only the title changes', () => {
    const { session: s } = session('2026-05-20', 'Make-up', true);
    const data = { date: '2026-05-20', title: 'Make-up session', topic: null, venue: null };
    expect(t.ok('cohorts.sessions.update', { id: s.id, version: 1, data }).warnings).toEqual([]);
  });
});

describe('cohorts.sessions.delete', () => {
  test('a session without attendance goes at once', () => {
    const { session: s } = session('2026-04-02');
    expect(t.ok('cohorts.sessions.delete', { id: s.id })).toEqual({ id: s.id, removedAttendance: 0 });
    expect(t.ok('cohorts.get', { fiscalYear: 2026 }).sessions).toEqual([]);
    expect(t.ok('audit.list', { limit: 1 })[0]).toMatchObject({
      action: 'delete',
      before: { session: s, attendance: [] },
    });
  });

  test('a session with attendance needs a confirmation, then goes with its marks, all in the audit', () => {
    const a = t.trainee();
    const b = t.trainee();
    const { session: s } = session('2026-04-02');
    t.ok('cohorts.attendance.set', { sessionId: s.id, traineeId: a, mark: 'present', note: 'On time' });
    t.ok('cohorts.attendance.set', { sessionId: s.id, traineeId: b, mark: 'excused' });
    const error = t.refused('cohorts.sessions.delete', { id: s.id });
    expect(error).toMatchObject({
      code: 'needs_confirmation',
      warnings: [{ code: 'session_has_attendance', params: { count: 2 } }],
    });
    const marked = t.ok('cohorts.get', { fiscalYear: 2026 }).sessions[0];
    expect(t.ok('cohorts.sessions.delete', { id: s.id, confirm: true })).toEqual({ id: s.id, removedAttendance: 2 });
    expect(t.core.db.raw.prepare('SELECT count(*) FROM attendance').pluck().get()).toBe(0);
    expect(t.ok('audit.list', { limit: 1 })[0]).toMatchObject({
      entity: 'intro_session',
      action: 'delete',
      before: {
        session: marked,
        attendance: [
          { traineeId: a, mark: 'present', note: 'On time' },
          { traineeId: b, mark: 'excused', note: null },
        ],
      },
    });
    expect(t.refused('cohorts.sessions.delete', { id: s.id, confirm: true }).code).toBe('not_found');
  });
});

describe('cohorts.sessions.createMany', () => {
  const plan = [
    { date: '2026-04-28', title: 'Japanese 1', topic: null, venue: 'Room A' },
    { date: '2026-04-30', title: 'Local government', topic: 'Prefectures', venue: null },
    { date: '2026-04-30', title: 'Visit', topic: null, venue: '' },
  ];

  test('writes every session in one step, each with its own audit entry', () => {
    const before = t.auditCount();
    const { sessions, warnings } = t.ok('cohorts.sessions.createMany', { fiscalYear: 2026, sessions: plan });
    expect(warnings).toEqual([]);
    expect(sessions.map((s) => [s.date, s.title, s.venue, s.version])).toEqual([
      ['2026-04-28', 'Japanese 1', 'Room A', 1],
      ['2026-04-30', 'Local government', null, 1],
      ['2026-04-30', 'Visit', null, 1],
    ]);
    expect(t.auditCount()).toBe(before + 3);
    const audit = t.ok('audit.list', { limit: 3 });
    expect(audit.map((a) => [a.entity, a.action, a.entityId]).sort()).toEqual(
      sessions.map((s) => ['intro_session', 'create', String(s.id)]).sort(),
    );
    expect(t.ok('cohorts.get', { fiscalYear: 2026 }).sessions).toHaveLength(3);
  });

  test('one bad session refuses the whole plan and writes nothing', () => {
    const bad = [...plan, { date: '2026-04-31', title: ' ', topic: null, venue: null }];
    expect(t.refused('cohorts.sessions.createMany', { fiscalYear: 2026, sessions: bad }).issues).toEqual([
      { path: 'sessions.3.date', code: 'invalid_date' },
      { path: 'sessions.3.title', code: 'required' },
    ]);
    expect(t.refused('cohorts.sessions.createMany', { fiscalYear: 2026, sessions: [] }).code).toBe('invalid_input');
    expect(t.refused('cohorts.sessions.createMany', { fiscalYear: 2027, sessions: plan }).code).toBe('not_found');
  });

  test('a date far out is refused; one outside the intro is asked about once for the plan', () => {
    const far = [...plan, { date: '2099-04-01', title: 'Far', topic: null, venue: null }];
    expect(t.refused('cohorts.sessions.createMany', { fiscalYear: 2026, sessions: far }).code).toBe('invalid_input');
    const late = [...plan, { date: '2026-05-01', title: 'Make-up', topic: null, venue: null }];
    expect(t.refused('cohorts.sessions.createMany', { fiscalYear: 2026, sessions: late })).toMatchObject({
      code: 'needs_confirmation',
      warnings: [{ code: 'planned_outside_intro', params: { count: 1 } }],
    });
    const done = t.ok('cohorts.sessions.createMany', { fiscalYear: 2026, sessions: late, confirm: true });
    expect(done.sessions).toHaveLength(4);
    expect(done.warnings.map((w) => w.code)).toEqual(['planned_outside_intro']);
  });
});
