// The plausibility rules (shared/**/plausibility.ts) through the channels, on a real database: an
// impossible date or number is refused and writes nothing; an unusual one asks for a confirmation and
// is saved once confirmed. Today is 1 June 2026 unless a test moves the clock.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Input } from '../../shared/contract';
import { snapshot, traineeInput } from '../../tests/support/test-core';
import { type CohortTestCore, openCohortCore } from './cohorts/__tests__/testing';
import { hostData } from './hosts/__tests__/arbitraries';
import { insertCohort, insertHost } from './placements/__tests__/fixtures';
import { requestData, specialistData } from './specialist-dispatch/__tests__/arbitraries';
import { insertTrainees } from './trainees/service';

let t: CohortTestCore;
beforeEach(() => {
  t = openCohortCore('2026-06-01');
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const codes = (list: { code: string }[] | undefined) => (list ?? []).map((x) => x.code);

describe('trainees', () => {
  test('a date of birth in the future is refused, with or without an arrival date, confirmed or not', () => {
    const alone = traineeInput({ dateOfBirth: '2030-01-05', arrivalDate: null, departureDate: null });
    const error = t.refused('trainees.create', { data: alone, confirm: true });
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.issues).toContainEqual({
      path: 'data.dateOfBirth',
      code: 'birth_in_future',
      params: { value: '2030-01-05', today: '2026-06-01' },
    });
    // With an arrival after it (the schema already refuses a birth after the arrival).
    const later = traineeInput({ dateOfBirth: '2030-01-05', fiscalYear: 2031, passportExpiry: null });
    expect(t.refused('trainees.create', { data: later, confirm: true }).issues).toContainEqual(
      expect.objectContaining({ path: 'data.dateOfBirth', code: 'birth_in_future' }),
    );
  });

  test.each([
    ['a date of birth before 1900', { dateOfBirth: '1899-12-31' }, 'data.dateOfBirth', 'date_before_1900'],
    [
      'a passport expiring more than 20 years ahead',
      { passportExpiry: '2047-01-31' },
      'data.passportExpiry',
      'date_too_far_ahead',
    ],
    [
      'a passport expired before the arrival',
      { passportExpiry: '2026-04-01' },
      'data.passportExpiry',
      'passport_expired_before_arrival',
    ],
    [
      'a residence card expired before the arrival',
      { residenceCardExpiry: '2026-03-31' },
      'data.residenceCardExpiry',
      'residence_card_expired_before_arrival',
    ],
    [
      'an arrival two fiscal years from the intake',
      { fiscalYear: 2024, arrivalDate: '2026-04-10', departureDate: '2026-12-20' },
      'data.arrivalDate',
      'arrival_far_from_fiscal_year',
    ],
    [
      'an intake year more than 20 years ahead',
      { fiscalYear: 2047, arrivalDate: null, departureDate: null, passportExpiry: null },
      'data.fiscalYear',
      'fiscal_year_too_far_ahead',
    ],
  ])('refused on create and on update: %s', (_, over, path, code) => {
    const error = t.refused('trainees.create', { data: traineeInput(over), confirm: true });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toContainEqual(expect.objectContaining({ path, code }));

    const saved = t.ok('trainees.create', { data: traineeInput({ passportNumber: null }), confirm: true }).trainee;
    const update = {
      id: saved.id,
      version: saved.version,
      data: traineeInput({ ...over, passportNumber: null }),
      confirm: true,
    };
    expect(t.refused('trainees.update', update).issues).toContainEqual(expect.objectContaining({ path, code }));
  });

  test.each([
    ['18 on arrival', { dateOfBirth: '2008-01-05' }, 'age_unusual'],
    [
      '72 today without an arrival date',
      { dateOfBirth: '1954-01-05', arrivalDate: null, departureDate: null },
      'age_unusual',
    ],
    ['a stay of 11 months', { departureDate: '2027-03-20' }, 'stay_too_long'],
    ['a stay of 3 months', { departureDate: '2026-07-20' }, 'stay_too_short'],
    ['an arrival in March, before the intake year', { arrivalDate: '2026-03-25' }, 'arrival_outside_fiscal_year'],
  ])('warned, then saved when confirmed: %s', (_, over, code) => {
    const data = traineeInput(over);
    const error = t.refused('trainees.create', { data });
    expect(error.code).toBe('needs_confirmation');
    expect(codes(error.warnings)).toEqual([code]);
    const saved = t.ok('trainees.create', { data, confirm: true });
    expect(codes(saved.warnings)).toEqual([code]);
    expect(t.ok('trainees.get', { id: saved.trainee.id }).dateOfBirth).toBe(data.dateOfBirth);
  });

  test('bulk registration (demo data, imports) refuses implausible records too, as a whole', () => {
    const fine = traineeInput({ passportNumber: null, fullName: 'Fine' });
    const future = traineeInput({ passportNumber: null, fullName: 'Future', dateOfBirth: '2031-01-01' });
    const before = snapshot(t.core);
    const parsed = [fine, future].map((d) => ({ ...d, japaneseLevel: 'N4', status: 'accepted' }) as never);
    expect(() => insertTrainees(t.core.ctx, parsed, { demo: false })).toThrow(/birth/);
    expect(snapshot(t.core)).toEqual(before);
  });
});

describe('cohorts, sessions, attendance and status changes', () => {
  test('cohort dates: implausible refused; an unusual intro length warned, then saved when confirmed', () => {
    expect(t.refused('cohorts.create', { fiscalYear: 2026, introStart: '1899-04-01', confirm: true })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'introStart', code: 'date_before_1900' }],
    });
    const long = { fiscalYear: 2026, introStart: '2026-04-01', introEnd: '2026-06-30' };
    expect(codes(t.refused('cohorts.create', long).warnings)).toEqual(['intro_length_unusual']);
    expect(t.ok('cohorts.create', { ...long, confirm: true }).cohort.introEnd).toBe('2026-06-30');
    // What was confirmed is not asked again when only the notes change; a new oddity is.
    const keep = { introStart: '2026-04-01', introEnd: '2026-06-30', notes: 'Long intro agreed' };
    expect(t.ok('cohorts.update', { fiscalYear: 2026, version: 1, data: keep }).warnings).toEqual([]);
    const window = { ...keep, programmeEnd: '2027-06-30' };
    expect(codes(t.refused('cohorts.update', { fiscalYear: 2026, version: 2, data: window }).warnings)).toEqual([
      'programme_window_too_long',
    ]);
    expect(
      t.refused('cohorts.update', { fiscalYear: 2026, version: 2, data: { ...keep, programmeEnd: '2050-01-31' } })
        .issues,
    ).toMatchObject([{ path: 'data.programmeEnd', code: 'date_too_far_ahead' }]);
  });

  test('a session dated before 1900 or over 20 years ahead is refused', () => {
    t.ok('cohorts.create', { fiscalYear: 2026, introStart: '2026-04-01' });
    expect(
      t.refused('cohorts.sessions.create', { fiscalYear: 2026, date: '1899-04-02', title: 'Typo', confirm: true }),
    ).toMatchObject({ code: 'invalid_input', issues: [{ path: 'date', code: 'date_before_1900' }] });
    const { session } = t.ok('cohorts.sessions.create', { fiscalYear: 2026, date: '2026-04-02', title: 'Opening' });
    const data = { date: '2062-04-02', title: 'Opening', topic: null, venue: null };
    expect(
      t.refused('cohorts.sessions.update', { id: session.id, version: 1, data, confirm: true }).issues,
    ).toMatchObject([{ path: 'data.date', code: 'date_too_far_ahead' }]);
  });

  test('no present, late or absent mark for a session not held yet; excused may be marked ahead', () => {
    t.ok('cohorts.create', { fiscalYear: 2026, introStart: '2026-05-20', confirm: true });
    const trainee = t.trainee();
    const held = t.ok('cohorts.sessions.create', { fiscalYear: 2026, date: '2026-06-01', title: 'Today' }).session;
    const ahead = t.ok('cohorts.sessions.create', { fiscalYear: 2026, date: '2026-06-05', title: 'Later' }).session;
    expect(t.ok('cohorts.attendance.set', { sessionId: held.id, traineeId: trainee, mark: 'present' }).mark).toBe(
      'present',
    );
    expect(
      t.refused('cohorts.attendance.set', { sessionId: ahead.id, traineeId: trainee, mark: 'present' }),
    ).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'mark', code: 'attendance_in_future', params: { date: '2026-06-05', today: '2026-06-01' } }],
    });
    expect(
      t.refused('cohorts.attendance.setMany', { sessionId: ahead.id, marks: [{ traineeId: trainee, mark: 'absent' }] })
        .issues,
    ).toMatchObject([{ path: 'marks.0.mark', code: 'attendance_in_future' }]);
    expect(t.ok('cohorts.attendance.set', { sessionId: ahead.id, traineeId: trainee, mark: 'excused' }).mark).toBe(
      'excused',
    );
    t.setToday('2026-06-05');
    expect(t.ok('cohorts.attendance.set', { sessionId: ahead.id, traineeId: trainee, mark: 'present' }).mark).toBe(
      'present',
    );
  });

  test('a status change dated before the trainee’s birth or before 1900 is refused', () => {
    const id = t.trainee({ status: 'applicant' });
    expect(
      t.refused('cohorts.trainees.transition', { id, version: 1, to: 'accepted', date: '1985-01-01' }),
    ).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'date', code: 'date_before_birth', params: { date: '1985-01-01', birth: '1990-05-12' } }],
    });
    expect(
      t.refused('cohorts.trainees.transition', { id, version: 1, to: 'accepted', date: '1899-01-01' }),
    ).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'date', code: 'date_before_1900' }],
    });
    expect(
      t.ok('cohorts.trainees.transition', { id, version: 1, to: 'accepted', date: '2026-03-01' }).trainee.status,
    ).toBe('accepted');
  });
});

