// A trainee's path: applicant → accepted → introductory → on_placement → completed, and withdrawn
// from any state that is not final. Shared so the renderer offers only the steps the core accepts.
import type { TraineeStatus } from '../trainees/schema';

const NEXT: Record<TraineeStatus, TraineeStatus | null> = {
  applicant: 'accepted',
  accepted: 'introductory',
  introductory: 'on_placement',
  on_placement: 'completed',
  completed: null,
  withdrawn: null,
};

export function isFinalStatus(status: TraineeStatus): boolean {
  return status === 'completed' || status === 'withdrawn';
}

/** The statuses a trainee may move to from `from`, the next step first. */
export function allowedTransitions(from: TraineeStatus): TraineeStatus[] {
  if (isFinalStatus(from)) return [];
  const next = NEXT[from];
  return next ? [next, 'withdrawn'] : ['withdrawn'];
}

export function canTransition(from: TraineeStatus, to: TraineeStatus): boolean {
  return allowedTransitions(from).includes(to);
}
