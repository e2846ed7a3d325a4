import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Input } from '../../../shared/contract';
import { openTestCore, snapshot, steppingClock, type TestCore } from '../../../tests/support/test-core';
import { requestData, specialistData } from './__tests__/arbitraries';

let t: TestCore;
let sato: number;
let suzuki: number;
beforeEach(() => {
  // The moves below run to August 2027; they are recorded once they have happened.
  t = openTestCore({ now: steppingClock('2027-09-01T00:00:00.000Z') });
  sato = t.ok('specialistDispatch.specialists.create', { data: specialistData() }).specialist.id;
  suzuki = t.ok('specialistDispatch.specialists.create', {
    data: specialistData({ nameEn: 'Suzuki Hiroshi', homeGovernment: 'Kobe City' }),
  }).specialist.id;
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

type Move = Omit<Input<'specialistDispatch.requests.transition'>, 'id' | 'version'>;

/** A request walked to `approved`, wished for July 2027. */
function approved(overrides: Record<string, unknown> = {}): number {
  const id = t.ok('specialistDispatch.requests.create', {
    data: requestData({ wishedStart: '2027-07-01', wishedEnd: '2027-07-31', ...overrides }),
  }).request.id;
  move(id, { to: 'under_review', on: '2026-04-10' });
  move(id, { to: 'approved', on: '2026-04-20' });
  return id;
}

function move(id: number, m: Move) {
  const { version } = t.ok('specialistDispatch.requests.get', { id }).request;
  return t.ok('specialistDispatch.requests.transition', { id, version, ...m });
}

function refuse(id: number, m: Move) {
  const { version } = t.ok('specialistDispatch.requests.get', { id }).request;
  const before = snapshot(t.core);
  const error = t.fail('specialistDispatch.requests.transition', { id, version, ...m });
  expect(snapshot(t.core)).toEqual(before);
  return error;
}

describe('the workflow', () => {
  test('the whole path, each move recorded with its date, actor and what it carries', () => {
    const id = approved();
    let detail = move(id, { to: 'specialist_matched', on: '2026-05-01', specialistIds: [sato, suzuki] });
    expect(detail.dispatches.map((d) => [d.specialistNameEn, d.start])).toEqual([
      ['Sato Ken', null],
      ['Suzuki Hiroshi', null],
    ]);
    move(id, { to: 'agreement_signed', on: '2026-06-01' });
    detail = move(id, { to: 'dispatched', on: '2027-07-05', start: '2027-07-05', end: '2027-07-23' });
    expect(detail.dispatches.every((d) => d.start === '2027-07-05' && d.end === '2027-07-23')).toBe(true);
    detail = move(id, { to: 'completed', on: '2027-08-30', outcome: 'Training for 20 fire officers.' });
    expect(detail.request).toMatchObject({
      state: 'completed',
      stateChangedOn: '2027-08-30',
      outcome: 'Training for 20 fire officers.',
      version: 7,
    });
    expect(detail.transitions.map((x) => [x.from, x.to, x.on])).toEqual([
      [null, 'received', '2026-03-10'],
      ['received', 'under_review', '2026-04-10'],
      ['under_review', 'approved', '2026-04-20'],
      ['approved', 'specialist_matched', '2026-05-01'],
      ['specialist_matched', 'agreement_signed', '2026-06-01'],
      ['agreement_signed', 'dispatched', '2027-07-05'],
      ['dispatched', 'completed', '2027-08-30'],
    ]);
    expect(detail.transitions.every((x) => x.actor.length > 0)).toBe(true);
    expect(detail.next).toEqual([]);
    const audit = t.ok('audit.list', { entity: 'dispatch_request', entityId: String(id) });
    expect(audit.filter((e) => e.action === 'transition')).toHaveLength(6);
  });

  test('each move asks for what it needs, as invalid input', () => {
    const id = approved();
    expect(refuse(id, { to: 'specialist_matched', on: '2026-05-01' })).toMatchObject({
      code: 'invalid_input',
      issues: [{ code: 'specialist_required' }],
    });
    move(id, { to: 'specialist_matched', on: '2026-05-01', specialistIds: [sato] });
    move(id, { to: 'agreement_signed', on: '2026-05-02' });
    expect(refuse(id, { to: 'dispatched', on: '2026-05-03' }).issues?.map((i) => i.code)).toEqual([
      'required',
      'required',
    ]);
    move(id, { to: 'dispatched', on: '2027-07-01', start: '2027-07-01', end: '2027-07-20' });
    expect(refuse(id, { to: 'completed', on: '2027-08-01', outcome: '  ' }).issues?.[0]?.code).toBe('outcome_required');
    expect(refuse(id, { to: 'cancelled', on: '2027-08-01' }).issues?.[0]?.code).toBe('reason_required');
    expect(refuse(id, { to: 'completed', on: '2027-06-30', outcome: 'x' }).issues?.[0]).toMatchObject({
      path: 'on',
      code: 'date_before_previous',
    });
  });

  test('skipped, backward and final moves are conflicts; a stale version is refused', () => {
    const id = approved();
    expect(refuse(id, { to: 'dispatched', on: '2026-05-01', start: '2027-07-01', end: '2027-07-02' })).toMatchObject({
      code: 'conflict',
      issues: [{ code: 'request_transition_not_allowed', params: { from: 'approved', to: 'dispatched' } }],
    });
    expect(refuse(id, { to: 'under_review', on: '2026-05-01' }).code).toBe('conflict');
    expect(
      t.fail('specialistDispatch.requests.transition', {
        id,
        version: 1,
        to: 'specialist_matched',
        on: '2026-05-01',
        specialistIds: [sato],
      }).code,
    ).toBe('stale');
    const declined = t.ok('specialistDispatch.requests.create', { data: requestData() }).request.id;
    move(declined, { to: 'under_review', on: '2026-04-01' });
    const detail = move(declined, { to: 'declined', on: '2026-04-02', reason: 'Outside the programme’s fields' });
    expect(detail.request.reason).toBe('Outside the programme’s fields');
    expect(detail.transitions.at(-1)?.note).toBe('Outside the programme’s fields');
    expect(refuse(declined, { to: 'cancelled', on: '2026-04-03', reason: 'x' })).toMatchObject({
      code: 'conflict',
      issues: [{ code: 'request_final' }],
    });
  });

  test('matching needs specialists who exist and are active, each once', () => {
    const id = approved();
    expect(refuse(id, { to: 'specialist_matched', on: '2026-05-01', specialistIds: [sato, 999] }).code).toBe(
      'not_found',
    );
    expect(
      refuse(id, { to: 'specialist_matched', on: '2026-05-01', specialistIds: [sato, sato] }).issues?.[0]?.code,
    ).toBe('duplicate_specialist');
    t.ok('specialistDispatch.specialists.setActive', { id: suzuki, active: false });
    expect(refuse(id, { to: 'specialist_matched', on: '2026-05-01', specialistIds: [suzuki] })).toMatchObject({
      code: 'conflict',
      issues: [{ code: 'specialist_inactive' }],
    });
  });
});

describe('dispatch dates', () => {
  function signed(specialists: number[], wished?: [string, string]): number {
    const id = approved(wished ? { wishedStart: wished[0], wishedEnd: wished[1] } : {});
    move(id, { to: 'specialist_matched', on: '2026-05-01', specialistIds: specialists });
    move(id, { to: 'agreement_signed', on: '2026-05-02' });
    return id;
  }

  test('a specialist away elsewhere on any of the days is refused; cancelling frees them', () => {
    const first = signed([sato]);
    move(first, { to: 'dispatched', on: '2027-07-01', start: '2027-07-01', end: '2027-07-20' });
    const second = signed([sato, suzuki]);
    const error = refuse(second, {
      to: 'dispatched',
      on: '2027-07-20',
      start: '2027-07-20',
      end: '2027-07-30',
      confirm: true,
    });
    expect(error).toMatchObject({
      code: 'conflict',
      issues: [
        {
          path: 'specialistIds.0',
          code: 'specialist_double_booked',
          params: { start: '2027-07-01', end: '2027-07-20' },
        },
      ],
    });
    const cancelled = move(first, { to: 'cancelled', on: '2027-07-10', reason: 'Typhoon' });
    expect(cancelled.dispatches.every((d) => d.cancelled)).toBe(true);
    expect(
      move(second, { to: 'dispatched', on: '2027-07-20', start: '2027-07-20', end: '2027-07-30' }).request.state,
    ).toBe('dispatched');
  });

  test('over 3 months is warned, then saved when confirmed', () => {
    const id = signed([sato], ['2027-06-01', '2027-12-31']);
    const error = refuse(id, { to: 'dispatched', on: '2027-06-01', start: '2027-06-01', end: '2027-09-15' });
    expect(error).toMatchObject({ code: 'needs_confirmation', warnings: [{ code: 'dispatch_too_long' }] });
    const detail = move(id, {
      to: 'dispatched',
      on: '2027-06-01',
      start: '2027-06-01',
      end: '2027-09-15',
      confirm: true,
    });
    expect(detail.dispatches[0]).toMatchObject({ start: '2027-06-01', end: '2027-09-15' });
  });

  test('dispatches.update: dates and cost notes, the same checks, version checked, audited', () => {
    const first = signed([sato]);
    move(first, { to: 'dispatched', on: '2027-07-01', start: '2027-07-01', end: '2027-07-20' });
    const second = signed([sato]);
    const [d] = t.ok('specialistDispatch.requests.get', { id: second }).dispatches;
    const id = d?.id as number;
    // Outside the wished July: a warning to confirm.
    const moved = { id, version: 1, start: '2027-08-01', end: '2027-08-20', costNotes: 'Host pays the interpreter' };
    expect(t.fail('specialistDispatch.dispatches.update', moved).warnings?.map((w) => w.code)).toEqual([
      'dispatch_outside_wished',
    ]);
    const saved = t.ok('specialistDispatch.dispatches.update', { ...moved, confirm: true });
    expect(saved).toMatchObject({
      dispatch: { start: '2027-08-01', costNotes: 'Host pays the interpreter', version: 2 },
    });
    expect(saved.warnings.map((w) => w.code)).toEqual(['dispatch_outside_wished']);
    expect(t.fail('specialistDispatch.dispatches.update', { id, version: 1, start: null, end: null }).code).toBe(
      'stale',
    );
    expect(
      t.fail('specialistDispatch.dispatches.update', { id, version: 2, start: '2027-07-15', end: '2027-07-25' }).code,
    ).toBe('conflict');
    expect(
      t
        .fail('specialistDispatch.dispatches.update', { id, version: 2, start: '2027-07-21', end: '2027-12-01' })
        .warnings?.map((w) => w.code),
    ).toEqual(['dispatch_too_long', 'dispatch_outside_wished']);
    expect(
      t.fail('specialistDispatch.dispatches.update', { id, version: 2, start: '2027-08-01', end: null }),
    ).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'end', code: 'required' }],
    });
    // Only the cost notes change: the accepted dates are not questioned again.
    const notes = t.ok('specialistDispatch.dispatches.update', {
      id,
      version: 2,
      start: '2027-08-01',
      end: '2027-08-20',
      costNotes: 'Host pays the interpreter and meals',
    });
    expect(notes).toMatchObject({ dispatch: { costNotes: 'Host pays the interpreter and meals', version: 3 } });
    expect(notes.warnings).toEqual([]);
    expect(t.ok('audit.list', { entity: 'dispatch', entityId: String(id) })).toHaveLength(2);
  });
});
