// Attendance and completion through dispatch, with the clock moved across the intro period.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { COMPLETION_THRESHOLD } from '../../../shared/cohorts/schema';
import { type CohortTestCore, openCohortCore } from './__tests__/testing';
import { completionOf } from './completion';

let t: CohortTestCore;
beforeEach(() => {
  t = openCohortCore('2026-04-20');
  t.ok('cohorts.create', { fiscalYear: 2026, introStart: '2026-04-01' }); // intro 1–30 April
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const session = (date: string) =>
  t.ok('cohorts.sessions.create', { fiscalYear: 2026, date, title: `Session ${date}`, confirm: true }).session.id;
const mark = (sessionId: number, traineeId: number, m: 'present' | 'late' | 'excused' | 'absent' | null) =>
  t.ok('cohorts.attendance.set', { sessionId, traineeId, mark: m });
const row = (id: number) => t.ok('cohorts.attendance.get', { fiscalYear: 2026 }).trainees.find((r) => r.id === id);
const attendanceRows = () => t.core.db.raw.prepare('SELECT count(*) FROM attendance').pluck().get();

describe('cohorts.attendance.get', () => {
  test('the grid: sessions by date × the cohort’s non-archived trainees, unmarked cells null', () => {
    const late = session('2026-04-10');
    const early = session('2026-04-01');
    const a = t.trainee();
    const b = t.trainee();
    t.ok('trainees.archive', { id: t.trainee() });
    t.trainee({ fiscalYear: 2025 });
    mark(late, b, 'late');
    const grid = t.ok('cohorts.attendance.get', { fiscalYear: 2026 });
    expect(grid.sessions.map((s) => s.id)).toEqual([early, late]);
    expect(grid.trainees.map((r) => r.id)).toEqual([a, b]);
    expect(grid.trainees[0]?.cells).toEqual([
      { mark: null, note: null },
      { mark: null, note: null },
    ]);
    expect(grid.trainees[1]?.cells).toEqual([
      { mark: null, note: null },
      { mark: 'late', note: null },
    ]);
    expect(t.refused('cohorts.attendance.get', { fiscalYear: 2027 }).code).toBe('not_found');
  });
});

describe('cohorts.attendance.set', () => {
  test('sets, changes and removes a mark; a note stays when left out; each change audited once', () => {
    const s = session('2026-04-01');
    const a = t.trainee();
    const audits = t.auditCount();
    expect(
      t.ok('cohorts.attendance.set', { sessionId: s, traineeId: a, mark: 'late', note: 'Train delay' }),
    ).toMatchObject({
      sessionId: s,
      traineeId: a,
      mark: 'late',
      note: 'Train delay',
      completion: { held: 1, late: 1, attended: 1, rate: 1 },
    });
    expect(t.ok('cohorts.attendance.set', { sessionId: s, traineeId: a, mark: 'present' }).note).toBe('Train delay');
    expect(t.auditCount()).toBe(audits + 2);
    expect(t.ok('audit.list', { limit: 1 })[0]).toMatchObject({
      entity: 'attendance',
      entityId: String(s),
      action: 'set',
      before: { traineeId: a, mark: 'late', note: 'Train delay' },
      after: { traineeId: a, mark: 'present', note: 'Train delay' },
    });
    // The same mark again changes nothing and records nothing.
    const unchanged = t.auditCount();
    t.ok('cohorts.attendance.set', { sessionId: s, traineeId: a, mark: 'present' });
    expect(t.auditCount()).toBe(unchanged);
    expect(t.ok('cohorts.attendance.set', { sessionId: s, traineeId: a, mark: 'present', note: '' }).note).toBeNull();
    expect(mark(s, a, null)).toMatchObject({ mark: null, note: null, completion: { unmarked: 1, rate: 0 } });
    expect(attendanceRows()).toBe(0);
  });

  test('only the current trainees of the session’s cohort; nothing written otherwise', () => {
    const s = session('2026-04-01');
    const other = t.trainee({ fiscalYear: 2025 });
    const archived = t.trainee();
    t.ok('trainees.archive', { id: archived });
    expect(t.refused('cohorts.attendance.set', { sessionId: s, traineeId: other, mark: 'present' })).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'traineeId', code: 'not_in_cohort' }],
    });
    expect(t.refused('cohorts.attendance.set', { sessionId: s, traineeId: archived, mark: 'present' })).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'traineeId', code: 'trainee_archived' }],
    });
    expect(t.refused('cohorts.attendance.set', { sessionId: s, traineeId: 999, mark: 'present' }).code).toBe(
      'not_found',
    );
    expect(t.refused('cohorts.attendance.set', { sessionId: 999, traineeId: other, mark: 'present' }).code).toBe(
      'not_found',
    );
    expect(t.refused('cohorts.attendance.set', { sessionId: s, traineeId: other, mark: 'asleep' }).issues).toEqual([
      { path: 'mark', code: 'invalid_choice' },
    ]);
  });
});

