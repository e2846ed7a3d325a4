// Cohorts (one per fiscal year), the sessions of the introductory month, attendance and completion,
// and the trainee's lifecycle. A trainee's cohort is the cohort of its intake fiscal year.
import { z } from 'zod';
import { BulkDone } from '../bulk';
import { read, write } from '../channel';
import { Warning } from '../result';
import { id, isoDate, optionalIsoDate, optionalText, requiredText } from '../schema-helpers';
import { Trainee, TraineeSelection, TraineeStatus } from '../trainees/schema';
import { type CohortDates, resolveCohortDates } from './dates';

export const ATTENDANCE_MARKS = ['present', 'late', 'excused', 'absent'] as const;
export const AttendanceMark = z.enum(ATTENDANCE_MARKS, { error: 'invalid_choice' });
export type AttendanceMark = z.infer<typeof AttendanceMark>;

/** A trainee completes the introductory month with at least this share of the sessions attended. */
export const COMPLETION_THRESHOLD = 0.8;

export const FiscalYear = z
  .number({ error: 'required' })
  .int('invalid_type')
  .min(1990, 'out_of_range')
  .max(2100, 'out_of_range');

const version = z.number().int().min(1);
const confirm = z.boolean().default(false);

// ── Cohorts ──────────────────────────────────────────────────────────────────────────────────────

const cohortFields = {
  introStart: isoDate,
  /** Default: one month (introStart + 1 month − 1 day; 31 Jan → 28/29 Feb). */
  introEnd: optionalIsoDate,
  /** Default: introStart. */
  programmeStart: optionalIsoDate,
  /** Default: programmeStart + 10 months − 1 day. */
  programmeEnd: optionalIsoDate,
  notes: optionalText(10_000),
};

type CohortFields = {
  introStart: string;
  introEnd: string | null;
  programmeStart: string | null;
  programmeEnd: string | null;
};

/** Dates that contradict each other, checked once the defaults are filled in. */
function checkDates(raw: CohortFields, ctx: z.RefinementCtx): void {
  const d = resolveCohortDates(raw);
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (d.introEnd < d.introStart) issue('introEnd', 'intro_end_before_start');
  if (d.programmeEnd < d.programmeStart) issue('programmeEnd', 'programme_end_before_start');
  if (d.introStart < d.programmeStart) issue('introStart', 'intro_outside_programme');
  else if (d.introEnd > d.programmeEnd) issue(raw.introEnd ? 'introEnd' : 'programmeEnd', 'intro_outside_programme');
}

const withDates = <T extends CohortFields & { notes: string | null }>(v: T): T & CohortDates => ({
  ...v,
  ...resolveCohortDates(v),
});

export const CohortData = z.strictObject(cohortFields).superRefine(checkDates).transform(withDates);

export const CohortCreate = z
  .strictObject({ fiscalYear: FiscalYear, ...cohortFields, confirm })
  .superRefine(checkDates)
  .transform(withDates);

export const CohortUpdate = z.strictObject({ fiscalYear: FiscalYear, version, data: CohortData, confirm });

