// One mapping from the contract's answers to a form's fields, used by every form: the client checks
// its input with the same zod schema the core uses, and the core's issues ("data.summary",
// "availability.1.end") land on the same keys. Codes stay i18n codes (validation.<code>).
import type { z } from 'zod';
import { contractIssues } from '../contract-issues';
import type { FieldIssue } from '../result';

export type Problem = Pick<FieldIssue, 'code' | 'params'>;
export type Problems = Record<string, Problem>;

/**
 * "data.fieldIds.3" → "fieldIds" when fieldIds is a list shown as one input (a multi-select);
 * "data.availability.1.end" stays "availability.1.end" for editors with one input per item.
 */
export function problemKey(path: string, lists: readonly string[] = []): string {
  const key = path.replace(/^data\./, '');
  for (const list of lists) if (key.startsWith(`${list}.`) && /^\w+\.\d+$/.test(key)) return list;
  return key;
}

const isMissing = (v: unknown) => v === undefined || v === '' || v === null;

/**
 * Checks `input` with the contract's schema, read through the same mapping as the core's answers; a
 * field left empty (an empty text too) reads as "required" rather than as a wrong value.
 */
export function schemaProblems(
  schema: z.ZodType,
  input: Record<string, unknown>,
  lists: readonly string[] = [],
): Problems {
  const result = schema.safeParse(input);
  if (result.success) return {};
  // An issue of the whole form (no path) belongs to no field; the save answers with it instead.
  const issues = contractIssues(result.error, input)
    .filter((issue) => issue.path !== '')
    .map((issue) =>
      !issue.path.includes('.') && isMissing(input[issue.path]) ? { path: issue.path, code: 'required' } : issue,
    );
  return issueProblems(issues, lists);
}

/** The core's issues by field, the first per field. */
export function issueProblems(issues: readonly FieldIssue[], lists: readonly string[] = []): Problems {
  const problems: Problems = {};
  for (const issue of issues) problems[problemKey(issue.path, lists)] ??= { code: issue.code, params: issue.params };
  return problems;
}

/** Problems that still apply after an edit: a changed field's answer from the core no longer does. */
export function withoutChanged(
  problems: Problems,
  values: Record<string, unknown>,
  previous: Record<string, unknown>,
): Problems {
  const changed = Object.keys(problems).filter((k) => {
    const top = k.split('.')[0] ?? k;
    return values[top] !== previous[top] && JSON.stringify(values[top]) !== JSON.stringify(previous[top]);
  });
  if (changed.length === 0) return problems;
  const next = { ...problems };
  for (const k of changed) delete next[k];
  return next;
}
