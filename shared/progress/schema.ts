// Progress through the placement: entries on a trainee's record, their attachments, evaluations by
// criteria on an editable scale, and what is due (derived, never stored). Codes are i18n keys.
import { z } from 'zod';
import { read, write } from '../channel';
import { Warning } from '../result';
import { empty, id, isoDate, optionalText, requiredText } from '../schema-helpers';

export const ENTRY_KINDS = ['monthly_report', 'evaluation', 'milestone', 'incident', 'note'] as const;
export const EntryKind = z.enum(ENTRY_KINDS, { error: 'invalid_choice' });
export type EntryKind = z.infer<typeof EntryKind>;

export const EVALUATION_STAGES = ['mid_term', 'final', 'other'] as const;
export const EvaluationStage = z.enum(EVALUATION_STAGES, { error: 'invalid_choice' });
export const EVALUATOR_ROLES = ['host_supervisor', 'clair_staff'] as const;
export const EvaluatorRole = z.enum(EVALUATOR_ROLES, { error: 'invalid_choice' });

/** Attachments: at most 5 MB each (8 MB HTTP body limit, base64), 10 per entry, these types only. */
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
export const ATTACHMENTS_PER_ENTRY = 10;
/** The type is checked against the file's first bytes (and, for Office files, its zip contents). */
export const ATTACHMENT_TYPES = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'text/plain': ['txt'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
} as const;
export type AttachmentMime = keyof typeof ATTACHMENT_TYPES;

/** One rating of an evaluation: a criterion, a level of the scale, a comment. */
export const RatingInput = z.strictObject({
  criterionId: id,
  score: z.number({ error: 'invalid_type' }).int('invalid_type').min(1, 'invalid_score').max(10, 'invalid_score'),
  comment: optionalText(2000),
});

/**
 * The editable part of an entry. A monthly report names the placement and its month (1 = first);
 * an evaluation names its stage and evaluator and carries one rating per criterion it rates.
 */
export const EntryData = z.strictObject({
  kind: EntryKind,
  date: isoDate,
  /** Who wrote it (a host supervisor's name for their evaluation); defaults to the staff name. */
  author: optionalText(200),
  title: optionalText(200),
  body: optionalText(20_000),
  placementId: id.nullish().transform((v) => v ?? null),
  placementMonth: z
    .number()
    .int('invalid_type')
    .min(1, 'invalid_month')
    .max(24, 'invalid_month')
    .nullish()
    .transform((v) => v ?? null),
  evaluationStage: EvaluationStage.nullish().transform((v) => v ?? null),
  evaluatorRole: EvaluatorRole.nullish().transform((v) => v ?? null),
  ratings: z.array(RatingInput).max(50, 'too_many').default([]),
});
export type EntryData = z.infer<typeof EntryData>;

export const EntryCreate = z.strictObject({ traineeId: id, data: EntryData });
export const EntryUpdate = z.strictObject({ id, version: z.number().int().min(1), data: EntryData });
/** Delete is soft (restorable from the entry list); both need the version the person saw. */
export const EntryRef = z.strictObject({ id, version: z.number().int().min(1) });

export const Rating = z.object({
  criterionId: id,
  criterionEn: z.string(),
  criterionJa: z.string(),
  score: z.number().int(),
  labelEn: z.string(),
  labelJa: z.string(),
  comment: z.string().nullable(),
});
export type Rating = z.infer<typeof Rating>;

export const AttachmentInfo = z.object({
  id,
  entryId: id,
  fileName: z.string(),
  mime: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});
export type AttachmentInfo = z.infer<typeof AttachmentInfo>;

