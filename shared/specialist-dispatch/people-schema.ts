// The Specialist Dispatch Project's people and vocabulary: the field-of-expertise vocabulary, the
// counterpart agencies (one per country), the specialists, and a dispatch as their pages list it.
import { z } from 'zod';
import { PrefectureCode } from '../hosts/record';
import { CountryCode } from '../reference/schema';
import { Warning } from '../result';
import { id, isoDate, optionalCode, optionalText, requiredText } from '../schema-helpers';
import { bilingual, count, dir, email, FieldGroup, LanguageTag, page, RequestState } from './schema-parts';

// ── The field-of-expertise vocabulary ───────────────────────────────────────────────────────────
export const ExpertiseField = z.object({
  id,
  /** The seed entry it came from (shared/specialist-dispatch/vocabulary.ts); null for fields staff added. */
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
  phone: optionalCode(60),
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
  phone: optionalCode(60),
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
