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

/**
 * A zod error as the contract's field issues: a path and an i18n code. The one mapping: the boundary
 * answers with it, the shell's own checks and the file imports use it, and forms read their fields'
 * problems from it (shared/forms/problems.ts).
 */
export function contractIssues(error: z.ZodError, input?: unknown): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    // A field left empty is "required", whatever the schema says about a wrong value (an unset
    // choice would otherwise read "invalid choice").
    const missing =
      (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
      issue.path.length > 0 &&
      valueAt(input, issue.path) == null;
    // Our schemas use i18n keys as messages; zod's own messages (wrong type, unknown key) get a code.
    const code = missing
      ? 'required'
      : /^[a-z_]+$/.test(issue.message)
        ? issue.message
        : issue.code === 'unrecognized_keys'
          ? 'unknown_field'
          : issue.code === 'invalid_type'
            ? issue.message.endsWith('received undefined')
              ? 'required'
              : 'invalid_type'
            : 'invalid_value';
    const params: Record<string, string | number> = {};
    if (issue.code === 'unrecognized_keys') params.keys = issue.keys.join(', ');
    if ('maximum' in issue && typeof issue.maximum === 'number') params.max = issue.maximum;
    return { path, code, ...(Object.keys(params).length ? { params } : {}) };
  });
}
