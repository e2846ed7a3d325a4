// The core's answers about requests and dispatches in this feature's words: states said in words
// ("under_review" → "Under review") and inputs named as the dispatch dialogs name them. The mapping of
// issues onto inputs is the kit's (shared/forms/problems); this only says them.
import type { TFunction } from 'i18next';
import type { Problem } from '../../../shared/forms/problems';
import type { FieldIssue, Warning } from '../../../shared/result';
import { errorOf, errorText, issueText, warningText } from '../i18n/messages';
import { stateText } from './labels';

const STATE_PARAMS = new Set(['from', 'to', 'state']);

const sayParams = (t: TFunction, params: FieldIssue['params']) =>
  Object.fromEntries(
    Object.entries(params ?? {}).map(([k, v]) => [k, STATE_PARAMS.has(k) ? stateText(t, String(v)) : v]),
  );

/** A problem on input `key` ("specialistIds", "start"), named by `labels` or the feature's field names. */
export function dispatchProblemText(
  t: TFunction,
  key: string,
  problem: Problem,
  labels: Record<string, string> = {},
): string {
  const field = labels[key] ?? t(`dispatch.field.${key}`, { defaultValue: key });
  return issueText(t, { path: key, code: problem.code, params: sayParams(t, problem.params) }, field);
}

export const dispatchWarningText = (t: TFunction, w: Warning) =>
  warningText(t, { ...w, params: sayParams(t, w.params) });

/** One sentence for a failed call that names no input: its issues in this feature's words, else the app's. */
export function dispatchErrorText(t: TFunction, error: unknown): string {
  const e = errorOf(error);
  if (e.issues?.length)
    return e.issues.map((issue) => dispatchProblemText(t, issue.path.replace(/^data\./, ''), issue)).join(' ');
  return errorText(t, error);
}