describe('hosts', () => {
  test('an unusual capacity is warned, then saved when confirmed; not asked again while it stays', () => {
    const data = hostData({ capacity: 12 });
    const error = t.refused('hosts.create', { data });
    expect(error).toMatchObject({
      code: 'needs_confirmation',
      warnings: [{ code: 'capacity_unusual', params: { capacity: 12, usual: 10 } }],
    });
    const { host } = t.ok('hosts.create', { data, confirm: true });
    expect(host.capacity).toBe(12);
    const update = { id: host.id, version: 1, data: { ...data, notes: 'Large city' } };
    expect(t.ok('hosts.update', update).warnings).toEqual([]);
  });

  test('a capacity lowered below what its placements hold is warned, then saved when confirmed', () => {
    insertCohort(t.core.db, { fiscalYear: 2026, introStart: '2026-04-01', introEnd: '2026-04-30' });
    const { host } = t.ok('hosts.create', { data: hostData({ capacity: 3, fieldIds: [1] }) });
    for (const n of [1, 2, 3]) {
      const traineeId = t.trainee({ fieldId: 1, departureDate: '2027-01-31' });
      t.ok('placements.create', { traineeId, hostId: host.id, start: `2026-0${5 + n}-01`, end: '2026-12-31' });
    }
    const lowered = { id: host.id, version: 1, data: hostData({ capacity: 1, fieldIds: [1] }) };
    expect(t.refused('hosts.update', lowered)).toMatchObject({
      code: 'needs_confirmation',
      warnings: [{ code: 'capacity_below_placements', params: { capacity: 1, day: '2026-07-01', holds: 2 } }],
    });
    expect(t.ok('hosts.update', { ...lowered, confirm: true }).host.capacity).toBe(1);
  });
});

