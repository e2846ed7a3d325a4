// The placement rules, case by case, on facts built by hand (no database).
import { describe, expect, test } from 'vitest';
import type { PlacementFacts } from './facts';
import { evaluate, programmeWarning } from './rules';

function facts(over: {
  trainee?: Partial<PlacementFacts['trainee']>;
  host?: Partial<PlacementFacts['host']>;
  cohort?: PlacementFacts['cohort'];
  traineePlacements?: PlacementFacts['traineePlacements'];
  hostPlacements?: PlacementFacts['hostPlacements'];
}): PlacementFacts {
  return {
    trainee: {
      id: 1,
      ref: 'FY2026-0001',
      fullName: 'Somchai Srisuk',
      status: 'accepted',
      archived: false,
      fieldId: 1,
      fieldName: 'General administration',
      fiscalYear: 2026,
      arrivalDate: '2026-04-01',
      departureDate: '2027-02-20',
      ...over.trainee,
    },
    cohort: over.cohort === undefined ? { introStart: '2026-04-01', introEnd: '2026-04-30' } : over.cohort,
    host: {
      id: 7,
      nameEn: 'Sapporo City',
      nameJa: '札幌市',
      capacity: 1,
      active: true,
      prefecture: 1,
      offersField: true,
      ...over.host,
    },
    traineePlacements: over.traineePlacements ?? [],
    hostPlacements: over.hostPlacements ?? [],
    today: '2026-06-01',
  };
}

// 1 May 2026 – 31 Dec 2026: after the introduction, before departure, 9 months from 1 April.
const FINE = { start: '2026-05-01', end: '2026-12-31' };
const codes = (r: ReturnType<typeof evaluate>) => ({
  refusals: r.refusals.map((x) => x.code),
  warnings: r.warnings.map((x) => x.code),
  notices: r.notices.map((x) => x.code),
});

test('a fitting placement raises nothing', () => {
  expect(evaluate(facts({}), FINE)).toEqual({ refusals: [], warnings: [], notices: [] });
});

describe('refusals', () => {
  test('end before start; the same day is a one-day placement', () => {
    const r = evaluate(facts({}), { start: '2026-06-02', end: '2026-06-01' });
    expect(r.refusals).toEqual([
      { path: 'end', code: 'end_before_start', params: { start: '2026-06-02', end: '2026-06-01' } },
    ]);
    expect(r.warnings).toEqual([]);
    expect(codes(evaluate(facts({}), { start: '2026-06-01', end: '2026-06-01' })).refusals).toEqual([]);
  });

  test('overlapping another placement of the trainee: a shared day overlaps, the next day does not', () => {
    const other = { id: 3, hostId: 8, hostNameEn: 'Otaru City', start: '2026-05-01', end: '2026-09-30' };
    const r = evaluate(facts({ traineePlacements: [other] }), { start: '2026-09-30', end: '2026-12-31' });
    expect(r.refusals).toEqual([
      {
        path: 'start',
        code: 'trainee_overlap',
        params: { host: 'Otaru City', start: '2026-05-01', end: '2026-09-30' },
      },
    ]);
    const next = evaluate(facts({ traineePlacements: [other] }), { start: '2026-10-01', end: '2026-12-31' });
    expect(codes(next).refusals).toEqual([]);
    // A period inside another, and one around it.
    expect(
      codes(evaluate(facts({ traineePlacements: [other] }), { start: '2026-06-01', end: '2026-06-01' })).refusals,
    ).toEqual(['trainee_overlap']);
    expect(
      codes(evaluate(facts({ traineePlacements: [other] }), { start: '2026-04-01', end: '2026-12-31' })).refusals,
    ).toEqual(['trainee_overlap']);
  });

  test.each(['withdrawn', 'completed'] as const)('a %s trainee', (status) => {
    expect(evaluate(facts({ trainee: { status } }), FINE).refusals).toEqual([
      { path: 'traineeId', code: 'trainee_not_active', params: { status } },
    ]);
  });

  test.each(['applicant', 'accepted', 'introductory', 'on_placement'] as const)(
    'a trainee who is %s may be placed',
    (status) => {
      expect(evaluate(facts({ trainee: { status } }), FINE).refusals).toEqual([]);
    },
  );

  test('an archived trainee and an inactive host', () => {
    const r = evaluate(facts({ trainee: { archived: true }, host: { active: false } }), FINE);
    expect(codes(r).refusals).toEqual(['trainee_archived', 'host_inactive']);
  });

  test('paths follow the request (data.* on update)', () => {
    const paths = { start: 'data.start', end: 'data.end', traineeId: 'id', hostId: 'data.hostId' };
    const r = evaluate(facts({ host: { active: false } }), { start: '2026-06-02', end: '2026-06-01' }, paths);
    expect(r.refusals.map((i) => i.path)).toEqual(['data.end', 'data.hostId']);
  });
});

