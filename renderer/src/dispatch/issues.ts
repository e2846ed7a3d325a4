// The core's answers about requests and dispatches as sentences naming this feature's inputs, with
// states said in words ("under_review" → "Under review").
import type { TFunction } from 'i18next';
import type { FieldIssue, Warning } from '../../../shared/result';
import { errorOf, errorText, issueText, warningText } from '../i18n/messages';
import { stateText } from './labels';

const STATE_PARAMS = new Set(['from', 'to', 'state']);

/** "data.specialistIds.2" → "specialistIds". */
export const inputOf = (path: string) =>
  path
    .split('.')
    .filter((p) => !/^\d+$/.test(p) && p !== 'data')
    .shift() ?? '';

const sayParams = (t: TFunction, params: FieldIssue['params']) =>
  Object.fromEntries(
    Object.entries(params ?? {}).map(([k, v]) => [k, STATE_PARAMS.has(k) ? stateText(t, String(v)) : v]),
  );

export function dispatchIssueText(t: TFunction, issue: FieldIssue, labels: Record<string, string> = {}): string {
  const name = inputOf(issue.path);
  const field = labels[name] ?? t(`dispatch.field.${name}`, { defaultValue: name });
  return issueText(t, { ...issue, params: sayParams(t, issue.params) }, field);
}

export const dispatchWarningText = (t: TFunction, w: Warning) =>
  warningText(t, { ...w, params: sayParams(t, w.params) });

/** One sentence for a failed call: its issues in this feature's words, else the app-wide message. */
export function dispatchErrorText(t: TFunction, error: unknown): string {
  const e = errorOf(error);
  if (e.code === 'stale') return t('dispatch.stale');
  if (e.issues?.length) return e.issues.map((issue) => dispatchIssueText(t, issue)).join(' ');
  return errorText(t, error);
}

/** Issues by input, the first one per input, for showing under the inputs. */
export function issuesByInput(t: TFunction, error: unknown, labels: Record<string, string> = {}) {
  const out: Record<string, string> = {};
  for (const issue of errorOf(error).issues ?? []) out[inputOf(issue.path)] ??= dispatchIssueText(t, issue, labels);
  return out;
}