describe('placements', () => {
  const setUp = () => {
    insertCohort(t.core.db, { fiscalYear: 2026, introStart: '2026-04-01', introEnd: '2026-04-30' });
    return { hostId: insertHost(t.core.db, { capacity: 3 }), traineeId: t.trainee({ arrivalDate: '2026-05-10' }) };
  };

  test('a date before 1900 or over 20 years ahead is refused', () => {
    const { hostId, traineeId } = setUp();
    const error = t.refused('placements.create', { traineeId, hostId, start: '2026-06-01', end: '2062-12-31' });
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'end', code: 'placement_date_too_far_ahead' }],
    });
  });

  test('a start before the arrival is a warning accepted with a reason, stored with the placement', () => {
    const { hostId, traineeId } = setUp();
    const period = { traineeId, hostId, start: '2026-05-01', end: '2026-12-20' };
    const error = t.refused('placements.create', period);
    expect(error).toMatchObject({
      code: 'needs_confirmation',
      warnings: [{ code: 'starts_before_arrival', params: { start: '2026-05-01', arrival: '2026-05-10' } }],
    });
    expect(t.ok('placements.check', period).warnings.map((w) => w.code)).toEqual(['starts_before_arrival']);
    const saved = t.ok('placements.create', { ...period, confirm: true, reason: 'Arrival date to be corrected' });
    expect(saved.placement.overrides).toEqual(['starts_before_arrival']);
  });
});