describe('cohorts.attendance.setMany', () => {
  test('one transaction, one audit entry with what changed; notes stay with their marks', () => {
    const s = session('2026-04-01');
    const [a, b, c] = [t.trainee(), t.trainee(), t.trainee()];
    t.ok('cohorts.attendance.set', { sessionId: s, traineeId: a, mark: 'late', note: 'Bus' });
    const audits = t.auditCount();
    const marks = [
      { traineeId: a, mark: 'present' as const },
      { traineeId: b, mark: 'present' as const },
      { traineeId: c, mark: null },
    ];
    expect(t.ok('cohorts.attendance.setMany', { sessionId: s, marks })).toEqual({ changed: 2 });
    expect(t.auditCount()).toBe(audits + 1);
    expect(t.ok('audit.list', { limit: 1 })[0]).toMatchObject({
      entity: 'attendance',
      action: 'set-many',
      before: [
        { traineeId: a, mark: 'late', note: 'Bus' },
        { traineeId: b, mark: null, note: null },
      ],
      after: [
        { traineeId: a, mark: 'present', note: 'Bus' },
        { traineeId: b, mark: 'present', note: null },
      ],
    });
    expect(t.ok('cohorts.attendance.setMany', { sessionId: s, marks })).toEqual({ changed: 0 });
    expect(t.auditCount()).toBe(audits + 1);
  });

  test('one trainee from another cohort refuses the whole batch', () => {
    const s = session('2026-04-01');
    const a = t.trainee();
    const other = t.trainee({ fiscalYear: 2027 });
    const error = t.refused('cohorts.attendance.setMany', {
      sessionId: s,
      marks: [
        { traineeId: a, mark: 'present' },
        { traineeId: other, mark: 'present' },
      ],
    });
    expect(error).toMatchObject({ code: 'conflict', issues: [{ path: 'marks.1.traineeId', code: 'not_in_cohort' }] });
  });

  test('a trainee twice in one batch, or an empty batch, is bad input', () => {
    const s = session('2026-04-01');
    const a = t.trainee();
    const twice = [
      { traineeId: a, mark: 'present' },
      { traineeId: a, mark: 'absent' },
    ];
    expect(t.refused('cohorts.attendance.setMany', { sessionId: s, marks: twice }).issues).toEqual([
      { path: 'marks.1.traineeId', code: 'duplicate_trainee' },
    ]);
    expect(t.refused('cohorts.attendance.setMany', { sessionId: s, marks: [] }).code).toBe('invalid_input');
  });
});

