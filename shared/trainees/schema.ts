// The trainee record and every request about trainees. Names are kept as in the passport:
// one required full name, family/given parts only when the person has them.
import { z } from 'zod';
import { BulkDone, bulkExpected, bulkIds } from '../bulk';
import { read, write } from '../channel';
import { IMAGE_MAX_PIXELS, IMAGE_TYPES } from '../images/inspect';
import { CountryCode } from '../reference/schema';
import { Warning } from '../result';
import { id, isoDate, optionalCode, optionalIsoDate, optionalText, requiredText } from '../schema-helpers';

export const TRAINEE_STATUSES = [
  'applicant',
  'accepted',
  'introductory',
  'on_placement',
  'completed',
  'withdrawn',
] as const;
export const TraineeStatus = z.enum(TRAINEE_STATUSES, { error: 'invalid_choice' });
export type TraineeStatus = z.infer<typeof TraineeStatus>;

export const GENDERS = ['female', 'male', 'x'] as const;
export const Gender = z.enum(GENDERS, { error: 'invalid_choice' });

export const JAPANESE_LEVELS = ['none', 'N5', 'N4', 'N3', 'N2', 'N1'] as const;
export const JapaneseLevel = z.enum(JAPANESE_LEVELS, { error: 'invalid_choice' });

const KATAKANA = /^[\u30A0-\u30FF\u31F0-\u31FF\uFF65-\uFF9F\s・ー=＝]*$/u;
const PASSPORT = /^[A-Za-z0-9]{5,20}$/;

export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;
export const PHOTO_TYPES = IMAGE_TYPES;
/** See IMAGE_MAX_PIXELS: any phone's photo passes, a pixel bomb does not. */
export const PHOTO_MAX_PIXELS = IMAGE_MAX_PIXELS;
/** The display-size copy a card shows: the renderer scales the longest side to this. */
export const PHOTO_COPY_SIDE = 320;
/** What the core takes as a copy: a square of that side at most, in 128 KB. */
export const PHOTO_COPY_MAX_PIXELS = PHOTO_COPY_SIDE * PHOTO_COPY_SIDE;
export const PHOTO_COPY_MAX_BYTES = 128 * 1024;

/** What a person types; the core adds ref, timestamps and search keys. */
export const TraineeInput = z
  .strictObject({
    fullName: requiredText(200),
    familyName: optionalText(120),
    givenName: optionalText(120),
    nativeName: optionalText(200),
    katakanaName: optionalText(200).refine((v) => v === null || KATAKANA.test(v), 'katakana_only'),
    preferredName: optionalText(120),
    gender: Gender,
    dateOfBirth: isoDate,
    country: CountryCode,
    homeGovernment: requiredText(200),
    department: optionalText(200),
    position: optionalText(200),
    fieldId: id,
    japaneseLevel: JapaneseLevel.default('none'),
    email: optionalCode(254).refine((v) => v === null || z.email().safeParse(v).success, 'invalid_email'),
    phone: optionalCode(40).refine((v) => v === null || /^[+0-9 ()\-.]{5,40}$/.test(v), 'invalid_phone'),
    emergencyContactName: optionalText(200),
    emergencyContactRelation: optionalText(80),
    emergencyContactPhone: optionalCode(40).refine(
      (v) => v === null || /^[+0-9 ()\-.]{5,40}$/.test(v),
      'invalid_phone',
    ),
    passportNumber: optionalCode(20)
      .transform((v) => (v === null ? null : v.toUpperCase()))
      .refine((v) => v === null || PASSPORT.test(v), 'invalid_passport'),
    passportExpiry: optionalIsoDate,
    residenceCardNumber: optionalCode(20).transform((v) => (v === null ? null : v.toUpperCase())),
    residenceCardExpiry: optionalIsoDate,
    arrivalDate: optionalIsoDate,
    departureDate: optionalIsoDate,
    fiscalYear: z.number({ error: 'required' }).int('invalid_type').min(1990, 'out_of_range').max(2100, 'out_of_range'),
    status: TraineeStatus.default('applicant'),
    notes: optionalText(10_000),
  })
  .superRefine((t, ctx) => {
    for (const { path, code } of dateOrderIssues(t)) ctx.addIssue({ code: 'custom', path: [path], message: code });
  });
export type TraineeInput = z.infer<typeof TraineeInput>;

/**
 * The order a trainee's dates must keep: a departure after the arrival, a birth before it. Exported so
 * a form can say them together with its other problems (zod runs a refinement only once every field
 * parses, so on its own it would be said one save later).
 */
export function dateOrderIssues(t: {
  dateOfBirth: string | null;
  arrivalDate: string | null;
  departureDate: string | null;
}): { path: 'departureDate' | 'dateOfBirth'; code: string }[] {
  const issues: { path: 'departureDate' | 'dateOfBirth'; code: string }[] = [];
  if (t.arrivalDate && t.departureDate && t.departureDate <= t.arrivalDate) {
    issues.push({ path: 'departureDate', code: 'departure_before_arrival' });
  }
  if (t.arrivalDate && t.dateOfBirth && t.dateOfBirth >= t.arrivalDate) {
    issues.push({ path: 'dateOfBirth', code: 'birth_after_arrival' });
  }
  return issues;
}
export type TraineeInputRaw = z.input<typeof TraineeInput>;

