import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { entryMessages, withoutAnswered } from './entryProblems';

const t = ((key: string, opts?: { defaultValue?: string }) => opts?.defaultValue ?? key) as unknown as TFunction;

describe('entry problems', () => {
  it('puts a rating problem on the row of the criterion sent at that index', () => {
    const m = entryMessages(t, { 'ratings.1.score': { code: 'invalid_score' }, date: { code: 'required' } }, [7, 9]);
    expect(Object.keys(m.fields).sort()).toEqual(['date', 'rating.9.score']);
    expect(m.summary.map((s) => s.id)).toEqual(['entry-rating-9-score', 'entry-date']);
    expect(m.rest).toEqual([]);
  });

  it('says problems on no input as sentences', () => {
    const m = entryMessages(t, { traineeId: { code: 'not_found' } }, []);
    expect(m.fields).toEqual({});
    expect(m.rest).toHaveLength(1);
  });

  it('drops the problems a changed value answers, the month answering both of its fields', () => {
    const problems = {
      placementMonth: { code: 'required_choice' },
      placementId: { code: 'x' },
      'ratings.0.score': { code: 'y' },
      title: { code: 'z' },
    };
    expect(Object.keys(withoutAnswered(problems, ['month']))).toEqual(['ratings.0.score', 'title']);
    expect(Object.keys(withoutAnswered(problems, ['ratings', 'title']))).toEqual(['placementMonth', 'placementId']);
    expect(withoutAnswered(problems, ['body'])).toBe(problems);
  });
});
