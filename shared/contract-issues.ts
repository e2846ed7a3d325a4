// From a schema's refusal to the issues a person is shown: one mapping for the whole app.
import type { z } from 'zod';
import type { FieldIssue } from './result';

/** The value at a zod issue's path in the raw input; undefined where the path leads nowhere. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

type Issue = z.ZodError['issues'][number];

/** A field left empty is "required", whatever the schema says about a wrong value (an unset choice
 * would otherwise read "invalid choice"). */
const isMissing = (issue: Issue, input: unknown) =>
  (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
  issue.path.length > 0 &&
  valueAt(input, issue.path) == null;

/** Our schemas use i18n keys as messages; zod's own messages (wrong type, unknown key) get a code. */
function codeOf(issue: Issue, input: unknown): string {
  if (isMissing(issue, input)) return 'required';
  if (/^[a-z_]+$/.test(issue.message)) return issue.message;
  if (issue.code === 'unrecognized_keys') return 'unknown_field';
  if (issue.code !== 'invalid_type') return 'invalid_value';
  return issue.message.endsWith('received undefined') ? 'required' : 'invalid_type';
}

/**
 * A zod error as the contract's field issues: a path and an i18n code. The one mapping: the boundary
 * answers with it, the shell's own checks and the file imports use it, and forms read their fields'
 * problems from it (shared/forms/problems.ts).
 */
export function contractIssues(error: z.ZodError, input?: unknown): FieldIssue[] {
  return error.issues.map((issue) => {
    const params: Record<string, string | number> = {};
    if (issue.code === 'unrecognized_keys') params.keys = issue.keys.join(', ');
    if ('maximum' in issue && typeof issue.maximum === 'number') params.max = issue.maximum;
    const path = issue.path.map(String).join('.');
    return { path, code: codeOf(issue, input), ...(Object.keys(params).length ? { params } : {}) };
  });
}
