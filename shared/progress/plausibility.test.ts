// The plausibility of a progress entry's date, case by case.
import { expect, test } from 'vitest';
import { entryDateFindings, entryTraineeFindings } from './plausibility';

const TODAY = '2026-06-01';

test.each([
  ['1899-12-31', ['date_before_1900']],
  ['2026-06-01', []],
  // A milestone may be planned ahead (the other kinds are refused as date_in_future), not that far.
  ['2046-06-01', []],
  ['2046-06-02', ['date_too_far_ahead']],
])('an entry dated %s → %o', (date, codes) => {
  expect(entryDateFindings(date, TODAY).map((f) => f.code)).toEqual(codes);
});

const trainee = { dateOfBirth: '1990-05-12', arrivalDate: '2026-04-10' };

test.each([
  ['note', '2026-03-01', []],
  ['incident', '2026-04-09', []],
  ['evaluation', '2026-04-09', ['evaluation_before_arrival']],
  ['evaluation', '2026-04-10', []],
  ['note', '1990-05-11', ['date_before_birth']],
  ['evaluation', '1980-01-01', ['date_before_birth']],
] as const)('a %s dated %s → %o', (kind, date, codes) => {
  expect(entryTraineeFindings({ kind, date }, trainee).map((f) => f.code)).toEqual(codes);
});

test('an evaluation of a trainee without an arrival date is not checked against one', () => {
  expect(entryTraineeFindings({ kind: 'evaluation', date: '2020-01-01' }, { ...trainee, arrivalDate: null })).toEqual(
    [],
  );
});

test('the refusal names the dates', () => {
  expect(entryTraineeFindings({ kind: 'evaluation', date: '2026-04-01' }, trainee)).toEqual([
    {
      kind: 'refuse',
      path: 'data.date',
      code: 'evaluation_before_arrival',
      params: { date: '2026-04-01', arrival: '2026-04-10' },
    },
  ]);
});
