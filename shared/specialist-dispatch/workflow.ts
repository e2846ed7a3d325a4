// A dispatch request's path: received → under_review → approved | declined → specialist_matched →
// agreement_signed → dispatched → completed, and cancelled from any state that is not final. Shared so
// the renderer offers only the steps (and asks only for the details) the core will accept.
import { type IsoDate, isIsoDate } from '../fiscal-year';
import type { FieldIssue } from '../result';

export const REQUEST_STATES = [
  'received',
  'under_review',
  'approved',
  'declined',
  'specialist_matched',
  'agreement_signed',
  'dispatched',
  'completed',
  'cancelled',
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

/** The path of a request that goes well, in order (for steppers and "requests by state" columns). */
export const HAPPY_PATH: readonly RequestState[] = [
  'received',
  'under_review',
  'approved',
  'specialist_matched',
  'agreement_signed',
  'dispatched',
  'completed',
];

const FORWARD: Record<RequestState, readonly RequestState[]> = {
  received: ['under_review'],
  under_review: ['approved', 'declined'],
  approved: ['specialist_matched'],
  declined: [],
  specialist_matched: ['agreement_signed'],
  agreement_signed: ['dispatched'],
  dispatched: ['completed'],
  completed: [],
  cancelled: [],
};

export function isFinalState(state: RequestState): boolean {
  return state === 'declined' || state === 'completed' || state === 'cancelled';
}

/** The states a request may move to from `from`: the forward steps first, then cancelled. */
export function allowedTransitions(from: RequestState): RequestState[] {
  if (isFinalState(from)) return [];
  return [...FORWARD[from], 'cancelled'];
}

export function canTransition(from: RequestState, to: RequestState): boolean {
  return allowedTransitions(from).includes(to);
}

/** What a move into each state must carry; the renderer shows these inputs and no others. */
export type TransitionNeed = 'reason' | 'specialists' | 'dates' | 'outcome';

export const TRANSITION_NEEDS: Record<RequestState, readonly TransitionNeed[]> = {
  received: [],
  under_review: [],
  approved: [],
  declined: ['reason'],
  specialist_matched: ['specialists'],
  agreement_signed: [],
  dispatched: ['dates'],
  completed: ['outcome'],
  cancelled: ['reason'],
};

export interface TransitionInput {
  /** Why the request is declined or cancelled. */
  reason?: string | null;
  /** The specialists matched to the request (ids). */
  specialistIds?: readonly number[] | null;
  /** The dispatch's first and last day (inclusive). */
  start?: IsoDate | null;
  end?: IsoDate | null;
  /** The outcome report, in words. */
  outcome?: string | null;
  /** When the change happened, and when the previous one did: a change may not predate the last. */
  on?: IsoDate | null;
  previousOn?: IsoDate | null;
}

const blank = (text: string | null | undefined) => text == null || text.trim() === '';

function dateIssue(path: 'start' | 'end', value: IsoDate | null | undefined): FieldIssue | null {
  if (value == null || value === '') return { path, code: 'required' };
  if (!isIsoDate(value)) return { path, code: 'invalid_date' };
  return null;
}

/**
 * Why the move `from` → `to` with `input` cannot be made: an empty list when it can. Codes are i18n
 * keys: `request_final` (nothing moves out of declined/completed/cancelled), `request_transition_not_allowed`
 * (a skipped or backward step), then what the target state needs: `reason_required`,
 * `specialist_required`, `required`/`invalid_date`/`end_before_start` for the dates, `outcome_required`,
 * and `date_before_previous`.
 */
export function checkTransition(from: RequestState, to: RequestState, input: TransitionInput = {}): FieldIssue[] {
  if (isFinalState(from)) return [{ path: 'state', code: 'request_final', params: { state: from, to } }];
  if (!canTransition(from, to)) {
    return [{ path: 'state', code: 'request_transition_not_allowed', params: { from, to } }];
  }
  const issues = TRANSITION_NEEDS[to].flatMap((need) => needIssues(need, input));
  if (input.on && input.previousOn && input.on < input.previousOn) {
    issues.push({ path: 'on', code: 'date_before_previous', params: { previous: input.previousOn } });
  }
  return issues;
}

/** What is missing or wrong in `input` for one need of the target state. */
function needIssues(need: TransitionNeed, input: TransitionInput): FieldIssue[] {
  if (need === 'reason') return blank(input.reason) ? [{ path: 'reason', code: 'reason_required' }] : [];
  if (need === 'outcome') return blank(input.outcome) ? [{ path: 'outcome', code: 'outcome_required' }] : [];
  if (need === 'specialists') {
    return (input.specialistIds ?? []).length === 0 ? [{ path: 'specialistIds', code: 'specialist_required' }] : [];
  }
  return datesIssues(input);
}

function datesIssues(input: TransitionInput): FieldIssue[] {
  const start = dateIssue('start', input.start);
  const end = dateIssue('end', input.end);
  if (start || end) return [start, end].filter((issue) => issue !== null);
  if ((input.end as IsoDate) < (input.start as IsoDate)) {
    return [{ path: 'end', code: 'end_before_start', params: { start: input.start ?? '', end: input.end ?? '' } }];
  }
  return [];
}

/**
 * Whether a recorded history of states (oldest first) is a legal path: it starts at `received` and
 * each step is an allowed transition. Returns the index of the first illegal step, or -1.
 */
export function firstIllegalStep(history: readonly RequestState[]): number {
  if (history.length === 0) return -1;
  if (history[0] !== 'received') return 0;
  for (let i = 1; i < history.length; i++) {
    if (!canTransition(history[i - 1] as RequestState, history[i] as RequestState)) return i;
  }
  return -1;
}
