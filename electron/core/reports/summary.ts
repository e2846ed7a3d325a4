// The evaluation summary of a trainee report: for each criterion, its score in the (latest) mid-term
// evaluation, the (latest) final evaluation, and the most recent evaluation of any stage. Pure.
import type { Criterion, Entry } from '../../../shared/progress/schema';

export interface SummaryRow {
  criterionId: number;
  nameEn: string;
  nameJa: string;
  midTerm: number | null;
  final: number | null;
  latest: number | null;
}

/**
 * `entries` oldest first (as listEntries returns them). Active criteria are listed in their order, and
 * an inactive one only where it was rated, so an old evaluation's criteria are not lost.
 */
export function evaluationSummary(entries: readonly Entry[], criteria: readonly Criterion[]): SummaryRow[] {
  const rows = new Map<number, SummaryRow>();
  for (const c of criteria) {
    rows.set(c.id, { criterionId: c.id, nameEn: c.nameEn, nameJa: c.nameJa, midTerm: null, final: null, latest: null });
  }
  const rated = new Set<number>();
  for (const entry of entries) {
    if (entry.kind !== 'evaluation' || entry.deleted) continue;
    for (const rating of entry.ratings) {
      const row = rows.get(rating.criterionId);
      if (!row) continue;
      rated.add(rating.criterionId);
      // Later entries overwrite earlier ones: the latest of each stage wins.
      if (entry.evaluationStage === 'mid_term') row.midTerm = rating.score;
      if (entry.evaluationStage === 'final') row.final = rating.score;
      row.latest = rating.score;
    }
  }
  return criteria.filter((c) => c.active || rated.has(c.id)).map((c) => rows.get(c.id) as SummaryRow);
}

/** The latest "Overall" score, or the last rated criterion's when no criterion is called that. */
export function overallScore(summary: readonly SummaryRow[]): number | null {
  const overall = summary.find((r) => r.nameEn.trim().toLowerCase() === 'overall');
  if (overall) return overall.latest;
  const rated = summary.filter((r) => r.latest !== null);
  return rated.at(-1)?.latest ?? null;
}
