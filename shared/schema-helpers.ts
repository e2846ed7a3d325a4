// Building blocks for the record schemas. Messages are i18n keys (validation.<key> in the renderer),
// so a person reads the problem in their own language.
import { z } from 'zod';
import { isIsoDate } from './fiscal-year';
import { cleanText, foldWidth } from './text/clean';

// A lone UTF-16 surrogate cannot be stored as UTF-8 (SQLite would keep U+FFFD instead), so text
// that is not well-formed is refused rather than silently changed.
const LONE_SURROGATE = /\p{Cs}/u;
const wellFormed = (v: string) => !LONE_SURROGATE.test(v);

/** Text as it looks (shared/text/clean.ts): NFC, invisible characters gone, plain spaces. */
export { cleanText } from './text/clean';

export const requiredText = (max: number) =>
  z
    .string({ error: 'required' })
    .overwrite(cleanText)
    .trim()
    .min(1, 'required')
    .max(max, 'too_long')
    .refine(wellFormed, 'invalid_text');

/** Optional text: empty strings become null so "cleared" and "never set" are the same. */
export const optionalText = (max: number) =>
  z
    .string({ error: 'invalid_type' })
    .overwrite(cleanText)
    .trim()
    .max(max, 'too_long')
    .refine(wellFormed, 'invalid_text')
    .nullish()
    .transform((v) => (v ? v : null));

/**
 * Optional text where a number or code is expected (passport, phone, postcode, email): full-width
 * letters and digits typed with a Japanese input method are stored as ASCII (the form says so).
 */
export const optionalCode = (max: number) =>
  z
    .string({ error: 'invalid_type' })
    .overwrite((v) => foldWidth(cleanText(v)))
    .trim()
    .max(max, 'too_long')
    .refine(wellFormed, 'invalid_text')
    .nullish()
    .transform((v) => (v ? v : null));

export const isoDate = z.string({ error: 'required' }).refine((v) => isIsoDate(v), 'invalid_date');

export const optionalIsoDate = z
  .string({ error: 'invalid_date' })
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || isIsoDate(v), 'invalid_date');

export const id = z
  .number({ error: 'invalid_type' })
  .int('invalid_type')
  .positive('invalid_type')
  .max(2 ** 31);

export const idInput = z.strictObject({ id });

export const empty = z.strictObject({});