export const Cohort = z.object({
  id,
  fiscalYear: z.number().int(),
  introStart: z.string(),
  introEnd: z.string(),
  programmeStart: z.string(),
  programmeEnd: z.string(),
  notes: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Cohort = z.infer<typeof Cohort>;

export const CohortSaved = z.object({ cohort: Cohort, warnings: z.array(Warning) });

const count = z.number().int();
export const StatusCounts = z.record(TraineeStatus, count);

export const CohortListItem = Cohort.extend({
  /** Non-archived trainees of the cohort's fiscal year. */
  trainees: count,
  byStatus: StatusCounts,
  sessions: count,
});

export const CohortList = z.object({
  cohorts: z.array(CohortListItem),
  /** Fiscal years that have (non-archived) trainees but no cohort yet, counted as the cohorts are. */
  yearsWithoutCohort: z.array(z.object({ fiscalYear: z.number().int(), trainees: count, byStatus: StatusCounts })),
});

// ── Sessions ─────────────────────────────────────────────────────────────────────────────────────

const sessionFields = {
  date: isoDate,
  title: requiredText(200),
  topic: optionalText(1000),
  venue: optionalText(200),
};

export const SessionCreate = z.strictObject({ fiscalYear: FiscalYear, ...sessionFields, confirm });
export const SessionUpdate = z.strictObject({ id, version, data: z.strictObject(sessionFields), confirm });
/** Deleting a session that has attendance marks needs `confirm: true`. */
export const SessionDelete = z.strictObject({ id, confirm });

export const Session = z.object({
  id,
  fiscalYear: z.number().int(),
  date: z.string(),
  title: z.string(),
  topic: z.string().nullable(),
  venue: z.string().nullable(),
  /** How many attendance marks the session has. */
  marks: count,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Session = z.infer<typeof Session>;

export const SessionSaved = z.object({ session: Session, warnings: z.array(Warning) });

/** The most sessions one plan may write: a month of several sessions a day, with room to spare. */
export const PLAN_MAX_SESSIONS = 200;

/** A planned month saved in one step: every session or none. */
export const SessionCreateMany = z.strictObject({
  fiscalYear: FiscalYear,
  sessions: z.array(z.strictObject(sessionFields)).min(1, 'required').max(PLAN_MAX_SESSIONS, 'too_many'),
  confirm,
});
export const SessionsCreated = z.object({ sessions: z.array(Session), warnings: z.array(Warning) });
export const SessionDeleted = z.object({ id, removedAttendance: count });

// ── Attendance and completion ────────────────────────────────────────────────────────────────────

export const COMPLETION_STATES = ['in_progress', 'complete', 'incomplete'] as const;

/** Derived from the marks of the sessions held so far (dated today or earlier). */
export const Completion = z.object({
  held: count,
  present: count,
  late: count,
  excused: count,
  absent: count,
  unmarked: count,
  /** present + late */
  attended: count,
  /** attended / (held − excused); null when nothing counts yet. */
  rate: z.number().nullable(),
  /** in_progress until the intro period has ended; then complete (rate ≥ threshold) or incomplete. */
  state: z.enum(COMPLETION_STATES),
  complete: z.boolean(),
});
export type Completion = z.infer<typeof Completion>;

/** Where the dates say the status is behind: a suggestion for a person, never applied by itself. */
export const STATUS_HINTS = ['intro_started', 'intro_ended', 'programme_ended'] as const;

export const CohortTrainee = z.object({
  id,
  ref: z.string(),
  fullName: z.string(),
  nativeName: z.string().nullable(),
  country: z.string(),
  status: TraineeStatus,
  completion: Completion,
  hint: z.enum(STATUS_HINTS).nullable(),
});

export const CohortSummary = z.object({
  sessionsPlanned: count,
  sessionsHeld: count,
  /** Trainees taking part: not applicants, not withdrawn. Completion counts are over them. */
  participants: count,
  averageRate: z.number().nullable(),
  complete: count,
  incomplete: count,
  inProgress: count,
  introStarted: z.boolean(),
  introEnded: z.boolean(),
});

export const CohortDetail = z.object({
  cohort: Cohort,
  sessions: z.array(Session),
  trainees: z.array(CohortTrainee),
  summary: CohortSummary,
});

export const AttendanceCell = z.object({ mark: AttendanceMark.nullable(), note: z.string().nullable() });

/** The grid: one row per non-archived trainee, one cell per session in the order of `sessions`. */
export const AttendanceGrid = CohortDetail.extend({
  trainees: z.array(CohortTrainee.extend({ cells: z.array(AttendanceCell) })),
});

export const AttendanceSet = z.strictObject({
  sessionId: id,
  traineeId: id,
  /** null removes the mark. */
  mark: AttendanceMark.nullable(),
  /** Left out: the note stays as it is; null or empty: removed. */
  note: optionalText(1000).optional(),
});

export const AttendanceSetMany = z.strictObject({
  sessionId: id,
  marks: z
    .array(z.strictObject({ traineeId: id, mark: AttendanceMark.nullable() }))
    .min(1, 'required')
    .max(2000, 'too_many')
    .superRefine((marks, ctx) => {
      const seen = new Set<number>();
      marks.forEach((m, i) => {
        if (seen.has(m.traineeId))
          ctx.addIssue({ code: 'custom', path: [i, 'traineeId'], message: 'duplicate_trainee' });
        seen.add(m.traineeId);
      });
    }),
});

export const AttendanceSaved = z.object({
  sessionId: id,
  traineeId: id,
  mark: AttendanceMark.nullable(),
  note: z.string().nullable(),
  completion: Completion,
});

// ── Lifecycle ────────────────────────────────────────────────────────────────────────────────────

export const TraineeTransition = z
  .strictObject({ id, version, to: TraineeStatus, date: isoDate, reason: optionalText(1000) })
  .superRefine((t, ctx) => {
    if (t.to === 'withdrawn' && t.reason === null) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reason_required' });
    }
  });

/** One move, date and reason for every trainee selected; each must be allowed to make it. */
export const TraineeBulkTransition = z
  .strictObject({ selection: TraineeSelection, to: TraineeStatus, date: isoDate, reason: optionalText(1000) })
  .superRefine((t, ctx) => {
    if (t.to === 'withdrawn' && t.reason === null) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reason_required' });
    }
  });

/** Every trainee selected into the cohort of one fiscal year. */
/**
 * Into a fiscal year's cohort. Warnings the move brings (an arrival outside the new year…) need
 * `confirm: true`, as the single trainee's edit does; each names its trainee in `params.trainee`.
 */
export const TraineeBulkAssign = z.strictObject({
  selection: TraineeSelection,
  fiscalYear: FiscalYear,
  confirm: z.boolean().default(false),
});

export const StatusChange = z.object({
  id,
  traineeId: id,
  /** null for the status a trainee was registered with. */
  from: TraineeStatus.nullable(),
  to: TraineeStatus,
  date: z.string(),
  reason: z.string().nullable(),
  at: z.string(),
  actor: z.string(),
});
export type StatusChange = z.infer<typeof StatusChange>;

export const TransitionDone = z.object({ trainee: Trainee, change: StatusChange });

const byFiscalYear = z.strictObject({ fiscalYear: FiscalYear });

export const cohortsContract = {
  'cohorts.list': read(z.strictObject({}), CohortList),
  'cohorts.get': read(byFiscalYear, CohortDetail),
  'cohorts.create': write(CohortCreate, CohortSaved),
  'cohorts.update': write(CohortUpdate, CohortSaved),
  'cohorts.sessions.create': write(SessionCreate, SessionSaved),
  'cohorts.sessions.createMany': write(SessionCreateMany, SessionsCreated),
  'cohorts.sessions.update': write(SessionUpdate, SessionSaved),
  'cohorts.sessions.delete': write(SessionDelete, SessionDeleted),
  'cohorts.attendance.get': read(byFiscalYear, AttendanceGrid),
  'cohorts.attendance.set': write(AttendanceSet, AttendanceSaved),
  'cohorts.attendance.setMany': write(AttendanceSetMany, z.object({ changed: count })),
  'cohorts.trainees.transition': write(TraineeTransition, TransitionDone),
  'cohorts.trainees.bulkTransition': write(TraineeBulkTransition, BulkDone),
  'cohorts.trainees.bulkAssign': write(TraineeBulkAssign, BulkDone),
  'cohorts.trainees.history': read(z.strictObject({ id }), z.array(StatusChange)),
} as const;
