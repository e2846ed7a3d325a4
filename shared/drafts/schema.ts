// Drafts: the values of a form not yet saved, kept in the database so typed work survives the app being
// killed. The renderer saves a dirty form's values every few seconds; reopening the form offers them back.
// A draft is keyed by the form's name (`trainee`, `host`, `progress-entry`) and the record it edits
// (`new`, a record id, or a compound such as `12:new`). Drafts are not records: not audited, in no history.
import { z } from 'zod';
import { read, write } from '../channel';

/** The most JSON text (UTF-8 bytes) one draft may hold: 256 KiB. */
export const DRAFT_MAX_BYTES = 256 * 1024;
/** Nesting deeper than any form has (and a bound on what a structured-clone value can make us walk). */
export const DRAFT_MAX_DEPTH = 64;

export const DraftForm = z
  .string({ error: 'invalid_type' })
  .min(1, 'required')
  .max(60, 'too_long')
  .regex(/^[a-z][a-z0-9-]*$/, 'invalid_value');

export const DraftKey = z
  .string({ error: 'invalid_type' })
  .min(1, 'required')
  .max(60, 'too_long')
  .regex(/^[A-Za-z0-9:_-]+$/, 'invalid_value');

type Verdict = 'ok' | 'invalid_value' | 'too_deep' | 'too_large';

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Whether `values` is JSON data that reads back as it was written: plain objects, dense arrays, strings,
 * finite numbers, booleans and null. A property set to undefined is left out (as JSON does); anything
 * JSON would change or drop silently (a Date, a Map, NaN, a bigint, undefined in a list) is refused.
 * Values reached more often than the size limit allows (shared references over IPC) count as too large.
 */
export function checkDraftValues(values: Record<string, unknown>): Verdict {
  const shape = walk(values, 0, { nodes: 0 });
  if (shape !== 'ok') return shape;
  return new TextEncoder().encode(JSON.stringify(values)).length > DRAFT_MAX_BYTES ? 'too_large' : 'ok';
}

/** How many values the walk has reached so far. */
interface Walked {
  nodes: number;
}

function walk(value: unknown, depth: number, walked: Walked): Verdict {
  walked.nodes += 1;
  // Every value takes at least one byte of JSON text.
  if (walked.nodes > DRAFT_MAX_BYTES) return 'too_large';
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return 'ok';
  if (typeof value === 'number') return Number.isFinite(value) ? 'ok' : 'invalid_value';
  if (typeof value !== 'object') return 'invalid_value';
  if (depth >= DRAFT_MAX_DEPTH) return 'too_deep';
  if (Array.isArray(value)) return walkArray(value, depth, walked);
  return isPlainObject(value) ? walkObject(value, depth, walked) : 'invalid_value';
}

function walkArray(list: unknown[], depth: number, walked: Walked): Verdict {
  if (Object.getPrototypeOf(list) !== Array.prototype) return 'invalid_value';
  for (let i = 0; i < list.length; i++) {
    if (!(i in list) || list[i] === undefined) return 'invalid_value';
    const verdict = walk(list[i], depth + 1, walked);
    if (verdict !== 'ok') return verdict;
  }
  return 'ok';
}

function walkObject(value: object, depth: number, walked: Walked): Verdict {
  for (const item of Object.values(value)) {
    if (item === undefined) continue;
    const verdict = walk(item, depth + 1, walked);
    if (verdict !== 'ok') return verdict;
  }
  return 'ok';
}

/** A form's values as JSON data, at most DRAFT_MAX_BYTES of JSON text. */
export const DraftValues = z.record(z.string(), z.unknown(), { error: 'invalid_type' }).superRefine((values, ctx) => {
  const verdict = checkDraftValues(values);
  if (verdict === 'too_large') ctx.addIssue({ code: 'custom', message: 'too_large', maximum: DRAFT_MAX_BYTES });
  else if (verdict !== 'ok') ctx.addIssue({ code: 'custom', message: verdict });
});

const baseVersion = z
  .number({ error: 'invalid_type' })
  .int('invalid_type')
  .positive('invalid_type')
  .max(2 ** 31, 'invalid_type')
  .nullable();

export const DraftRef = z.strictObject({ form: DraftForm, key: DraftKey });
export type DraftRef = z.infer<typeof DraftRef>;

export const DraftSave = z.strictObject({
  form: DraftForm,
  key: DraftKey,
  values: DraftValues,
  /** The version of the record the edits started from; null for a new record. */
  baseVersion,
});
export type DraftSave = z.infer<typeof DraftSave>;

export const Draft = z.object({
  values: z.record(z.string(), z.unknown()),
  /** When it was saved, as an ISO timestamp (UTC). */
  savedAt: z.string(),
  baseVersion: z.number().int().nullable(),
});
export type Draft = z.infer<typeof Draft>;

export const draftsContract = {
  'drafts.save': write(DraftSave, z.object({ savedAt: z.string() })),
  'drafts.get': read(DraftRef, Draft.nullable()),
  'drafts.discard': write(DraftRef, z.object({ discarded: z.boolean() })),
} as const;
