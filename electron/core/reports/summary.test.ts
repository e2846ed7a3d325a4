import { describe, expect, test } from 'vitest';
import type { Criterion, Entry } from '../../../shared/progress/schema';
import { evaluationSummary, overallScore } from './summary';

const criteria: Criterion[] = [
  { id: 1, nameEn: 'Attitude', nameJa: '態度', active: true, sortOrder: 10 },
  { id: 2, nameEn: 'Japanese language', nameJa: '日本語', active: true, sortOrder: 20 },
  { id: 3, nameEn: 'Retired criterion', nameJa: '旧項目', active: false, sortOrder: 30 },
  { id: 4, nameEn: 'Overall', nameJa: '総合', active: true, sortOrder: 40 },
];

let next = 1;
function evaluation(
  stage: Entry['evaluationStage'],
  scores: Record<number, number>,
  extra: Partial<Entry> = {},
): Entry {
  const id = next++;
  return {
    id,
    traineeId: 1,
    kind: 'evaluation',
    date: `2026-0${id}-01`,
    author: 'A',
    title: null,
    body: null,
    placementId: null,
    placementMonth: null,
    hostNameEn: null,
    hostNameJa: null,
    periodStart: null,
    periodEnd: null,
    evaluationStage: stage,
    evaluatorRole: 'host_supervisor',
    ratings: Object.entries(scores).map(([c, score]) => ({
      criterionId: Number(c),
      criterionEn: '',
      criterionJa: '',
      score,
      labelEn: '',
      labelJa: '',
      comment: null,
    })),
    attachments: [],
    deleted: false,
    isDemo: false,
    version: 1,
    createdAt: '',
    updatedAt: '',
    ...extra,
  };
}

describe('the evaluation summary', () => {
  test('takes the latest mid-term, the latest final and the latest of any stage per criterion', () => {
    const rows = evaluationSummary(
      [
        evaluation('mid_term', { 1: 2, 2: 3 }),
        evaluation('mid_term', { 1: 3 }),
        evaluation('final', { 1: 4, 4: 4 }),
        evaluation('other', { 2: 5 }),
      ],
      criteria,
    );
    expect(rows.map((r) => [r.nameEn, r.midTerm, r.final, r.latest])).toEqual([
      ['Attitude', 3, 4, 4],
      ['Japanese language', 3, null, 5],
      ['Overall', null, 4, 4],
    ]);
  });

  test('keeps an inactive criterion only where it was rated, and ignores other entries and deleted ones', () => {
    const note = { ...evaluation('mid_term', { 1: 1 }), kind: 'note' as const };
    const rows = evaluationSummary(
      [note, evaluation('mid_term', { 3: 2 }), evaluation('final', { 1: 1 }, { deleted: true })],
      criteria,
    );
    expect(rows.map((r) => [r.nameEn, r.midTerm, r.final, r.latest])).toEqual([
      ['Attitude', null, null, null],
      ['Japanese language', null, null, null],
      ['Retired criterion', 2, null, 2],
      ['Overall', null, null, null],
    ]);
  });

  test('the overall score: the "Overall" criterion, else the last rated one', () => {
    const withOverall = evaluationSummary([evaluation('final', { 1: 2, 4: 5 })], criteria);
    expect(overallScore(withOverall)).toBe(5);
    const without = evaluationSummary([evaluation('final', { 1: 2, 2: 3 })], criteria.slice(0, 3));
    expect(overallScore(without)).toBe(3);
    expect(overallScore(evaluationSummary([], criteria.slice(0, 2)))).toBeNull();
  });
});
