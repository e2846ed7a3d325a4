import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  allowedTransitions,
  canTransition,
  checkTransition,
  firstIllegalStep,
  HAPPY_PATH,
  isFinalState,
  REQUEST_STATES,
  type RequestState,
  type TransitionInput,
} from './workflow';

/** Enough to satisfy any target state. */
const FULL: TransitionInput = {
  reason: 'The municipality withdrew the request.',
  specialistIds: [7],
  start: '2026-08-01',
  end: '2026-08-20',
  outcome: 'Training on water quality for 30 staff.',
};

// The whole table, written out: each allowed pair, every other pair refused.
const ALLOWED: Record<RequestState, RequestState[]> = {
  received: ['under_review', 'cancelled'],
  under_review: ['approved', 'declined', 'cancelled'],
  approved: ['specialist_matched', 'cancelled'],
  declined: [],
  specialist_matched: ['agreement_signed', 'cancelled'],
  agreement_signed: ['dispatched', 'cancelled'],
  dispatched: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

describe('transitions', () => {
  test('the allowed moves, forward steps first then cancelled', () => {
    for (const from of REQUEST_STATES) expect(allowedTransitions(from)).toEqual(ALLOWED[from]);
  });

  const pairs = REQUEST_STATES.flatMap((from) => REQUEST_STATES.map((to) => [from, to] as const));
  test.each(pairs)('%s → %s', (from, to) => {
    const allowed = ALLOWED[from].includes(to);
    expect(canTransition(from, to)).toBe(allowed);
    const issues = checkTransition(from, to, FULL);
    if (allowed) expect(issues).toEqual([]);
    else if (isFinalState(from)) {
      expect(issues).toEqual([{ path: 'state', code: 'request_final', params: { state: from, to } }]);
    } else {
      expect(issues).toEqual([{ path: 'state', code: 'request_transition_not_allowed', params: { from, to } }]);
    }
  });

  test('final states: declined, completed, cancelled', () => {
    expect(REQUEST_STATES.filter(isFinalState)).toEqual(['declined', 'completed', 'cancelled']);
  });
});

describe('what each move needs', () => {
  test('a reason to decline or cancel (blank text is no reason)', () => {
    expect(checkTransition('under_review', 'declined')).toEqual([{ path: 'reason', code: 'reason_required' }]);
    expect(checkTransition('under_review', 'declined', { reason: '   ' })).toEqual([
      { path: 'reason', code: 'reason_required' },
    ]);
    expect(checkTransition('dispatched', 'cancelled', { reason: null })).toEqual([
      { path: 'reason', code: 'reason_required' },
    ]);
    expect(checkTransition('received', 'cancelled', { reason: 'Duplicate' })).toEqual([]);
  });

  test('a matched specialist', () => {
    expect(checkTransition('approved', 'specialist_matched')).toEqual([
      { path: 'specialistIds', code: 'specialist_required' },
    ]);
    expect(checkTransition('approved', 'specialist_matched', { specialistIds: [] })).toHaveLength(1);
    expect(checkTransition('approved', 'specialist_matched', { specialistIds: [3, 4] })).toEqual([]);
  });

  test('valid dates in order to dispatch', () => {
    expect(checkTransition('agreement_signed', 'dispatched')).toEqual([
      { path: 'start', code: 'required' },
      { path: 'end', code: 'required' },
    ]);
    expect(checkTransition('agreement_signed', 'dispatched', { start: '2026-02-30', end: '2026-03-10' })).toEqual([
      { path: 'start', code: 'invalid_date' },
    ]);
    expect(checkTransition('agreement_signed', 'dispatched', { start: '2026-08-20', end: '2026-08-01' })).toEqual([
      { path: 'end', code: 'end_before_start', params: { start: '2026-08-20', end: '2026-08-01' } },
    ]);
    // One day is a period.
    expect(checkTransition('agreement_signed', 'dispatched', { start: '2028-02-29', end: '2028-02-29' })).toEqual([]);
  });

  test('an outcome report to complete', () => {
    expect(checkTransition('dispatched', 'completed', { outcome: '' })).toEqual([
      { path: 'outcome', code: 'outcome_required' },
    ]);
    expect(checkTransition('dispatched', 'completed', { outcome: 'Done' })).toEqual([]);
  });

  test('nothing more for review, approval or the agreement', () => {
    expect(checkTransition('received', 'under_review')).toEqual([]);
    expect(checkTransition('under_review', 'approved')).toEqual([]);
    expect(checkTransition('specialist_matched', 'agreement_signed')).toEqual([]);
  });

  test('a change may not be dated before the previous one (the same day is fine)', () => {
    expect(checkTransition('received', 'under_review', { on: '2026-03-09', previousOn: '2026-03-10' })).toEqual([
      { path: 'on', code: 'date_before_previous', params: { previous: '2026-03-10' } },
    ]);
    expect(checkTransition('received', 'under_review', { on: '2026-03-10', previousOn: '2026-03-10' })).toEqual([]);
  });
});

describe('recorded histories', () => {
  test('the happy path is legal; a skipped step or a move out of a final state is not', () => {
    expect(firstIllegalStep(HAPPY_PATH)).toBe(-1);
    expect(firstIllegalStep([])).toBe(-1);
    expect(firstIllegalStep(['received', 'under_review', 'declined'])).toBe(-1);
    expect(firstIllegalStep(['under_review'])).toBe(0);
    expect(firstIllegalStep(['received', 'approved'])).toBe(1);
    expect(firstIllegalStep(['received', 'cancelled', 'under_review'])).toBe(2);
  });
});

describe('random walks', () => {
  const state = fc.constantFrom(...REQUEST_STATES);
  const input = fc.record(
    {
      reason: fc.option(fc.string({ maxLength: 5 })),
      specialistIds: fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 2 }),
      start: fc.constantFrom('2026-08-01', '2026-08-31', '2026-02-30', '', null),
      end: fc.constantFrom('2026-08-01', '2026-08-31', 'x', null),
      outcome: fc.option(fc.string({ maxLength: 5 })),
    },
    { requiredKeys: [] },
  );

  test('accepted moves never reach an illegal state; final states stay final', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(state, input), { maxLength: 40 }), (attempts) => {
        let current: RequestState = 'received';
        const history: RequestState[] = [current];
        for (const [to, details] of attempts) {
          const issues = checkTransition(current, to, details);
          if (isFinalState(current)) expect(issues.map((i) => i.code)).toEqual(['request_final']);
          if (issues.length > 0) continue;
          expect(allowedTransitions(current)).toContain(to);
          current = to;
          history.push(current);
        }
        expect(REQUEST_STATES).toContain(current);
        expect(firstIllegalStep(history)).toBe(-1);
        // Apart from a last cancelled, the history is a prefix of the happy path (or ends declined).
        const body = history.at(-1) === 'cancelled' ? history.slice(0, -1) : history;
        const declinedAt = body.indexOf('declined');
        const path = declinedAt >= 0 ? body.slice(0, declinedAt) : body;
        expect(path).toEqual(HAPPY_PATH.slice(0, path.length));
        if (declinedAt >= 0) expect(declinedAt).toBe(body.length - 1);
      }),
    );
  });
});
