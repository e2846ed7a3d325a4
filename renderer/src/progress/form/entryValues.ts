// The entry form's values and how they become the core's EntryData (and back, for editing). Pure,
// so the mapping is tested without a browser.
import type { Entry, EntryData, EntryKind } from '../../../../shared/progress/schema';

export type Stage = NonNullable<EntryData['evaluationStage']>;
export type Role = NonNullable<EntryData['evaluatorRole']>;

export interface RatingValue {
  /** The level as a string (Select value), null when this criterion is not rated. */
  score: string | null;
  comment: string;
}

export type EntryValues = {
  kind: EntryKind;
  date: string | null;
  author: string;
  title: string;
  body: string;
  /** `${placementId}:${month}` of a monthly report. */
  month: string | null;
  stage: Stage | null;
  role: Role | null;
  ratings: Record<number, RatingValue>;
};

/** What a new-entry link may fill in (from the Needs-attention page or a button). */
export interface Prefill {
  placementId?: number;
  month?: number;
  stage?: Stage;
}

export const monthKey = (placementId: number, month: number) => `${placementId}:${month}`;

export function parseMonthKey(key: string | null): { placementId: number; month: number } | null {
  const m = key ? /^(\d+):(\d+)$/.exec(key) : null;
  return m ? { placementId: Number(m[1]), month: Number(m[2]) } : null;
}

export function newValues(kind: EntryKind, today: string, prefill: Prefill = {}): EntryValues {
  return {
    kind,
    date: today,
    author: '',
    title: '',
    body: '',
    month: prefill.placementId && prefill.month ? monthKey(prefill.placementId, prefill.month) : null,
    stage: kind === 'evaluation' ? (prefill.stage ?? null) : null,
    role: kind === 'evaluation' ? 'host_supervisor' : null,
    ratings: {},
  };
}

export function valuesOf(entry: Entry): EntryValues {
  return {
    kind: entry.kind,
    date: entry.date,
    author: entry.author,
    title: entry.title ?? '',
    body: entry.body ?? '',
    month:
      entry.placementId !== null && entry.placementMonth !== null
        ? monthKey(entry.placementId, entry.placementMonth)
        : null,
    stage: entry.evaluationStage,
    role: entry.evaluatorRole,
    ratings: Object.fromEntries(
      entry.ratings.map((r) => [r.criterionId, { score: String(r.score), comment: r.comment ?? '' }]),
    ),
  };
}

/**
 * The data sent to the core, and the criterion of each rating in the order sent (the core's issues
 * point at `ratings.<index>`). Fields that do not belong to the kind are left out.
 */
export function toEntryData(v: EntryValues, criterionOrder: number[]): { data: EntryData; rated: number[] } {
  const month = v.kind === 'monthly_report' ? parseMonthKey(v.month) : null;
  const rated =
    v.kind === 'evaluation'
      ? criterionOrder.filter((id) => v.ratings[id]?.score != null && v.ratings[id]?.score !== '')
      : [];
  return {
    rated,
    data: {
      kind: v.kind,
      date: v.date ?? '',
      author: v.author.trim() || null,
      title: v.title.trim() || null,
      body: v.body.trim() || null,
      placementId: month?.placementId ?? null,
      placementMonth: month?.month ?? null,
      evaluationStage: v.kind === 'evaluation' ? v.stage : null,
      evaluatorRole: v.kind === 'evaluation' ? v.role : null,
      ratings: rated.map((criterionId) => ({
        criterionId,
        score: Number(v.ratings[criterionId]?.score),
        comment: v.ratings[criterionId]?.comment.trim() || null,
      })),
    },
  };
}

/** What the form can say before asking the core: a missing choice is named on its field. */
export function missing(v: EntryValues): Record<string, string> {
  const out: Record<string, string> = {};
  if (!v.date) out.date = 'required';
  if (v.kind === 'monthly_report' && !parseMonthKey(v.month)) out.placementMonth = 'required_choice';
  if (v.kind === 'evaluation' && !v.stage) out.evaluationStage = 'required_choice';
  if (v.kind === 'evaluation' && !v.role) out.evaluatorRole = 'required_choice';
  return out;
}
