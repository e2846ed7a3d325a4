// The entry dialog's problems (the kit's Problems: the form's own checks and the core's issues) sorted
// onto its inputs, in this feature's words. Ratings come back as ratings.<index>.<field>, the index into
// what was sent: they land on the row of the criterion sent at that index.
import type { TFunction } from 'i18next';
import type { Problems } from '../../../../shared/forms/problems';
import { progressIssueText } from '../text';

/** Problem keys shown on the form's own inputs, with the id of the input each one marks. */
const INPUTS: Record<string, string> = {
  date: 'entry-date',
  author: 'entry-author',
  title: 'entry-title',
  body: 'entry-body',
  placementId: 'entry-placementMonth',
  placementMonth: 'entry-placementMonth',
  evaluationStage: 'entry-evaluationStage',
  evaluatorRole: 'entry-evaluatorRole',
  kind: 'entry-body',
  ratings: 'entry-ratings-label',
};

/** Which problem keys a changed value answers (the month is one input for two fields of the core). */
const ANSWERS: Record<string, (key: string) => boolean> = {
  month: (k) => k === 'placementMonth' || k === 'placementId',
  stage: (k) => k === 'evaluationStage',
  role: (k) => k === 'evaluatorRole',
  ratings: (k) => k === 'ratings' || k.startsWith('ratings.'),
};

/** The problems that still apply after the person changed `fields`. */
export function withoutAnswered(problems: Problems, fields: string[]): Problems {
  const answered = (key: string) => fields.some((f) => key === f || (ANSWERS[f]?.(key) ?? false));
  const keys = Object.keys(problems);
  if (!keys.some(answered)) return problems;
  return Object.fromEntries(Object.entries(problems).filter(([k]) => !answered(k)));
}

export interface EntryMessages {
  /** Messages by input: date, author, …, and rating.<criterionId>.score / .comment. */
  fields: Record<string, string>;
  /** The summary at the top of the form: each message linking to its input. */
  summary: { id: string; text: string }[];
  /** Problems on no input of the form, said as sentences. */
  rest: string[];
}

export function entryMessages(t: TFunction, problems: Problems, rated: readonly number[]): EntryMessages {
  const out: EntryMessages = { fields: {}, summary: [], rest: [] };
  for (const [key, p] of Object.entries(problems)) {
    const text = progressIssueText(t, { path: key, code: p.code, params: p.params });
    const rating = /^ratings\.(\d+)\.(score|comment)$/.exec(key);
    const criterion = rating ? rated[Number(rating[1])] : undefined;
    if (rating && criterion !== undefined) {
      const field = `rating.${criterion}.${rating[2]}`;
      out.fields[field] ??= text;
      out.summary.push({ id: `entry-${field.replace(/\./g, '-')}`, text });
    } else if (INPUTS[key]) {
      out.fields[key] ??= text;
      out.summary.push({ id: INPUTS[key], text });
    } else out.rest.push(text);
  }
  return out;
}
