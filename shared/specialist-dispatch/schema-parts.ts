// Small pieces the dispatch schemas share: a fiscal year, a record's version, an e-mail address,
// paging, bilingual names, the request states and field groups, language tags.
import { z } from 'zod';
import { optionalCode } from '../schema-helpers';
import { FIELD_GROUPS } from './vocabulary';
import { REQUEST_STATES } from './workflow';

export const fiscalYear = z
  .number({ error: 'invalid_type' })
  .int('invalid_type')
  .min(1990, 'out_of_range')
  .max(2100, 'out_of_range');
export const version = z.number({ error: 'invalid_type' }).int('invalid_type').min(1, 'invalid_type');
export const email = optionalCode(254).refine((v) => v === null || z.email().safeParse(v).success, 'invalid_email');
export const page = {
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
};
export const dir = z.enum(['asc', 'desc']).default('asc');
export const bilingual = { nameEn: z.string(), nameJa: z.string() };
export const count = z.number().int();

export const RequestState = z.enum(REQUEST_STATES, { error: 'invalid_choice' });
export const FieldGroup = z.enum(FIELD_GROUPS, { error: 'invalid_choice' });
/** A BCP 47 language tag as staff would enter it: "en", "th", "ms", "en-GB". */
export const LanguageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/, 'invalid_language');
