// The host institution record: what a person types (HostInput) and what the core reads back (Host).
import { z } from 'zod';
import { id, optionalCode, optionalText, requiredText } from '../schema-helpers';

export const HOST_KINDS = ['prefecture', 'city', 'town', 'village', 'special_ward', 'related_organisation'] as const;
export const HostKind = z.enum(HOST_KINDS, { error: 'invalid_choice' });
export type HostKind = z.infer<typeof HostKind>;

/** JIS X 0401 code: 1 Hokkaido … 47 Okinawa (names in prefectures.ts). */
export const PrefectureCode = z
  .number({ error: 'required' })
  .int('unknown_prefecture')
  .min(1, 'unknown_prefecture')
  .max(47, 'unknown_prefecture');

export const MAX_CONTACTS = 10;
export const MAX_CAPACITY = 99;

const email = optionalCode(254).refine((v) => v === null || z.email().safeParse(v).success, 'invalid_email');

export const HostContactInput = z.strictObject({
  name: requiredText(200),
  department: optionalText(200),
  title: optionalText(120),
  email,
  // Free text: Japanese office numbers come with extensions (内線) and notes.
  phone: optionalCode(60),
});
export type HostContactInput = z.infer<typeof HostContactInput>;

/** What a person types (or an import row holds); the core adds the id, version and search keys. */
export const HostInput = z.strictObject({
  nameEn: requiredText(200),
  nameJa: requiredText(200),
  kind: HostKind,
  prefecture: PrefectureCode,
  address: optionalText(400),
  capacity: z
    .number({ error: 'required' })
    .int('invalid_capacity')
    .min(0, 'invalid_capacity')
    .max(MAX_CAPACITY, 'invalid_capacity'),
  // The same field twice means nothing more than once.
  fieldIds: z
    .array(id)
    .max(50, 'too_many')
    .default([])
    .transform((ids) => [...new Set(ids)]),
  contacts: z.array(HostContactInput).max(MAX_CONTACTS, 'too_many_contacts').default([]),
  notes: optionalText(10_000),
  active: z.boolean().default(true),
});
export type HostInput = z.infer<typeof HostInput>;
export type HostInputRaw = z.input<typeof HostInput>;

export const HostContact = z.object({
  name: z.string(),
  department: z.string().nullable(),
  title: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

/** A host's editable data as the core read it (the output twin of HostInput). */
export const HostData = z.object({
  nameEn: z.string(),
  nameJa: z.string(),
  kind: HostKind,
  prefecture: z.number().int(),
  address: z.string().nullable(),
  capacity: z.number().int(),
  fieldIds: z.array(id),
  contacts: z.array(HostContact),
  notes: z.string().nullable(),
  active: z.boolean(),
});

export const Host = HostData.extend({
  id,
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Host = z.infer<typeof Host>;
