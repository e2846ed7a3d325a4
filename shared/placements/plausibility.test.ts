// The plausibility of a placement's dates and the programme-length rule, case by case.
import { describe, expect, test } from 'vitest';
import { placementDateFindings, programmeLength } from './plausibility';

const TODAY = '2026-06-01';
const trainee = { arrivalDate: '2026-04-10' };
const codes = (start: string, end: string, t: { arrivalDate: string | null } = trainee) =>
  placementDateFindings({ start, end }, t, TODAY).map((f) => `${f.kind} ${f.code}`);

describe('placement dates', () => {
  test.each([
    ['2026-05-01', '2026-12-31', []],
    ['2026-04-10', '2026-12-31', []],
    ['2026-04-09', '2026-12-31', ['warn starts_before_arrival']],
    ['1899-05-01', '2026-12-31', ['refuse placement_date_before_1900', 'warn starts_before_arrival']],
    ['2026-05-01', '2046-06-02', ['refuse placement_date_too_far_ahead']],
    // A reversed period is refused by the placement rules (end_before_start); no arrival warning then.
    ['2026-04-01', '2026-03-01', []],
  ])('%s to %s → %o', (start, end, expected) => {
    expect(codes(start, end)).toEqual(expected);
  });

  test('no arrival date, no arrival warning', () => {
    expect(codes('2020-01-01', '2020-06-30', { arrivalDate: null })).toEqual([]);
  });

  test('the findings name the values and point at the paths given', () => {
    expect(
      placementDateFindings({ start: '2026-04-01', end: '2060-01-01' }, trainee, TODAY, {
        start: 'data.start',
        end: 'data.end',
      }),
    ).toEqual([
      {
        kind: 'refuse',
        path: 'data.end',
        code: 'placement_date_too_far_ahead',
        params: { value: '2060-01-01', latest: '2046-06-01', years: 20 },
      },
      { kind: 'warn', code: 'starts_before_arrival', params: { start: '2026-04-01', arrival: '2026-04-10' } },
    ]);
  });
});

test.each([
  ['2026-04-01', '2026-09-29', 'short', 5, 29],
  ['2026-04-01', '2026-09-30', null, 6, 0],
  ['2026-04-01', '2027-01-31', null, 10, 0],
  ['2026-04-01', '2027-02-01', 'long', 10, 1],
])('programmeLength %s to %s → %s', (first, last, kind, months, days) => {
  const length = programmeLength(first, last);
  expect(length?.kind ?? null).toBe(kind);
  if (length) expect(length).toMatchObject({ months, days });
});
