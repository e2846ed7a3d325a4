// The dispatch forms' problems, keyed by input path ("summary", "availability.1.end"), from the
// contract's own schema on the client and from the core's issues ("data.summary") on save, so both
// land on the same inputs. Codes stay i18n codes (validation.<code>).
import type { z } from 'zod';
import type { FieldIssue } from '../../../shared/result';

export type Problem = Pick<FieldIssue, 'code' | 'params'>;
export type Problems = Record<string, Problem>;

/** "data.fieldIds.3" → "fieldIds": a problem with one item of a multi-select shows on the select. */
export const problemKey = (path: string, lists: readonly string[] = []) => {
  const key = path.replace(/^data\./, '');
  for (const list of lists) if (key.startsWith(`${list}.`) && /^\w+\.\d+$/.test(key)) return list;
  return key;
};

/** Checks `input` with the contract's schema; empty inputs read as "required" rather than "wrong type". */
export function schemaProblems(
  schema: z.ZodType,
  input: Record<string, unknown>,
  lists: readonly string[] = [],
): Problems {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const problems: Problems = {};
  for (const issue of result.error.issues) {
    const key = problemKey(issue.path.map(String).join('.'), lists);
    if (!key || problems[key]) continue;
    const top = String(issue.path[0] ?? '');
    const missing = input[top] === undefined || input[top] === '' || input[top] === null;
    const code =
      missing && issue.path.length === 1
        ? 'required'
        : /^[a-z_]+$/.test(issue.message)
          ? issue.message
          : 'invalid_value';
    const params = 'maximum' in issue && typeof issue.maximum === 'number' ? { max: issue.maximum } : undefined;
    problems[key] = params ? { code, params } : { code };
  }
  return problems;
}

export function issueProblems(issues: readonly FieldIssue[], lists: readonly string[] = []): Problems {
  const problems: Problems = {};
  for (const issue of issues) problems[problemKey(issue.path, lists)] ??= { code: issue.code, params: issue.params };
  return problems;
}