describe('completion', () => {
  test('attended = present + late over the sessions held so far; excused do not count against', () => {
    const s = [session('2026-04-01'), session('2026-04-10'), session('2026-04-20'), session('2026-04-25')];
    const [a, b, c] = [t.trainee(), t.trainee(), t.trainee()];
    for (const [i, m] of (['present', 'late', 'absent'] as const).entries()) mark(s[i] as number, a, m);
    for (const [i, m] of (['present', 'excused', 'present'] as const).entries()) mark(s[i] as number, b, m);
    mark(s[3] as number, a, 'excused'); // a session not yet held does not count
    expect(row(a)?.completion).toEqual({
      held: 3,
      present: 1,
      late: 1,
      excused: 0,
      absent: 1,
      unmarked: 0,
      attended: 2,
      rate: 2 / 3,
      state: 'in_progress',
      complete: false,
    });
    expect(row(b)?.completion).toMatchObject({ held: 3, excused: 1, attended: 2, rate: 1, state: 'in_progress' });
    expect(row(c)?.completion).toMatchObject({ held: 3, unmarked: 3, rate: 0 });
  });

  test('complete only once the intro has ended (the day after its last day) with a rate ≥ 80%', () => {
    expect(COMPLETION_THRESHOLD).toBe(0.8);
    const s = ['01', '06', '13', '20', '27'].map((d) => session(`2026-04-${d}`));
    const exactly = t.trainee(); // 4 of 5 = 80%
    const below = t.trainee(); // 3 of 4 = 75% (one excused)
    const excusedAll = t.trainee();
    // Marks are recorded once the sessions have been held (a session not held yet takes none).
    t.setToday('2026-04-27');
    s.forEach((id, i) => {
      mark(id, exactly, i === 4 ? 'absent' : i === 0 ? 'late' : 'present');
      mark(id, below, i === 0 ? 'excused' : i === 1 ? 'absent' : 'present');
      mark(id, excusedAll, 'excused');
    });
    t.setToday('2026-04-30');
    expect(row(exactly)?.completion).toMatchObject({ rate: 0.8, state: 'in_progress', complete: false });
    t.setToday('2026-05-01');
    expect(row(exactly)?.completion).toMatchObject({ rate: 0.8, state: 'complete', complete: true });
    expect(row(below)?.completion).toMatchObject({ rate: 0.75, state: 'incomplete', complete: false });
    expect(row(excusedAll)?.completion).toMatchObject({ rate: null, state: 'incomplete', complete: false });
  });

  test('the pure rule, case by case', () => {
    expect(completionOf([], true)).toMatchObject({ held: 0, rate: null, state: 'incomplete' });
    expect(completionOf([], false)).toMatchObject({ rate: null, state: 'in_progress' });
    expect(completionOf(['present', 'present', 'present', 'present', null], true)).toMatchObject({
      unmarked: 1,
      rate: 0.8,
      complete: true,
    });
    expect(completionOf(['late', 'absent'], true)).toMatchObject({ rate: 0.5, complete: false });
  });
});

describe('the cohort summary and status hints', () => {
  test('sessions held/planned, participants, average rate, complete and incomplete', () => {
    const [s1, s2] = [session('2026-04-01'), session('2026-04-10')];
    session('2026-04-28');
    const full = t.trainee({ status: 'introductory' });
    const half = t.trainee({ status: 'introductory' });
    t.trainee({ status: 'applicant' });
    const gone = t.trainee({ status: 'withdrawn' });
    for (const s of [s1, s2]) mark(s, full, 'present');
    mark(s1, half, 'present');
    mark(s1, gone, 'absent');
    expect(t.ok('cohorts.get', { fiscalYear: 2026 }).summary).toEqual({
      sessionsPlanned: 3,
      sessionsHeld: 2,
      participants: 2,
      averageRate: 0.75,
      complete: 0,
      incomplete: 0,
      inProgress: 2,
      introStarted: true,
      introEnded: false,
    });
    t.setToday('2026-05-01');
    expect(t.ok('cohorts.get', { fiscalYear: 2026 }).summary).toMatchObject({
      sessionsHeld: 3,
      complete: 0,
      incomplete: 2,
      inProgress: 0,
      introEnded: true,
    });
  });

  test('a hint where the dates say the status is behind, and none where it is not', () => {
    const accepted = t.trainee({ status: 'accepted' });
    const intro = t.trainee({ status: 'introductory' });
    const placed = t.trainee({ status: 'on_placement' });
    const hints = () =>
      Object.fromEntries(t.ok('cohorts.get', { fiscalYear: 2026 }).trainees.map((r) => [r.id, r.hint]));
    t.setToday('2026-03-31');
    expect(hints()).toEqual({ [accepted]: null, [intro]: null, [placed]: null });
    t.setToday('2026-04-01');
    expect(hints()).toEqual({ [accepted]: 'intro_started', [intro]: null, [placed]: null });
    t.setToday('2026-04-30');
    expect(hints()[intro]).toBeNull();
    t.setToday('2026-05-01');
    expect(hints()).toEqual({ [accepted]: 'intro_started', [intro]: 'intro_ended', [placed]: null });
    t.setToday('2027-02-01'); // the day after the programme's default end, 31 January
    expect(hints()[placed]).toBe('programme_ended');
  });
});
