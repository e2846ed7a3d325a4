// Turns the core's codes (validation issues, warnings, error codes) into sentences in the current
// language. Unknown codes fall back to the core's own English message, never to a raw key.
import type { TFunction } from 'i18next';
import type { AppError, FieldIssue, Warning } from '../../../shared/result';
import { ApiError } from '../api/client';
import { countOf } from './plural';

type Params = Record<string, string | number> | undefined;

/** The label of a record field, e.g. "data.passportNumber" → "Passport number". */
export function fieldLabel(t: TFunction, path: string): string {
  const name = path.replace(/^data\./, '');
  const key = `trainee.field.${name}`;
  return t(key, { defaultValue: name });
}

/** One validation message naming the field: "Email is not a valid email address …". */
export function issueText(t: TFunction, issue: Pick<FieldIssue, 'path' | 'code' | 'params'>, label?: string): string {
  const field = label ?? fieldLabel(t, issue.path);
  const key = `validation.${issue.code}`;
  return t(key, {
    field,
    ...(issue.params as Params),
    ...countOf(key, issue.params),
    defaultValue: t('validation.invalid_value', { field }),
  });
}

export function warningText(t: TFunction, warning: Warning): string {
  const key = `warning.${warning.code}`;
  return t(key, { ...(warning.params as Params), ...countOf(key, warning.params), defaultValue: warning.code });
}

export function errorOf(error: unknown): AppError {
  if (error instanceof ApiError) return error.error;
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/** A translated sentence for a failed call; the core's message when we have no words for the code. */
export function errorText(t: TFunction, error: unknown): string {
  const e = errorOf(error);
  // Internal errors carry specific advice (disk full, app not running) only the core can give.
  if (e.code === 'internal') return `${t('error.internal')} (${e.message})`;
  if (e.code === 'invalid_input' && e.issues?.length) {
    return e.issues.map((issue) => issueText(t, issue)).join(' ');
  }
  if (e.code === 'conflict' && e.issues?.length) {
    return e.issues.map((issue) => issueText(t, issue)).join(' ');
  }
  return t(`error.${e.code}`, { defaultValue: e.message });
}
