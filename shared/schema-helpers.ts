// Building blocks for the record schemas. Messages are i18n keys (validation.<key> in the renderer),
// so a person reads the problem in their own language.
import { z } from 'zod';
import { isIsoDate } from './fiscal-year';

// A lone UTF-16 surrogate cannot be stored as UTF-8 (SQLite would keep U+FFFD instead), so text
// that is not well-formed is refused rather than silently changed.
const LONE_SURROGATE = /\p{Cs}/u;
const wellFormed = (v: string) => !LONE_SURROGATE.test(v);

// Pasted text brings characters no one can see: a zero-width space or a byte-order mark inside a
// name, a no-break space for a space, an accent stored apart from its letter (NFD, from macOS or
// PDFs). They would make "Nguyễn" fail to match "Nguyễn" and a duplicate go unnoticed. Text is kept
// as it looks: composed (NFC), invisible breaks removed, the odd spaces made plain spaces. Zero-width
// joiners stay: Indic scripts and emoji need them. The ideographic space stays: it is visible.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F]/g;

/** Text as it looks: NFC, without invisible breaks, with plain spaces. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(ODD_SPACES, ' ');
}

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