export const Entry = z.object({
  id,
  traineeId: id,
  kind: EntryKind,
  date: z.string(),
  author: z.string(),
  title: z.string().nullable(),
  body: z.string().nullable(),
  placementId: id.nullable(),
  placementMonth: z.number().int().nullable(),
  /** For a monthly report: the host of its placement and the month's first and last day. */
  hostNameEn: z.string().nullable(),
  hostNameJa: z.string().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  evaluationStage: EvaluationStage.nullable(),
  evaluatorRole: EvaluatorRole.nullable(),
  ratings: z.array(Rating),
  attachments: z.array(AttachmentInfo),
  deleted: z.boolean(),
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Entry = z.infer<typeof Entry>;

export const EntryListQuery = z.strictObject({
  traineeId: id,
  kind: EntryKind.optional(),
  /** Deleted entries are listed only when asked (to restore one). */
  includeDeleted: z.boolean().default(false),
});

export const EntrySaved = z.object({ entry: Entry, warnings: z.array(Warning) });

export const AttachmentAdd = z.strictObject({
  entryId: id,
  fileName: requiredText(255).refine((v) => !/[\\/\0]/.test(v), 'invalid_file_name'),
  mime: z.string({ error: 'required' }).max(200, 'too_long'),
  /** Base64 of the file's bytes. */
  data: z
    .string({ error: 'required' })
    .min(1, 'empty_file')
    .max(Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4 + 4, 'file_too_large')
    .regex(/^[A-Za-z0-9+/]+=*$/, 'invalid_file'),
});

export const AttachmentFile = z.object({
  fileName: z.string(),
  mime: z.string(),
  /** Base64 of the file's bytes. */
  data: z.string(),
});

/** One placement month a monthly report can cover (the entry form's choices). */
export const ReportMonth = z.object({
  placementId: id,
  month: z.number().int(),
  start: z.string(),
  end: z.string(),
  hostNameEn: z.string(),
  hostNameJa: z.string(),
  /** The live report for it, if written. */
  entryId: id.nullable(),
});
export type ReportMonth = z.infer<typeof ReportMonth>;

// --- Evaluation settings ---------------------------------------------------------------------------

export const Criterion = z.object({
  id,
  nameEn: z.string(),
  nameJa: z.string(),
  active: z.boolean(),
  sortOrder: z.number().int(),
});
export type Criterion = z.infer<typeof Criterion>;

export const CriterionInput = z.strictObject({
  nameEn: requiredText(120),
  nameJa: requiredText(120),
  active: z.boolean().default(true),
  sortOrder: z.number().int().min(0).max(10_000).default(100),
});

export const ScaleLevel = z.object({ score: z.number().int(), labelEn: z.string(), labelJa: z.string() });
export type ScaleLevel = z.infer<typeof ScaleLevel>;

/** The whole scale, saved at once: levels 1..n in order. A level used by a rating cannot be dropped. */
export const ScaleInput = z.strictObject({
  levels: z
    .array(
      z.strictObject({
        score: z.number().int().min(1, 'invalid_score').max(10, 'invalid_score'),
        labelEn: requiredText(60),
        labelJa: requiredText(60),
      }),
    )
    .min(2, 'scale_too_short')
    .max(10, 'too_many'),
});

export const EvaluationSettings = z.object({ criteria: z.array(Criterion), scale: z.array(ScaleLevel) });
export type EvaluationSettings = z.infer<typeof EvaluationSettings>;

// --- What is due (the Needs-attention page) --------------------------------------------------------

export const DUE_KINDS = [
  'monthly_report',
  'mid_term_evaluation',
  'final_evaluation',
  'passport_expiry',
  'residence_card_expiry',
  /** A live placement overlapping another of the trainee's, or over its host's capacity with no accepted reason. */
  'placement_conflict',
] as const;
export const DueKind = z.enum(DUE_KINDS, { error: 'invalid_choice' });
export type DueKind = z.infer<typeof DueKind>;

/** overdue: past its due date; due_soon: due within ATTENTION_SOON_DAYS. */
export const DueState = z.enum(['overdue', 'due_soon'], { error: 'invalid_choice' });
export const ATTENTION_SOON_DAYS = 14;
/** A report is due this many days after the placement month it covers ends. */
export const REPORT_GRACE_DAYS = 7;
/** Documents expiring within this many days (or before departure) need attention. */
export const DOCUMENT_WARNING_DAYS = 90;

/** The entry the trainee's Progress tab opens as new: a placement month's report, or an evaluation. */
export const NewEntryTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('monthly_report'), placementId: id, month: z.number().int() }),
  z.object({ kind: z.literal('evaluation'), stage: z.enum(['mid_term', 'final']) }),
]);
export type NewEntryTarget = z.infer<typeof NewEntryTarget>;