describe('warnings', () => {
  test('capacity: the first crowded day and the count against the capacity', () => {
    const hostPlacements = [
      { start: '2026-03-01', end: '2026-06-30' },
      { start: '2026-08-01', end: '2026-08-31' },
    ];
    const r = evaluate(facts({ hostPlacements, host: { capacity: 1 } }), FINE);
    expect(r.warnings).toEqual([{ code: 'capacity_exceeded', params: { day: '2026-05-01', count: 2, capacity: 1 } }]);
    expect(evaluate(facts({ hostPlacements, host: { capacity: 2 } }), FINE).warnings).toEqual([]);
  });

  test('a host of capacity 0 is exceeded by any placement', () => {
    expect(evaluate(facts({ host: { capacity: 0 } }), FINE).warnings).toEqual([
      { code: 'capacity_exceeded', params: { day: '2026-05-01', count: 1, capacity: 0 } },
    ]);
  });

  test('starting on the last day of the introduction is too early; the day after is fine', () => {
    expect(evaluate(facts({}), { start: '2026-04-30', end: '2026-12-31' }).warnings).toEqual([
      { code: 'starts_during_intro', params: { introEnd: '2026-04-30' } },
    ]);
    expect(evaluate(facts({}), { start: '2026-05-01', end: '2026-12-31' }).warnings).toEqual([]);
  });

  test('no cohort: a notice instead of the introduction warning, and the programme counted from arrival', () => {
    const r = evaluate(facts({ cohort: null, trainee: { arrivalDate: '2026-04-10' } }), {
      start: '2026-04-10',
      end: '2027-01-09',
    });
    expect(r.warnings).toEqual([]);
    expect(r.notices).toEqual([{ code: 'no_cohort', params: { fiscalYear: 2026 } }]);
    // 10 Apr + 10 months = 10 Feb: ending on 10 Feb is a day too long.
    const long = evaluate(facts({ cohort: null, trainee: { arrivalDate: '2026-04-10', departureDate: null } }), {
      start: '2026-05-01',
      end: '2027-02-10',
    });
    expect(codes(long).warnings).toEqual(['programme_too_long']);
  });

  test('no cohort and no arrival date: the programme length cannot be checked', () => {
    const r = evaluate(facts({ cohort: null, trainee: { arrivalDate: null } }), {
      start: '2026-05-01',
      end: '2026-05-31',
    });
    expect(codes(r)).toEqual({ refusals: [], warnings: [], notices: ['no_cohort'] });
  });

  test('ending on the departure day is fine; the day after is not; no departure date, no check', () => {
    expect(evaluate(facts({}), { start: '2026-05-01', end: '2027-01-31' }).warnings).toEqual([]);
    const t = { departureDate: '2026-12-30' };
    expect(evaluate(facts({ trainee: t }), { start: '2026-05-01', end: '2026-12-30' }).warnings).toEqual([]);
    expect(evaluate(facts({ trainee: t }), FINE).warnings).toEqual([
      { code: 'ends_after_departure', params: { departure: '2026-12-30' } },
    ]);
    expect(evaluate(facts({ trainee: { departureDate: null } }), FINE).warnings).toEqual([]);
  });

  test('a field the host does not offer', () => {
    expect(evaluate(facts({ host: { offersField: false } }), FINE).warnings).toEqual([
      { code: 'field_not_offered', params: { field: 'General administration', host: 'Sapporo City' } },
    ]);
  });

  test('programme length runs to the end of the last placement, whichever it is', () => {
    // Alone, May–July makes a 4-month programme; with a later placement to December it is 9 months.
    const may = { start: '2026-05-01', end: '2026-07-31' };
    expect(codes(evaluate(facts({}), may)).warnings).toEqual(['programme_too_short']);
    const later = { id: 2, hostId: 8, hostNameEn: 'Otaru City', start: '2026-08-01', end: '2026-12-31' };
    expect(codes(evaluate(facts({ traineePlacements: [later] }), may)).warnings).toEqual([]);
  });

  test('several warnings at once, in a fixed order', () => {
    const r = evaluate(facts({ host: { capacity: 0, offersField: false }, trainee: { departureDate: '2026-06-30' } }), {
      start: '2026-04-15',
      end: '2026-07-31',
    });
    expect(codes(r).warnings).toEqual([
      'capacity_exceeded',
      'starts_during_intro',
      'ends_after_departure',
      'field_not_offered',
      'programme_too_short',
    ]);
  });
});

describe('programme length boundaries (from the cohort start to the last placement end)', () => {
  test.each([
    ['2026-04-01', '2026-09-29', 'programme_too_short', 5, 29],
    ['2026-04-01', '2026-09-30', null, 6, 0],
    ['2026-04-01', '2027-01-31', null, 10, 0],
    ['2026-04-01', '2027-02-01', 'programme_too_long', 10, 1],
    // Month ends and leap years: 31 Aug + 6 months is 28 Feb (29 Feb in 2028).
    ['2026-08-31', '2027-02-26', 'programme_too_short', 5, 27],
    ['2026-08-31', '2027-02-27', null, 6, 0],
    ['2027-08-31', '2028-02-27', 'programme_too_short', 5, 28],
    ['2027-08-31', '2028-02-28', null, 6, 0],
    ['2027-04-29', '2028-02-28', null, 10, 0],
    ['2027-04-29', '2028-02-29', 'programme_too_long', 10, 1],
    ['2028-02-29', '2028-08-28', null, 6, 0],
    ['2028-02-29', '2028-12-29', 'programme_too_long', 10, 1],
  ])('%s to %s: %s (%i months %i days)', (first, last, code, months, days) => {
    const w = programmeWarning(first, last);
    expect(w?.code ?? null).toBe(code);
    if (w) expect(w.params).toMatchObject({ start: first, end: last, months, days });
  });
});
