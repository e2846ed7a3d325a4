// Completion of the introductory month, derived from attendance and dates (never stored): attended =
// present + late; the rate is over the sessions held so far (dated today or earlier) minus those the
// trainee was excused from; an unmarked held session counts as not attended. A trainee is complete
// once the intro period has ended with a rate of at least COMPLETION_THRESHOLD.
import {
  type AttendanceMark,
  COMPLETION_THRESHOLD,
  type Cohort,
  type Completion,
  type STATUS_HINTS,
} from '../../../shared/cohorts/schema';
import type { TraineeStatus } from '../../../shared/trainees/schema';

/** `marks` holds one entry per session held so far (null: not marked). */
export function completionOf(marks: readonly (AttendanceMark | null)[], introEnded: boolean): Completion {
  const n = { present: 0, late: 0, excused: 0, absent: 0, unmarked: 0 };
  for (const mark of marks) n[mark ?? 'unmarked'] += 1;
  const attended = n.present + n.late;
  const counted = marks.length - n.excused;
  const rate = counted > 0 ? attended / counted : null;
  const complete = introEnded && rate !== null && rate >= COMPLETION_THRESHOLD;
  return {
    held: marks.length,
    ...n,
    attended,
    rate,
    state: !introEnded ? 'in_progress' : complete ? 'complete' : 'incomplete',
    complete,
  };
}

/** Taking part in the intro: accepted and not withdrawn. */
export function isParticipant(status: TraineeStatus): boolean {
  return status !== 'applicant' && status !== 'withdrawn';
}

export function summaryOf(
  trainees: readonly { status: TraineeStatus; completion: Completion }[],
  sessions: { planned: number; held: number },
  period: { introStarted: boolean; introEnded: boolean },
) {
  const taking = trainees.filter((t) => isParticipant(t.status));
  const rates = taking.map((t) => t.completion.rate).filter((r): r is number => r !== null);
  const state = (s: Completion['state']) => taking.filter((t) => t.completion.state === s).length;
  return {
    sessionsPlanned: sessions.planned,
    sessionsHeld: sessions.held,
    participants: taking.length,
    averageRate: rates.length ? rates.reduce((a, b) => a + b, 0) / rates.length : null,
    complete: state('complete'),
    incomplete: state('incomplete'),
    inProgress: state('in_progress'),
    ...period,
  };
}

/** A status the dates say is behind: a suggestion for a person, never applied by the app. */
export function hintFor(status: TraineeStatus, cohort: Cohort, today: string): (typeof STATUS_HINTS)[number] | null {
  if (status === 'accepted' && today >= cohort.introStart) return 'intro_started';
  if (status === 'introductory' && today > cohort.introEnd) return 'intro_ended';
  if (status === 'on_placement' && today > cohort.programmeEnd) return 'programme_ended';
  return null;
}
