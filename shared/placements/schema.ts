// Placements of trainees at host institutions, the checks that guard them, host suggestions and the
// cohort timeline. Every refusal, warning and suggestion reason is a code (an i18n key) with params.
import { z } from 'zod';
import { read, write } from '../channel';
import { FieldIssue, Warning } from '../result';
import { id, isoDate, optionalText, requiredText } from '../schema-helpers';
import { TraineeStatus } from '../trainees/schema';

/** Warnings a person may accept with a reason; the accepted codes are stored on the placement. */
export const PLACEMENT_WARNINGS = [
  'capacity_exceeded',
  'starts_during_intro',
  'ends_after_departure',
  'field_not_offered',
  'programme_too_short',
  'programme_too_long',
  'starts_before_arrival',
] as const;
export type PlacementWarningCode = (typeof PLACEMENT_WARNINGS)[number];

/** Refusals: no confirmation can save these. */
export const PLACEMENT_REFUSALS = [
  'end_before_start',
  'trainee_overlap',
  'trainee_not_active',
  'trainee_archived',
  'host_inactive',
  'placement_date_before_1900',
  'placement_date_too_far_ahead',
] as const;

/** The programme must last at least this many whole months and at most this many months. */
export const PROGRAMME_MIN_MONTHS = 6;
export const PROGRAMME_MAX_MONTHS = 10;

const period = { start: isoDate, end: isoDate };

/** Checks a period as the person types it; nothing is written. */
export const PlacementCheckInput = z.strictObject({
  traineeId: id,
  hostId: id,
  ...period,
  /** The placement being edited, left out of the comparison. */
  excludeId: id.optional(),
});

export const PlacementCheck = z.object({
  refusals: z.array(FieldIssue),
  /** Need `confirm: true` and a reason to save. */
  warnings: z.array(Warning),
  /** Worth knowing, never blocking (the trainee's fiscal year has no cohort yet). */
  notices: z.array(Warning),
});
export type PlacementCheck = z.infer<typeof PlacementCheck>;

const details = {
  supervisor: optionalText(200),
  notes: optionalText(4000),
};

/** Accepting warnings takes `confirm: true` and a reason, which is recorded with the placement. */
const acceptance = {
  confirm: z.boolean().default(false),
  reason: optionalText(1000),
};

export const PlacementCreate = z.strictObject({
  traineeId: id,
  hostId: id,
  ...period,
  ...details,
  ...acceptance,
});
export type PlacementCreate = z.infer<typeof PlacementCreate>;

/** The whole editable record (the trainee stays the same); fields left out are cleared. */
export const PlacementData = z.strictObject({ hostId: id, ...period, ...details });
export type PlacementData = z.infer<typeof PlacementData>;

export const PlacementUpdate = z.strictObject({
  id,
  version: z.number().int().min(1),
  data: PlacementData,
  ...acceptance,
});
export type PlacementUpdate = z.infer<typeof PlacementUpdate>;

export const PlacementCancel = z.strictObject({
  id,
  version: z.number().int().min(1),
  reason: requiredText(1000),
});

export const Placement = z.object({
  id,
  traineeId: id,
  traineeRef: z.string(),
  traineeName: z.string(),
  hostId: id,
  hostNameEn: z.string(),
  hostNameJa: z.string(),
  start: z.string(),
  end: z.string(),
  supervisor: z.string().nullable(),
  notes: z.string().nullable(),
  cancelled: z.boolean(),
  cancelReason: z.string().nullable(),
  overrides: z.array(z.string()),
  overrideReason: z.string().nullable(),
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Placement = z.infer<typeof Placement>;

export const PlacementSaved = z.object({
  placement: Placement,
  /** The warnings accepted with this save (also in `placement.overrides`). */
  warnings: z.array(Warning),
  notices: z.array(Warning),
});

const listOptions = { includeCancelled: z.boolean().default(false) };

export const SuggestInput = z.strictObject({
  traineeId: id,
  ...period,
  /** A prefecture the person prefers (JIS code 1–47). */
  prefecture: z.number().int().min(1).max(47).optional(),
  /** The placement being edited, not counted against its own host. */
  excludeId: id.optional(),
  limit: z.number().int().min(1).max(200).default(10),
});

export const SuggestReason = Warning.extend({ points: z.number() });

export const HostSuggestion = z.object({
  hostId: id,
  nameEn: z.string(),
  nameJa: z.string(),
  prefecture: z.number().int(),
  capacity: z.number().int(),
  /** Most trainees at the host on any one day of the period (the trainee not counted). */
  peak: z.number().int(),
  /** capacity − peak: seats free on every day of the period (0 or less: full). */
  free: z.number().int(),
  score: z.number(),
  /** Why, most weighty first. */
  reasons: z.array(SuggestReason),
});

export const Suggestions = z.object({ hosts: z.array(HostSuggestion) });

export const TimelineInput = z.strictObject({ fiscalYear: z.number().int().min(1990).max(2100) });

const TimelinePlacement = z.object({
  id,
  hostId: id,
  hostNameEn: z.string(),
  hostNameJa: z.string(),
  start: z.string(),
  end: z.string(),
  overrides: z.array(z.string()),
  /** Conflicts to highlight, found now from the dates and the host's other placements. */
  flags: z.array(z.string()),
  /**
   * The flags a person accepted with a reason. Over capacity is accepted on every placement at the
   * host during the stretch when enough of them accepted it, so the reason may be another's.
   */
  accepted: z.array(z.object({ code: z.string(), reason: z.string() })),
});

const TimelineRow = z.object({
  traineeId: id,
  ref: z.string(),
  fullName: z.string(),
  nativeName: z.string().nullable(),
  status: TraineeStatus,
  arrivalDate: z.string().nullable(),
  departureDate: z.string().nullable(),
  placements: z.array(TimelinePlacement),
  /** programme_too_short / programme_too_long for the trainee's placements as they stand. */
  flags: z.array(z.string()),
});

export const CohortTimeline = z.object({
  fiscalYear: z.number().int(),
  cohort: z
    .object({ introStart: z.string(), introEnd: z.string(), programmeStart: z.string(), programmeEnd: z.string() })
    .nullable(),
  today: z.string(),
  /** First and last day the chart must show: the cohort's dates and every placement. */
  range: z.object({ start: z.string(), end: z.string() }),
  rows: z.array(TimelineRow),
});
export type CohortTimeline = z.infer<typeof CohortTimeline>;

export const placementsContract = {
  'placements.check': read(PlacementCheckInput, PlacementCheck),
  'placements.create': write(PlacementCreate, PlacementSaved),
  'placements.update': write(PlacementUpdate, PlacementSaved),
  'placements.cancel': write(PlacementCancel, Placement),
  'placements.forTrainee': read(z.strictObject({ traineeId: id, ...listOptions }), z.array(Placement)),
  'placements.forHost': read(z.strictObject({ hostId: id, ...listOptions }), z.array(Placement)),
  'placements.suggest': read(SuggestInput, Suggestions),
  'placements.timeline.cohort': read(TimelineInput, CohortTimeline),
} as const;
