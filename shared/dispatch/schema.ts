// The Specialist Dispatch Project's contract: counterparts (one agency per country), the field-of-
// expertise vocabulary, specialists, requests with their recorded workflow (workflow.ts), matching
// (matching.ts), dispatches (dispatches.ts), a year's intake and the history of dispatches.
import { z } from 'zod';
import { PrefectureCode } from '../hosts/record';
import { CountryCode } from '../reference/schema';
import { Warning } from '../result';
import { empty, id, isoDate, optionalIsoDate, optionalText, requiredText } from '../schema-helpers';
import { FIELD_GROUPS } from './vocabulary';
import { REQUEST_STATES } from './workflow';

const fiscalYear = z
  .number({ error: 'invalid_type' })
  .int('invalid_type')
  .min(1990, 'out_of_range')
  .max(2100, 'out_of_range');
const version = z.number({ error: 'invalid_type' }).int('invalid_type').min(1, 'invalid_type');
const email = optionalText(254).refine((v) => v === null || z.email().safeParse(v).success, 'invalid_email');
const page = {
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
};
const dir = z.enum(['asc', 'desc']).default('asc');
const bilingual = { nameEn: z.string(), nameJa: z.string() };
const count = z.number().int();

export const RequestState = z.enum(REQUEST_STATES, { error: 'invalid_choice' });
export const FieldGroup = z.enum(FIELD_GROUPS, { error: 'invalid_choice' });
/** A BCP 47 language tag as staff would enter it: "en", "th", "ms", "en-GB". */
export const LanguageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/, 'invalid_language');

// ── The field-of-expertise vocabulary ───────────────────────────────────────────────────────────
export const ExpertiseField = z.object({
  id,
  /** The seed entry it came from (shared/dispatch/vocabulary.ts); null for fields staff added. */
  seedKey: z.string().nullable(),
  ...bilingual,
  group: FieldGroup,
  /** Other correct spellings: the import takes these as the field, not as misspellings. */
  aliases: z.array(z.string()),
  active: z.boolean(),
  /** Requests, specialists and past projects that name it. */
  usage: count,
});
export type ExpertiseField = z.infer<typeof ExpertiseField>;

export const ExpertiseFieldInput = z.strictObject({
  nameEn: requiredText(120),
  nameJa: requiredText(120),
  group: FieldGroup,
  aliases: z.array(requiredText(120)).max(20, 'too_many').default([]),
  active: z.boolean().default(true),
});

// ── Counterparts ────────────────────────────────────────────────────────────────────────────────
export const CounterpartInput = z.strictObject({
  countryCode: CountryCode,
  name: requiredText(300),
  contactName: optionalText(200),
  email,
  phone: optionalText(60),
  address: optionalText(500),
  notes: optionalText(4000),
});

