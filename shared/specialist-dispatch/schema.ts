// The Specialist Dispatch Project's contract: requests with their recorded workflow (workflow.ts),
// matching (matching.ts), dispatches (dispatches.ts), a year's intake and the history of dispatches;
// the vocabulary, counterparts and specialists are in people-schema.ts. The channel map is at the end.
import { z } from 'zod';
import { BulkDone, bulkExpected, bulkIds } from '../bulk';
import { read, write } from '../channel';
import { CountryCode } from '../reference/schema';
import { Warning } from '../result';
import { empty, id, isoDate, optionalIsoDate, optionalText, requiredText } from '../schema-helpers';
import {
  Counterpart,
  CounterpartInput,
  DispatchRow,
  ExpertiseField,
  ExpertiseFieldInput,
  Specialist,
  SpecialistDetail,
  SpecialistInput,
  SpecialistListQuery,
  SpecialistPage,
  SpecialistSaved,
} from './people-schema';
import { bilingual, count, email, fiscalYear, page, RequestState, version } from './schema-parts';

export * from './people-schema';
export { FieldGroup, LanguageTag, RequestState } from './schema-parts';

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

// ── Bulk actions on the lists: ids chosen, or every record the list's filters match (shared/bulk.ts) ──
export const RequestSelection = z.union([
  z.strictObject({ ids: bulkIds }),
  z.strictObject({
    query: RequestListQuery.omit({ page: true, pageSize: true, sort: true, dir: true }),
    expected: bulkExpected,
  }),
]);
export type RequestSelection = z.input<typeof RequestSelection>;
export const SpecialistSelection = z.union([
  z.strictObject({ ids: bulkIds }),
  z.strictObject({
    query: SpecialistListQuery.omit({ page: true, pageSize: true, sort: true, dir: true }),
    expected: bulkExpected,
  }),
]);
export type SpecialistSelection = z.input<typeof SpecialistSelection>;

/**
 * The moves one dialog makes for many requests: those needing nothing of each request but a reason
 * shared by all. Specialists, dispatch dates and outcome reports are a request's own (its page).
 */
export const BULK_REQUEST_STATES = ['under_review', 'approved', 'declined', 'agreement_signed', 'cancelled'] as const;

export const RequestBulkTransition = z.strictObject({
  selection: RequestSelection,
  to: z.enum(BULK_REQUEST_STATES, { error: 'invalid_choice' }),
  /** When the change happened, the same for every request. */
  on: isoDate,
  /** The note of a decline or cancellation, the same for every request. */
  reason: optionalText(2000),
});

export const specialistDispatchContract = {
  'specialistDispatch.expertise.list': read(empty, z.array(ExpertiseField)),
  'specialistDispatch.expertise.create': write(ExpertiseFieldInput, ExpertiseField),
  'specialistDispatch.expertise.update': write(z.strictObject({ id, data: ExpertiseFieldInput }), ExpertiseField),
  'specialistDispatch.counterparts.list': read(empty, z.array(Counterpart)),
  'specialistDispatch.counterparts.create': write(z.strictObject({ data: CounterpartInput }), Counterpart),
  'specialistDispatch.counterparts.update': write(z.strictObject({ id, version, data: CounterpartInput }), Counterpart),
  'specialistDispatch.specialists.list': read(SpecialistListQuery, SpecialistPage),
  'specialistDispatch.specialists.get': read(z.strictObject({ id }), SpecialistDetail),
  'specialistDispatch.specialists.create': write(
    z.strictObject({ data: SpecialistInput, confirm: z.boolean().default(false) }),
    SpecialistSaved,
  ),
  'specialistDispatch.specialists.update': write(
    z.strictObject({ id, version, data: SpecialistInput, confirm: z.boolean().default(false) }),
    SpecialistSaved,
  ),
  'specialistDispatch.specialists.setActive': write(z.strictObject({ id, active: z.boolean() }), Specialist),
  /** Mark every specialist selected active or inactive, or none of them. */
  'specialistDispatch.specialists.bulk.setActive': write(
    z.strictObject({ selection: SpecialistSelection, active: z.boolean() }),
    BulkDone,
  ),
  'specialistDispatch.requests.list': read(RequestListQuery, RequestPage),
  'specialistDispatch.requests.get': read(z.strictObject({ id }), RequestDetail),
  'specialistDispatch.requests.create': write(z.strictObject({ data: RequestInput }), RequestSaved),
  'specialistDispatch.requests.update': write(z.strictObject({ id, version, data: RequestInput }), RequestSaved),
  'specialistDispatch.requests.transition': write(RequestTransitionInput, RequestDetail),
  /** Move every request selected to one state (each its single move and audit entry), or none. */
  'specialistDispatch.requests.bulk.transition': write(RequestBulkTransition, BulkDone),
  'specialistDispatch.requests.match': read(MatchQuery, MatchResult),
  'specialistDispatch.requests.intake': read(z.strictObject({ fiscalYear }), Intake),
  'specialistDispatch.dispatches.update': write(DispatchUpdate, DispatchSaved),
  'specialistDispatch.dispatch.history': read(HistoryQuery, DispatchHistory),
} as const;