describe('progress entries', () => {
  test('an evaluation before the arrival, or any entry before the birth, contradicts the record', () => {
    const traineeId = t.trainee();
    const evaluation = {
      kind: 'evaluation',
      date: '2026-04-01',
      evaluationStage: 'mid_term',
      evaluatorRole: 'clair_staff',
    } as const;
    expect(t.refused('progress.create', { traineeId, data: evaluation })).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'data.date', code: 'evaluation_before_arrival', params: { arrival: '2026-04-10' } }],
    });
    expect(
      t.refused('progress.create', { traineeId, data: { kind: 'note', date: '1980-01-01', body: 'x' } }).issues,
    ).toMatchObject([{ path: 'data.date', code: 'date_before_birth' }]);
    expect(t.ok('progress.create', { traineeId, data: { ...evaluation, date: '2026-05-20' } }).entry.date).toBe(
      '2026-05-20',
    );
  });

  test('a milestone may be planned ahead, but not over 20 years', () => {
    const traineeId = t.trainee();
    expect(
      t.refused('progress.create', { traineeId, data: { kind: 'milestone', date: '2050-01-01', title: 'x' } }),
    ).toMatchObject({ code: 'invalid_input', issues: [{ path: 'data.date', code: 'date_too_far_ahead' }] });
    expect(t.ok('progress.create', { traineeId, data: { kind: 'milestone', date: '2027-01-15' } }).entry.kind).toBe(
      'milestone',
    );
  });
});

describe('the Specialist Dispatch Project', () => {
  test('a specialist’s availability over 20 years ahead is refused', () => {
    const data = specialistData({ availability: [{ start: '2026-07-01', end: '2050-12-31' }] });
    expect(t.refused('specialistDispatch.specialists.create', { data, confirm: true }).issues).toMatchObject([
      { path: 'data.availability.0.end', code: 'date_too_far_ahead' },
    ]);
  });

  test('a request received in the future is refused; an odd wished period is flagged, never held', () => {
    expect(
      t.refused('specialistDispatch.requests.create', { data: requestData({ receivedOn: '2026-06-02' }) }),
    ).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'data.receivedOn', code: 'received_in_future' }],
    });
    const saved = t.ok('specialistDispatch.requests.create', {
      data: requestData({ wishedStart: '2026-09-01', wishedEnd: '2026-09-30' }),
    });
    expect(codes(saved.warnings)).toEqual(['wished_outside_fiscal_year']);
    const update = { id: saved.request.id, version: 1, data: requestData({ receivedOn: '1899-03-10' }) };
    expect(t.refused('specialistDispatch.requests.update', update).issues).toMatchObject([
      { path: 'data.receivedOn', code: 'date_before_1900' },
    ]);
  });

  test('moves dated ahead are confirmed; dispatch dates are checked against the request', () => {
    const specialist = t.ok('specialistDispatch.specialists.create', { data: specialistData() }).specialist.id;
    const id = t.ok('specialistDispatch.requests.create', { data: requestData() }).request.id; // FY2027, received 2026-03-10
    const move = (m: Omit<Input<'specialistDispatch.requests.transition'>, 'id' | 'version'>) => {
      const { version } = t.ok('specialistDispatch.requests.get', { id }).request;
      return { id, version, ...m };
    };
    const ahead = move({ to: 'under_review', on: '2026-06-10' });
    expect(t.refused('specialistDispatch.requests.transition', ahead)).toMatchObject({
      code: 'needs_confirmation',
      warnings: [{ code: 'transition_in_future', params: { on: '2026-06-10', today: '2026-06-01' } }],
    });
    t.ok('specialistDispatch.requests.transition', move({ to: 'under_review', on: '2026-04-10' }));
    t.ok('specialistDispatch.requests.transition', move({ to: 'approved', on: '2026-04-20' }));
    t.ok(
      'specialistDispatch.requests.transition',
      move({ to: 'specialist_matched', on: '2026-05-01', specialistIds: [specialist] }),
    );
    t.ok('specialistDispatch.requests.transition', move({ to: 'agreement_signed', on: '2026-05-10' }));
    const before = move({ to: 'dispatched', on: '2026-05-20', start: '2026-03-01', end: '2026-03-20' });
    expect(t.refused('specialistDispatch.requests.transition', before)).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'start', code: 'dispatch_before_received' }],
    });
    const outside = move({ to: 'dispatched', on: '2026-05-20', start: '2026-06-01', end: '2026-06-20' });
    expect(codes(t.refused('specialistDispatch.requests.transition', outside).warnings)).toEqual([
      'dispatch_outside_fiscal_year',
    ]);
    const detail = t.ok('specialistDispatch.requests.transition', { ...outside, confirm: true });
    expect(detail.request.state).toBe('dispatched');
    const dispatch = detail.dispatches[0];
    if (!dispatch) throw new Error('no dispatch');
    const update = {
      id: dispatch.id,
      version: dispatch.version,
      start: '2026-06-01',
      end: '2062-06-20',
      costNotes: null,
    };
    expect(t.refused('specialistDispatch.dispatches.update', update).issues).toMatchObject([
      { path: 'end', code: 'date_too_far_ahead' },
    ]);
  });
});
