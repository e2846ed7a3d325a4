// The core's answers about cohorts, sessions and status changes, as sentences naming this feature's
// fields (the app-wide helpers name trainee fields), and sorted onto the fields of a form.
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../../shared/result';
import { errorOf, errorText, issueText } from '../i18n/messages';

/** "data.introStart" or "introStart" → "introStart"; "marks.3.traineeId" → "traineeId". */
export const fieldOf = (path: string) =>
  path
    .split('.')
    .filter((p) => !/^\d+$/.test(p) && p !== 'data')
    .pop() ?? '';

const STATUS_PARAMS = ['from', 'to', 'status'];
type Labels = Record<string, string>;

/** `labels` names fields the way the form at hand does ("Effective date" rather than "Date"). */
export function cohortIssueText(t: TFunction, issue: FieldIssue, labels: Labels = {}): string {
  const name = fieldOf(issue.path);
  // Statuses travel as codes ("accepted"); say them in the person's language.
  const params = Object.fromEntries(
    Object.entries(issue.params ?? {}).map(([k, v]) => [
      k,
      STATUS_PARAMS.includes(k) ? t(`trainee.status.${v}`, { defaultValue: String(v) }) : v,
    ]),
  );
  const field = labels[name] ?? t(`cohorts.field.${name}`, { defaultValue: name });
  // Codes other features share (reason_required) get this feature's own sentence where it has one.
  const own = t(`cohorts.validation.${issue.code}`, { field, ...params, defaultValue: '' });
  return own || issueText(t, { ...issue, params }, field);
}

/** One sentence for a failed call: its issues in this feature's words, else the app-wide message. */
export function cohortErrorText(t: TFunction, error: unknown): string {
  const e = errorOf(error);
  if (e.code === 'stale') return t('cohorts.stale');
  if ((e.code === 'invalid_input' || e.code === 'conflict' || e.code === 'not_found') && e.issues?.length) {
    return e.issues.map((issue) => cohortIssueText(t, issue)).join(' ');
  }
  return errorText(t, error);
}

/** Issues by field name, the first one per field, for showing under the inputs. */
export function issuesByField(t: TFunction, error: unknown, labels: Labels = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of errorOf(error).issues ?? []) {
    const name = fieldOf(issue.path);
    out[name] ??= cohortIssueText(t, issue, labels);
  }
  return out;
}

/** A failed change, said in a notification in this feature's words. */
export function notifyCohortError(t: TFunction, error: unknown, title?: string): void {
  notifications.show({
    color: 'red',
    title: title ?? t('notify.error'),
    message: cohortErrorText(t, error),
    autoClose: 8000,
  });
}