/**
 * Where to fix an item: the screen and what it opens there. The core names the place; the renderer
 * makes the link (renderer/src/progress/attention/targetUrl.ts).
 */
export const AttentionTarget = z.discriminatedUnion('screen', [
  /** The trainee's Progress tab, with the missing entry open as new. */
  z.object({ screen: z.literal('trainee-progress'), traineeId: id, newEntry: NewEntryTarget }),
  /** The trainee's edit form, with the expiring document's field in view and focused. */
  z.object({
    screen: z.literal('trainee-edit'),
    traineeId: id,
    focus: z.enum(['passportExpiry', 'residenceCardExpiry']),
  }),
  /** The cohort timeline of the trainee's fiscal year, filtered to the trainee. */
  z.object({ screen: z.literal('timeline'), traineeId: id, fiscalYear: z.number().int(), traineeRef: z.string() }),
]);
export type AttentionTarget = z.infer<typeof AttentionTarget>;

export const AttentionItem = z.object({
  kind: DueKind,
  state: DueState,
  dueDate: z.string(),
  traineeId: id,
  traineeRef: z.string(),
  traineeName: z.string(),
  country: z.string(),
  fiscalYear: z.number().int(),
  /** What the item is about: the placement and month of a report, the expiry date of a document. */
  placementId: id.nullable(),
  placementMonth: z.number().int().nullable(),
  hostNameEn: z.string().nullable(),
  hostNameJa: z.string().nullable(),
  /** Where to fix it (e.g. the trainee's Progress tab with month 2 of placement 3's report open as new). */
  target: AttentionTarget,
});
export type AttentionItem = z.infer<typeof AttentionItem>;

export const AttentionQuery = z.strictObject({
  kind: DueKind.optional(),
  state: DueState.optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'invalid_country')
    .optional(),
  fiscalYear: z.number().int().min(1990).max(2100).optional(),
  traineeId: id.optional(),
  /** The day "today" is taken to be (tests, benchmarks); defaults to the core's clock. */
  today: isoDate.optional(),
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export const AttentionPage = z.object({
  today: z.string(),
  items: z.array(AttentionItem),
  total: z.number().int(),
  counts: z.object({ overdue: z.number().int(), dueSoon: z.number().int() }),
  byKind: z.record(z.string(), z.number().int()),
});
export type AttentionPage = z.infer<typeof AttentionPage>;

export const progressContract = {
  'progress.list': read(EntryListQuery, z.array(Entry)),
  'progress.get': read(z.strictObject({ id }), Entry),
  'progress.create': write(EntryCreate, EntrySaved),
  'progress.update': write(EntryUpdate, EntrySaved),
  'progress.delete': write(EntryRef, Entry),
  'progress.restore': write(EntryRef, Entry),
  'progress.reportMonths': read(z.strictObject({ traineeId: id }), z.array(ReportMonth)),
  'progress.attachments.add': write(AttachmentAdd, AttachmentInfo),
  'progress.attachments.get': read(z.strictObject({ id }), AttachmentFile),
  'progress.attachments.remove': write(z.strictObject({ id }), AttachmentInfo),
  'progress.evaluation.settings': read(empty, EvaluationSettings),
  'progress.evaluation.criteria.create': write(CriterionInput, Criterion),
  'progress.evaluation.criteria.update': write(z.strictObject({ id, data: CriterionInput }), Criterion),
  'progress.evaluation.scale.save': write(ScaleInput, z.array(ScaleLevel)),
  'progress.attention.list': read(AttentionQuery, AttentionPage),
} as const;
