import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, overlaps } from '../placements/dates';
import {
  COST_ITEMS,
  COST_SPLIT,
  checkDispatch,
  costItemsPaidBy,
  type DispatchFacts,
  type DispatchSpecialist,
  dispatchLength,
  lengthWarning,
  payerOf,
} from './dispatches';

const sato: DispatchSpecialist = {
  id: 1,
  nameEn: 'Sato Kenji',
  availability: [],
  dispatches: [{ dispatchId: 10, start: '2026-09-01', end: '2026-09-20' }],
};
const ito: DispatchSpecialist = { id: 2, nameEn: 'Ito Mai', availability: [], dispatches: [] };
const FACTS: DispatchFacts = { wished: { start: '2026-08-01', end: '2026-08-31' }, specialists: [sato, ito] };

describe('length', () => {
  test.each([
    ['2026-07-01', '2026-09-30', null],
    ['2026-07-01', '2026-10-01', { months: 3, days: 1, totalDays: 93 }],
    ['2026-08-01', '2026-08-10', null],
    ['2026-08-01', '2027-01-31', { months: 6, days: 0, totalDays: 184 }],
    // From 30 November, three months reach 28 February (29 in a leap year), as in placements: the
    // period ending the day before is exactly three months, the day itself is one day over.
    ['2026-11-30', '2027-02-27', null],
    ['2026-11-30', '2027-02-28', { months: 3, days: 1, totalDays: 91 }],
    ['2027-11-30', '2028-02-28', null],
    ['2027-11-30', '2028-02-29', { months: 3, days: 1, totalDays: 92 }],
  ])('%s to %s', (start, end, over) => {
    const warning = lengthWarning(start, end);
    if (over === null) expect(warning).toBeNull();
    else expect(warning).toEqual({ code: 'dispatch_too_long', params: { start, end, max: 3, ...over } });
  });

  test('days are counted with both ends; a reversed period has none', () => {
    expect(dispatchLength('2026-08-01', '2026-08-10')).toEqual({ days: 10, months: 0, extraDays: 10 });
    expect(dispatchLength('2028-02-01', '2028-02-29')).toEqual({ days: 29, months: 1, extraDays: 0 });
    expect(dispatchLength('2026-08-10', '2026-08-01')).toEqual({ days: 0, months: 0, extraDays: 0 });
    expect(lengthWarning('2026-08-10', '2026-08-01')).toBeNull();
  });
});

describe('checkDispatch', () => {
  test('a clean dispatch', () => {
    expect(checkDispatch({ start: '2026-08-05', end: '2026-08-20', specialistIds: [1, 2] }, FACTS)).toEqual({
      refusals: [],
      warnings: [],
    });
  });

  test('end before start is refused, and no date rule runs on it', () => {
    expect(checkDispatch({ start: '2026-09-20', end: '2026-09-01', specialistIds: [1] }, FACTS)).toEqual({
      refusals: [{ path: 'end', code: 'end_before_start', params: { start: '2026-09-20', end: '2026-09-01' } }],
      warnings: [],
    });
  });

  test('a specialist away on another dispatch, even for one shared day', () => {
    const check = checkDispatch({ start: '2026-08-15', end: '2026-09-01', specialistIds: [2, 1] }, FACTS);
    expect(check.refusals).toEqual([
      {
        path: 'specialistIds.1',
        code: 'specialist_double_booked',
        params: { specialistId: 1, specialist: 'Sato Kenji', start: '2026-09-01', end: '2026-09-20' },
      },
    ]);
    // The dispatch being edited is not in its own way.
    expect(
      checkDispatch({ start: '2026-09-01', end: '2026-09-20', specialistIds: [1] }, { ...FACTS, dispatchId: 10 })
        .refusals,
    ).toEqual([]);
  });

  test('nobody, twice the same, unknown', () => {
    expect(checkDispatch({ start: '2026-08-01', end: '2026-08-02', specialistIds: [] }, FACTS).refusals).toEqual([
      { path: 'specialistIds', code: 'specialist_required' },
    ]);
    expect(checkDispatch({ start: '2026-08-01', end: '2026-08-02', specialistIds: [2, 2, 9] }, FACTS).refusals).toEqual(
      [
        { path: 'specialistIds.1', code: 'duplicate_specialist', params: { specialistId: 2 } },
        { path: 'specialistIds.2', code: 'specialist_not_found', params: { specialistId: 9 } },
      ],
    );
  });

  test('warnings: too long, outside the wished period, beyond the recorded availability', () => {
    const free = { ...ito, availability: [{ start: '2026-07-01', end: '2026-08-25' }] };
    const check = checkDispatch(
      { start: '2026-07-20', end: '2026-10-25', specialistIds: [2] },
      { ...FACTS, specialists: [free] },
    );
    expect(check.refusals).toEqual([]);
    expect(check.warnings.map((w) => w.code)).toEqual([
      'dispatch_too_long',
      'dispatch_outside_wished',
      'specialist_unavailable',
    ]);
    expect(check.warnings[1]?.params).toEqual({
      start: '2026-07-20',
      end: '2026-10-25',
      wishedStart: '2026-08-01',
      wishedEnd: '2026-08-31',
    });
    expect(check.warnings[2]?.params).toMatchObject({ specialist: 'Ito Mai', days: 61 });
    // No wished period, no availability recorded: nothing to warn about.
    expect(
      checkDispatch({ start: '2026-07-20', end: '2026-08-20', specialistIds: [2] }, { ...FACTS, wished: null })
        .warnings,
    ).toEqual([]);
  });

  test('double booking is refused exactly when the periods share a day', () => {
    const day = fc.integer({ min: 0, max: 120 }).map((n) => addDays('2026-06-01', n));
    const span = fc
      .tuple(day, fc.integer({ min: 0, max: 40 }))
      .map(([start, n]) => ({ start, end: addDays(start, n) }));
    fc.assert(
      fc.property(span, span, (mine, theirs) => {
        const other: DispatchSpecialist = { ...ito, dispatches: [{ dispatchId: 5, ...theirs }] };
        const check = checkDispatch({ ...mine, specialistIds: [2] }, { wished: null, specialists: [other] });
        expect(check.refusals.some((r) => r.code === 'specialist_double_booked')).toBe(overlaps(mine, theirs));
      }),
    );
  });
});

describe('cost split', () => {
  test('CLAIR pays travel, insurance, incidentals; the host side local transport, interpreting, meals', () => {
    expect(COST_ITEMS).toEqual(['travel', 'insurance', 'incidentals', 'local_transport', 'interpreting', 'meals']);
    expect(costItemsPaidBy('clair')).toEqual(['travel', 'insurance', 'incidentals']);
    expect(costItemsPaidBy('host')).toEqual(['local_transport', 'interpreting', 'meals']);
    for (const { item, payer } of COST_SPLIT) expect(payerOf(item)).toBe(payer);
  });
});
