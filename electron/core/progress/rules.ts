// The rules of a progress entry as pure functions: the shape a kind asks for (checked on the input
// alone) and the rules that depend on the data (read into EntryFacts by entries.ts). Each problem is a
// field issue whose code is an i18n key; refuse() turns them into one failure.
import { type PlacementMonth, placementMonths } from '../../../shared/progress/due';
import type { EntryData } from '../../../shared/progress/schema';
import { AppFailure, type FieldIssue } from '../../../shared/result';
import { describeFinding } from '../plausibility';

/** Problems of the input itself: the person must change what they typed. */
export function shapeIssues(data: EntryData, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const notFor = (path: string) =>
    issues.push({ path: `data.${path}`, code: 'not_for_kind', params: { kind: data.kind } });
  const needed = (path: string) => issues.push({ path: `data.${path}`, code: 'required' });
  if (data.kind === 'monthly_report') {
    if (data.placementId === null) needed('placementId');
    if (data.placementMonth === null) needed('placementMonth');
  } else {
    if (data.placementId !== null) notFor('placementId');
    if (data.placementMonth !== null) notFor('placementMonth');
  }
  if (data.kind === 'evaluation') {
    if (data.evaluationStage === null) needed('evaluationStage');
    if (data.evaluatorRole === null) needed('evaluatorRole');
  } else {
    if (data.evaluationStage !== null) notFor('evaluationStage');
    if (data.evaluatorRole !== null) notFor('evaluatorRole');
    if (data.ratings.length > 0) notFor('ratings');
  }
  const seen = new Set<number>();
  data.ratings.forEach((r, i) => {
    if (seen.has(r.criterionId)) issues.push({ path: `data.ratings.${i}.criterionId`, code: 'duplicate_criterion' });
    seen.add(r.criterionId);
  });
  // Entries record what happened; only a milestone may be planned ahead.
  if (data.kind !== 'milestone' && data.date > today) {
    issues.push({ path: 'data.date', code: 'date_in_future', params: { today } });
  }
  return issues;
}

export interface PlacementFacts {
  id: number;
  traineeId: number;
  cancelled: boolean;
  start: string;
  end: string;
}

export interface EntryFacts {
  /** The trainee the entry belongs to. */
  traineeId: number;
  archived: boolean;
  /** The named placement (monthly reports); undefined when none is named. */
  placement?: PlacementFacts;
  /** Another live report of the same placement month, if any. */
  otherReportId: number | null;
  /** The rated criteria that exist: id → active. */
  criteria: Map<number, boolean>;
  /** Criteria the entry already rated before this change (they may have been deactivated since). */
  keptCriteria: Set<number>;
  scale: Set<number>;
}

/** Problems with the data the entry points at (the placement, the criteria, the scale, the trainee). */
export function dataIssues(data: EntryData, facts: EntryFacts, traineePath: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (facts.archived) issues.push({ path: traineePath, code: 'trainee_archived' });
  const p = facts.placement;
  if (data.kind === 'monthly_report' && p) {
    if (p.traineeId !== facts.traineeId) {
      issues.push({ path: 'data.placementId', code: 'placement_not_trainees' });
    } else {
      if (p.cancelled) issues.push({ path: 'data.placementId', code: 'placement_cancelled' });
      const months = placementMonths(p.start, p.end);
      const month: PlacementMonth | undefined = months.find((m) => m.month === data.placementMonth);
      if (!month) {
        issues.push({
          path: 'data.placementMonth',
          code: 'month_outside_placement',
          params: { months: months.length },
        });
      } else if (data.date < month.start) {
        issues.push({ path: 'data.date', code: 'report_before_month', params: { start: month.start } });
      }
      if (facts.otherReportId !== null) {
        issues.push({
          path: 'data.placementMonth',
          code: 'report_exists',
          params: { month: data.placementMonth ?? 0, entryId: facts.otherReportId },
        });
      }
    }
  }
  data.ratings.forEach((r, i) => {
    const active = facts.criteria.get(r.criterionId);
    if (active === undefined) issues.push({ path: `data.ratings.${i}.criterionId`, code: 'not_found' });
    else if (!active && !facts.keptCriteria.has(r.criterionId)) {
      issues.push({ path: `data.ratings.${i}.criterionId`, code: 'criterion_inactive' });
    }
    if (!facts.scale.has(r.score)) {
      issues.push({ path: `data.ratings.${i}.score`, code: 'score_not_in_scale', params: { score: r.score } });
    }
  });
  return issues;
}

const TEXT: Record<string, (p: Record<string, string | number>) => string> = {
  required: () => 'is needed for this kind of entry',
  not_for_kind: (p) => `does not belong on a ${String(p.kind).replace('_', ' ')}`,
  duplicate_criterion: () => 'rates a criterion twice',
  date_in_future: (p) => `is after today (${p.today}); only a milestone may be dated ahead`,
  trainee_archived: () => 'the trainee is archived, so their record cannot be changed',
  placement_not_trainees: () => "is not one of this trainee's placements",
  placement_cancelled: () => 'is a cancelled placement',
  month_outside_placement: (p) => `is not a month of the placement (it has ${p.months})`,
  report_before_month: (p) => `is before the month the report covers starts (${p.start})`,
  report_exists: (p) => `already has a report (entry ${p.entryId}) for month ${p.month}`,
  criterion_inactive: () => 'names a criterion that is no longer used',
  score_not_in_scale: (p) => `${p.score} is not a level of the rating scale`,
  not_found: () => 'does not exist',
};

export function describeIssues(issues: FieldIssue[]): string {
  return issues
    .map(
      (i) =>
        `${i.path || 'request'}: ${TEXT[i.code]?.(i.params ?? {}) ?? describeFinding({ code: i.code, params: i.params })}.`,
    )
    .join(' ');
}

/**
 * Throws when there are issues: bad input first (the person must change what they typed), then a
 * missing record, then a conflict with the data as it stands.
 */
export function refuse(issues: FieldIssue[], kind: 'input' | 'data'): void {
  if (issues.length === 0) return;
  const code =
    kind === 'input' ? 'invalid_input' : issues.some((i) => i.code === 'not_found') ? 'not_found' : 'conflict';
  throw new AppFailure({ code, message: `Nothing was saved. ${describeIssues(issues)}`, issues });
}
