// Errors cross every boundary (IPC, HTTP) as data: a stable code for the UI to translate,
// an English message for logs and API users, and per-field issues where input was rejected.
import { z } from 'zod';

export const ErrorCode = z.enum([
  'invalid_input',
  'not_found',
  'conflict',
  'needs_confirmation',
  'stale',
  'unknown_channel',
  'unauthorized',
  'forbidden',
  'payload_too_large',
  'malformed_json',
  'invalid_utf8',
  'unsupported',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const FieldIssue = z.object({
  /** Dotted path of the offending field, e.g. "fullName" or "data.passportExpiry". */
  path: z.string(),
  /** A message key (see renderer/i18n): required, too_long, invalid_date, ... */
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

export const Warning = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Warning = z.infer<typeof Warning>;

export const AppError = z.object({
  code: ErrorCode,
  message: z.string(),
  issues: z.array(FieldIssue).optional(),
  warnings: z.array(Warning).optional(),
});
export type AppError = z.infer<typeof AppError>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppError): Result<never> => ({ ok: false, error });

/** Thrown inside the core; the dispatcher turns it into `{ ok: false, error }`. */
export class AppFailure extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'AppFailure';
  }
}