export const Trainee = z.object({
  id,
  ref: z.string(),
  fullName: z.string(),
  familyName: z.string().nullable(),
  givenName: z.string().nullable(),
  nativeName: z.string().nullable(),
  katakanaName: z.string().nullable(),
  preferredName: z.string().nullable(),
  gender: Gender,
  dateOfBirth: z.string(),
  country: z.string(),
  homeGovernment: z.string(),
  department: z.string().nullable(),
  position: z.string().nullable(),
  fieldId: id,
  japaneseLevel: JapaneseLevel,
  email: z.string().nullable(),
  phone: z.string().nullable(),
  emergencyContactName: z.string().nullable(),
  emergencyContactRelation: z.string().nullable(),
  emergencyContactPhone: z.string().nullable(),
  passportNumber: z.string().nullable(),
  passportExpiry: z.string().nullable(),
  residenceCardNumber: z.string().nullable(),
  residenceCardExpiry: z.string().nullable(),
  arrivalDate: z.string().nullable(),
  departureDate: z.string().nullable(),
  fiscalYear: z.number().int(),
  status: TraineeStatus,
  notes: z.string().nullable(),
  hasPhoto: z.boolean(),
  archived: z.boolean(),
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Trainee = z.infer<typeof Trainee>;

export const TraineeSummary = Trainee.pick({
  id: true,
  ref: true,
  fullName: true,
  nativeName: true,
  katakanaName: true,
  preferredName: true,
  country: true,
  homeGovernment: true,
  fieldId: true,
  fiscalYear: true,
  status: true,
  archived: true,
  isDemo: true,
});
export type TraineeSummary = z.infer<typeof TraineeSummary>;

export const TRAINEE_SORTS = ['ref', 'name', 'country', 'fiscalYear', 'status', 'homeGovernment', 'updated'] as const;

export const TraineeListQuery = z.strictObject({
  search: z.string().max(200, 'too_long').default(''),
  fiscalYear: z.number().int().min(1990).max(2100).nullish(),
  country: CountryCode.nullish(),
  fieldId: id.nullish(),
  status: TraineeStatus.nullish(),
  archived: z.enum(['active', 'archived', 'all']).default('active'),
  sort: z.enum(TRAINEE_SORTS).default('ref'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});
export type TraineeListQuery = z.input<typeof TraineeListQuery>;

export const TraineePage = z.object({
  rows: z.array(TraineeSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TraineePage = z.infer<typeof TraineePage>;

/** Warnings (possible duplicate, passport expiring before departure) need `confirm: true` to save. */
export const TraineeCreate = z.strictObject({
  data: TraineeInput,
  confirm: z.boolean().default(false),
});

export const TraineeUpdate = z.strictObject({
  id,
  /** The version the person edited; a newer one in the database means someone else saved first. */
  version: z.number().int().min(1),
  data: TraineeInput,
  confirm: z.boolean().default(false),
});

export const TraineeSaved = z.object({ trainee: Trainee, warnings: z.array(Warning) });

export const TraineeFacets = z.object({
  fiscalYears: z.array(z.number().int()),
  counts: z.object({ active: z.number().int(), archived: z.number().int(), demo: z.number().int() }),
});

export const Photo = z.object({
  mime: z.enum(PHOTO_TYPES),
  /** Base64 of the image bytes. */
  data: z.string(),
});

const base64Of = (maxBytes: number, tooLarge: string, invalid: string) =>
  z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4 + 4, tooLarge)
    .regex(/^[A-Za-z0-9+/]+=*$/, invalid);

/**
 * A photo and its display-size copy. `mime` is what the person's file claimed; the core stores the
 * type the bytes really are.
 */
export const PhotoInput = z.strictObject({
  id,
  mime: z.enum(PHOTO_TYPES, { error: 'invalid_photo_type' }),
  data: base64Of(PHOTO_MAX_BYTES, 'photo_too_large', 'invalid_photo'),
  copy: z.strictObject({
    mime: z.enum(PHOTO_TYPES, { error: 'invalid_photo_copy' }),
    data: base64Of(PHOTO_COPY_MAX_BYTES, 'invalid_photo_copy', 'invalid_photo_copy'),
  }),
});

/**
 * The trainees a bulk action is for: ids chosen row by row, or every trainee the list's filters match,
 * found by the core when it acts (so "all 234" needs no 234 ids from the page).
 */
export const TraineeSelection = z.union([
  z.strictObject({ ids: bulkIds }),
  z.strictObject({
    query: TraineeListQuery.omit({ page: true, pageSize: true, sort: true, dir: true }),
    expected: bulkExpected,
  }),
]);
export type TraineeSelection = z.input<typeof TraineeSelection>;

export const TraineesBulkArchive = z.strictObject({ selection: TraineeSelection, archived: z.boolean() });

export const traineesContract = {
  'trainees.list': read(TraineeListQuery, TraineePage),
  'trainees.facets': read(z.strictObject({}), TraineeFacets),
  'trainees.get': read(z.strictObject({ id }), Trainee),
  'trainees.create': write(TraineeCreate, TraineeSaved),
  'trainees.update': write(TraineeUpdate, TraineeSaved),
  'trainees.archive': write(z.strictObject({ id }), Trainee),
  'trainees.restore': write(z.strictObject({ id }), Trainee),
  /** Archive (or restore) every trainee selected, or none of them. */
  'trainees.bulk.archive': write(TraineesBulkArchive, BulkDone),
  /** The full photo: for an explicit view and for print. */
  'trainees.photo.get': read(z.strictObject({ id }), Photo.nullable()),
  /** The display-size copy; null when there is no photo or it was stored before copies were kept. */
  'trainees.photo.copy': read(z.strictObject({ id }), Photo.nullable()),
  'trainees.photo.set': write(PhotoInput, Trainee),
  'trainees.photo.remove': write(z.strictObject({ id }), Trainee),
} as const;
