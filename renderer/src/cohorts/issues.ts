// The core's answers about cohorts, sessions and status changes, said in this feature's words (the
// app-wide helpers name trainee fields). Which field a problem belongs to is the kit's mapping
// (shared/forms/problems); this file only words the problems it gives.
import type { TFunction } from 'i18next';
import { issueProblems, type Problem, type Problems } from '../../../shared/forms/problems';
import { errorOf, errorText, issueText } from '../i18n/messages';
import type { SummaryItem } from '../ui/forms/ErrorSummary';

const STATUS_PARAMS = ['from', 'to', 'status'];
type Labels = Record<string, string>;

/** "marks.3.traineeId" → "traineeId": the field a problem key names. */
const nameOf = (key: string) =>
  key
    .split('.')
    .filter((p) => !/^\d+$/.test(p))
    .pop() ?? key;

/** `labels` names fields the way the form at hand does ("Effective date" rather than "Date"). */
export function cohortProblemText(t: TFunction, key: string, problem: Problem, labels: Labels = {}): string {
  const name = nameOf(key);
  // Statuses travel as codes ("accepted"); say them in the person's language.
  const params = Object.fromEntries(
    Object.entries(problem.params ?? {}).map(([k, v]) => [
      k,
      STATUS_PARAMS.includes(k) ? t(`trainee.status.${v}`, { defaultValue: String(v) }) : v,
    ]),
  );
  const field = labels[name] ?? t(`cohorts.field.${name}`, { defaultValue: name });
  // Codes other features share (reason_required) get this feature's own sentence where it has one.
  const own = t(`cohorts.validation.${problem.code}`, { field, ...params, defaultValue: '' });
  return own || issueText(t, { path: key, code: problem.code, params }, field);
}

/** Each field's problem in words, by field name, for showing under the inputs. */
export function problemTexts(t: TFunction, problems: Problems, labels: Labels = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, problem] of Object.entries(problems))
    out[nameOf(key)] ??= cohortProblemText(t, key, problem, labels);
  return out;
}

/** The error summary's items in the form's order, each linking to its input (`${prefix}-${name}`). */
export function summaryItems(texts: Record<string, string>, order: readonly string[], prefix: string): SummaryItem[] {
  const names = [...order.filter((n) => texts[n]), ...Object.keys(texts).filter((n) => !order.includes(n))];
  return names.map((n) => ({ id: `${prefix}-${n}`, text: texts[n] ?? '' }));
}

/** One sentence for a failed call: its problems in this feature's words, else the app-wide message. */
export function cohortErrorText(t: TFunction, error: unknown): string {
  const e = errorOf(error);
  if (e.code === 'stale') return t('cohorts.stale');
  const problems = Object.entries(issueProblems(e.issues ?? []));
  if (e.code !== 'internal' && problems.length > 0) {
    return problems.map(([key, problem]) => cohortProblemText(t, key, problem)).join(' ');
  }
  return errorText(t, error);
}
