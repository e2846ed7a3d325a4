// Building blocks for the record schemas. Messages are i18n keys (validation.<key> in the renderer),
// so a person reads the problem in their own language.
import { z } from 'zod';
import { isIsoDate } from './fiscal-year';

export const requiredText = (max: number) =>
  z.string({ error: 'required' }).trim().min(1, 'required').max(max, 'too_long');

/** Optional text: empty strings become null so "cleared" and "never set" are the same. */
export const optionalText = (max: number) =>
  z
    .string({ error: 'invalid_type' })
    .trim()
    .max(max, 'too_long')
    .nullish()
    .transform((v) => (v ? v : null));

export const isoDate = z
  .string({ error: 'required' })
  .refine((v) => isIsoDate(v), 'invalid_date');

export const optionalIsoDate = z
  .string({ error: 'invalid_date' })
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || isIsoDate(v), 'invalid_date');

export const id = z.number({ error: 'invalid_type' }).int('invalid_type').positive('invalid_type').max(2 ** 31);

export const idInput = z.strictObject({ id });

export const empty = z.strictObject({});