export const Counterpart = z.object({
  id,
  countryCode: z.string(),
  countryNameEn: z.string(),
  countryNameJa: z.string(),
  name: z.string(),
  contactName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  notes: z.string().nullable(),
  /** Loaded from CLAIR's reference file (and perhaps edited since), or entered in the app. */
  fromReference: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type Counterpart = z.infer<typeof Counterpart>;

// ── Specialists ─────────────────────────────────────────────────────────────────────────────────
export const AvailabilityInput = z
  .strictObject({ start: isoDate, end: isoDate, note: optionalText(200) })
  .refine((a) => a.end >= a.start, { path: ['end'], message: 'period_end_before_start' });

export const SpecialistInput = z.strictObject({
  nameEn: requiredText(200),
  nameJa: optionalText(200),
  /** The local government they serve (or served, for retirees). */
  homeGovernment: requiredText(200),
  prefecture: PrefectureCode.nullish().transform((v) => v ?? null),
  position: optionalText(200),
  retired: z.boolean().default(false),
  email,
  phone: optionalText(60),
  notes: optionalText(4000),
  languages: z.array(LanguageTag).max(20, 'too_many').default([]),
  fieldIds: z.array(id).max(30, 'too_many').default([]),
  availability: z.array(AvailabilityInput).max(50, 'too_many').default([]),
});
export type SpecialistInput = z.input<typeof SpecialistInput>;

export const Specialist = z.object({
  id,
  nameEn: z.string(),
  nameJa: z.string().nullable(),
  homeGovernment: z.string(),
  prefecture: z.number().int().nullable(),
  position: z.string().nullable(),
  retired: z.boolean(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  notes: z.string().nullable(),
  languages: z.array(z.string()),
  fieldIds: z.array(id),
  availability: z.array(z.object({ id, start: z.string(), end: z.string(), note: z.string().nullable() })),
  active: z.boolean(),
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Specialist = z.infer<typeof Specialist>;

export const SPECIALIST_SORTS = ['name', 'home', 'dispatches', 'lastDispatch'] as const;

export const SpecialistListQuery = z.strictObject({
  search: z.string().max(200, 'too_long').default(''),
  fieldId: id.nullish(),
  retired: z.enum(['all', 'serving', 'retired']).default('all'),
  active: z.enum(['active', 'inactive', 'all']).default('active'),
  sort: z.enum(SPECIALIST_SORTS).default('name'),
  dir,
  ...page,
});

export const SpecialistSummary = Specialist.pick({
  id: true,
  nameEn: true,
  nameJa: true,
  homeGovernment: true,
  prefecture: true,
  retired: true,
  languages: true,
  fieldIds: true,
  active: true,
}).extend({
  dispatchCount: count,
  /** The last day of their latest dispatch that is not cancelled. */
  lastDispatchEnd: z.string().nullable(),
});
export type SpecialistSummary = z.infer<typeof SpecialistSummary>;

export const SpecialistPage = z.object({
  rows: z.array(SpecialistSummary),
  total: count,
  page: count,
  pageSize: count,
});

/** A dispatch as a specialist's page and a request's page list it. */
export const DispatchRow = z.object({
  id,
  requestId: id,
  reference: z.string(),
  fiscalYear: z.number().int(),
  countryCode: z.string(),
  requestingGovernment: z.string(),
  fieldId: id,
  specialistId: id,
  specialistNameEn: z.string(),
  specialistNameJa: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  costNotes: z.string().nullable(),
  cancelled: z.boolean(),
  requestState: RequestState,
  version: z.number().int(),
});
export type DispatchRow = z.infer<typeof DispatchRow>;

export const SpecialistDetail = z.object({ specialist: Specialist, dispatches: z.array(DispatchRow) });

export const SpecialistSaved = z.object({ specialist: Specialist, warnings: z.array(Warning) });

// ── Requests ────────────────────────────────────────────────────────────────────────────────────
export const RequestInput = z
  .strictObject({
    fiscalYear,
    countryCode: CountryCode,
    /** Filled from the country's counterpart when left out. */
    counterpartId: id.nullish(),
    requestingGovernment: requiredText(200),
    fieldId: id,
    /** What is asked for. */
    summary: requiredText(4000),
    wishedStart: optionalIsoDate,
    wishedEnd: optionalIsoDate,
    contactName: optionalText(200),
    contactEmail: email,
    contactPhone: optionalText(60),
    receivedOn: isoDate,
  })
  .refine((r) => !r.wishedStart || !r.wishedEnd || r.wishedEnd >= r.wishedStart, {
    path: ['wishedEnd'],
    message: 'period_end_before_start',
  });
export type RequestInput = z.input<typeof RequestInput>;

/** Where the received date falls against the fiscal year's application window (window.ts). */
export const WindowPosition = z.object({ position: z.enum(['inside', 'early', 'late']), days: count });

export const DispatchRequest = z.object({
  id,
  reference: z.string(),
  fiscalYear: z.number().int(),
  countryCode: z.string(),
  counterpartId: id.nullable(),
  counterpartName: z.string().nullable(),
  requestingGovernment: z.string(),
  fieldId: id,
  summary: z.string(),
  wishedStart: z.string().nullable(),
  wishedEnd: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  receivedOn: z.string(),
  window: WindowPosition,
  state: RequestState,
  stateChangedOn: z.string(),
  reason: z.string().nullable(),
  outcome: z.string().nullable(),
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DispatchRequest = z.infer<typeof DispatchRequest>;

export const REQUEST_SORTS = ['reference', 'received', 'country', 'state', 'government'] as const;

export const RequestListQuery = z.strictObject({
  search: z.string().max(200, 'too_long').default(''),
  fiscalYear: fiscalYear.nullish(),
  state: RequestState.nullish(),
  countryCode: CountryCode.nullish(),
  fieldId: id.nullish(),
  /** Only requests received outside their application window. */
  outsideWindow: z.boolean().default(false),
  sort: z.enum(REQUEST_SORTS).default('received'),
  dir: z.enum(['asc', 'desc']).default('desc'),
  ...page,
});

export const RequestSummary = DispatchRequest.pick({
  id: true,
  reference: true,
  fiscalYear: true,
  countryCode: true,
  requestingGovernment: true,
  fieldId: true,
  receivedOn: true,
  window: true,
  state: true,
  stateChangedOn: true,
}).extend({ specialists: z.array(z.string()) });
export type RequestSummary = z.infer<typeof RequestSummary>;

export const RequestPage = z.object({
  rows: z.array(RequestSummary),
  total: count,
  page: count,
  pageSize: count,
  /** Requests per state under the other filters (the state tabs' counts). */
  byState: z.record(z.string(), count),
});
export type RequestPage = z.infer<typeof RequestPage>;

export const Transition = z.object({
  id,
  from: RequestState.nullable(),
  to: RequestState,
  on: z.string(),
  note: z.string().nullable(),
  actor: z.string(),
  at: z.string(),
});

export const RequestDetail = z.object({
  request: DispatchRequest,
  transitions: z.array(Transition),
  dispatches: z.array(DispatchRow),
  /** The moves allowed now and what each needs (workflow.ts). */
  next: z.array(z.object({ to: RequestState, needs: z.array(z.enum(['reason', 'specialists', 'dates', 'outcome'])) })),
});
export type RequestDetail = z.infer<typeof RequestDetail>;

/** A request saved: window flags (received_before_window/after) are warnings, never refusals. */
export const RequestSaved = z.object({ request: DispatchRequest, warnings: z.array(Warning) });

export const RequestTransitionInput = z.strictObject({
  id,
  version,
  to: RequestState,
  /** When the change happened (not before the previous one). */
  on: isoDate,
  reason: optionalText(2000),
  specialistIds: z.array(id).max(10, 'too_many').optional(),
  start: optionalIsoDate,
  end: optionalIsoDate,
  outcome: optionalText(20_000),
  /** Warnings (a dispatch over 3 months, a specialist booked elsewhere …) need `confirm: true`. */
  confirm: z.boolean().default(false),
});

export const MatchQuery = z.strictObject({ id, limit: z.number().int().min(1).max(50).default(10) });

export const MatchResult = z.object({
  /** The period matched against: the request's wished period, else its fiscal year. */
  wished: z.object({ start: z.string(), end: z.string() }),
  matches: z.array(
    z.object({
      specialistId: id,
      nameEn: z.string(),
      nameJa: z.string().nullable(),
      homeGovernment: z.string(),
      retired: z.boolean(),
      score: z.number(),
      field: z.enum(['exact', 'related', 'none']),
      availability: z.enum(['full', 'partial', 'none', 'unknown']),
      overlapDays: count,
      wishedDays: count,
      booked: z.boolean(),
      reasons: z.array(
        z.object({
          code: z.string(),
          params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
          points: z.number(),
        }),
      ),
    }),
  ),
  /** Specialists considered (active ones). */
  considered: count,
});
export type MatchResult = z.infer<typeof MatchResult>;

export const DispatchUpdate = z
  .strictObject({
    id,
    version,
    start: optionalIsoDate,
    end: optionalIsoDate,
    costNotes: optionalText(2000),
    confirm: z.boolean().default(false),
  })
  .refine((d) => !d.start || !d.end || d.end >= d.start, { path: ['end'], message: 'period_end_before_start' });

export const DispatchSaved = z.object({ dispatch: DispatchRow, warnings: z.array(Warning) });

// ── A year's intake, and the history ────────────────────────────────────────────────────────────
export const Intake = z.object({
  fiscalYear: z.number().int(),
  /** The application window for the year: 1 March – 30 April of the calendar year before. */
  window: z.object({ first: z.string(), last: z.string() }),
  total: count,
  byState: z.record(z.string(), count),
  byCountry: z.array(
    z.object({
      code: z.string(),
      ...bilingual,
      counterpartName: z.string().nullable(),
      count,
      outsideWindow: count,
    }),
  ),
  byField: z.array(z.object({ fieldId: id, ...bilingual, count })),
  /** Requests received per calendar month (YYYY-MM), in order. */
  byMonth: z.array(z.object({ month: z.string(), count })),
  outsideWindow: z.array(RequestSummary),
});
export type Intake = z.infer<typeof Intake>;

export const HistoryQuery = z
  .strictObject({ fromYear: fiscalYear.optional(), toYear: fiscalYear.optional() })
  .refine((q) => q.fromYear === undefined || q.toYear === undefined || q.fromYear <= q.toYear, {
    path: ['toYear'],
    message: 'range_reversed',
  });

/** Counts split by where they come from: CLAIR's reference file of past projects, or the app's records. */
export const SourcedCount = z.object({ reference: count, app: count });

export const HistoryProject = z.object({
  source: z.enum(['reference', 'app']),
  fiscalYear: z.number().int(),
  countryCode: z.string().nullable(),
  /** The country as stored (as printed, or corrected by a decision at import). */
  country: z.string(),
  locality: z.string(),
  fieldId: id.nullable(),
  /** The field as stored; for the app's requests, the field's English name. */
  field: z.string(),
  /** App dispatches: the request, its state (dispatched or completed) and specialists' names. */
  requestId: id.nullable(),
  state: RequestState.nullable(),
  specialists: z.array(z.string()),
});

export const DispatchHistory = z.object({
  years: z.array(z.number().int()),
  byCountry: z.array(
    z.object({ code: z.string().nullable(), ...bilingual, counts: z.array(SourcedCount), total: SourcedCount }),
  ),
  totals: z.array(SourcedCount),
  grandTotal: SourcedCount,
  byField: z.array(z.object({ fieldId: id.nullable(), ...bilingual, count: SourcedCount })),
  projects: z.array(HistoryProject),
});
export type DispatchHistory = z.infer<typeof DispatchHistory>;

export const dispatchContract = {
  'expertise.list': { input: empty, output: z.array(ExpertiseField) },
  'expertise.create': { input: ExpertiseFieldInput, output: ExpertiseField },
  'expertise.update': { input: z.strictObject({ id, data: ExpertiseFieldInput }), output: ExpertiseField },
  'counterparts.list': { input: empty, output: z.array(Counterpart) },
  'counterparts.create': { input: z.strictObject({ data: CounterpartInput }), output: Counterpart },
  'counterparts.update': { input: z.strictObject({ id, version, data: CounterpartInput }), output: Counterpart },
  'specialists.list': { input: SpecialistListQuery, output: SpecialistPage },
  'specialists.get': { input: z.strictObject({ id }), output: SpecialistDetail },
  'specialists.create': {
    input: z.strictObject({ data: SpecialistInput, confirm: z.boolean().default(false) }),
    output: SpecialistSaved,
  },
  'specialists.update': {
    input: z.strictObject({ id, version, data: SpecialistInput, confirm: z.boolean().default(false) }),
    output: SpecialistSaved,
  },
  'specialists.setActive': { input: z.strictObject({ id, active: z.boolean() }), output: Specialist },
  'requests.list': { input: RequestListQuery, output: RequestPage },
  'requests.get': { input: z.strictObject({ id }), output: RequestDetail },
  'requests.create': { input: z.strictObject({ data: RequestInput }), output: RequestSaved },
  'requests.update': { input: z.strictObject({ id, version, data: RequestInput }), output: RequestSaved },
  'requests.transition': { input: RequestTransitionInput, output: RequestDetail },
  'requests.match': { input: MatchQuery, output: MatchResult },
  'requests.intake': { input: z.strictObject({ fiscalYear }), output: Intake },
  'dispatches.update': { input: DispatchUpdate, output: DispatchSaved },
  'dispatch.history': { input: HistoryQuery, output: DispatchHistory },
} as const;
