import { describe, expect, test } from 'vitest';
import type { Entry } from '../../../../shared/progress/schema';
import { missing, newValues, parseMonthKey, toEntryData, valuesOf } from './entryValues';

describe('entry form values', () => {
  test('a link prefills the month of a report and the stage of an evaluation', () => {
    expect(newValues('monthly_report', '2026-05-01', { placementId: 3, month: 2 }).month).toBe('3:2');
    const evaluation = newValues('evaluation', '2026-05-01', { stage: 'final' });
    expect(evaluation.stage).toBe('final');
    expect(evaluation.role).toBe('host_supervisor');
    expect(newValues('note', '2026-05-01', { stage: 'final' }).stage).toBeNull();
    expect(parseMonthKey('12:3')).toEqual({ placementId: 12, month: 3 });
    expect(parseMonthKey('x')).toBeNull();
  });

  test('only the fields of the kind are sent; texts are trimmed, empty ones null', () => {
    const v = {
      ...newValues('note', '2026-05-01'),
      month: '3:2',
      title: '  Visit ',
      author: ' ',
      stage: 'final' as const,
    };
    expect(toEntryData(v, []).data).toEqual({
      kind: 'note',
      date: '2026-05-01',
      author: null,
      title: 'Visit',
      body: null,
      placementId: null,
      placementMonth: null,
      evaluationStage: null,
      evaluatorRole: null,
      ratings: [],
    });
  });

  test('ratings go in the criteria order; unrated criteria are left out and remembered by index', () => {
    const v = {
      ...newValues('evaluation', '2026-05-01', { stage: 'mid_term' }),
      ratings: { 5: { score: '4', comment: ' ok ' }, 2: { score: null, comment: 'x' }, 1: { score: '3', comment: '' } },
    };
    const { data, rated } = toEntryData(v, [1, 2, 5]);
    expect(rated).toEqual([1, 5]);
    expect(data.ratings).toEqual([
      { criterionId: 1, score: 3, comment: null },
      { criterionId: 5, score: 4, comment: 'ok' },
    ]);
  });

  test('what is missing is named on its field before anything is sent', () => {
    expect(missing(newValues('monthly_report', '2026-05-01'))).toEqual({ placementMonth: 'required_choice' });
    expect(missing({ ...newValues('evaluation', ''), date: null })).toEqual({
      date: 'required',
      evaluationStage: 'required_choice',
    });
    expect(missing(newValues('note', '2026-05-01'))).toEqual({});
  });

  test('an entry read back fills the form as it was saved', () => {
    const entry = {
      kind: 'monthly_report',
      date: '2026-05-31',
      author: 'Sato',
      title: null,
      body: 'Text',
      placementId: 7,
      placementMonth: 1,
      evaluationStage: null,
      evaluatorRole: null,
      ratings: [],
    } as unknown as Entry;
    expect(valuesOf(entry)).toMatchObject({ month: '7:1', title: '', body: 'Text', author: 'Sato' });
  });
});
