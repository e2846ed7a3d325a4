import { describe, expect, it } from 'vitest';
import { defaultPlacementPeriod } from './default-period';

const cohort = { introEnd: '2027-08-31', programmeEnd: '2028-06-30' };

describe('defaultPlacementPeriod', () => {
  it('runs from the day after the intro month to the programme end when the departure is unknown', () => {
    expect(defaultPlacementPeriod({ cohort, departureDate: null })).toEqual({
      start: '2027-09-01',
      end: '2028-06-30',
      startFrom: 'intro_end',
      endFrom: 'programme_end',
      startBasis: '2027-08-31',
      endBasis: '2028-06-30',
    });
  });

  it('ends on the departure when it comes before the programme end', () => {
    const p = defaultPlacementPeriod({ cohort, departureDate: '2028-03-15' });
    expect(p).toMatchObject({ start: '2027-09-01', end: '2028-03-15', endFrom: 'departure' });
  });

  it('keeps the programme end when the departure is later', () => {
    const p = defaultPlacementPeriod({ cohort, departureDate: '2028-07-20' });
    expect(p).toMatchObject({ end: '2028-06-30', endFrom: 'programme_end' });
  });

  it('starts after the last placement for a move to another host', () => {
    const p = defaultPlacementPeriod({ cohort, departureDate: null, lastPlacementEnd: '2027-12-31' });
    expect(p).toMatchObject({ start: '2028-01-01', startFrom: 'previous_placement', startBasis: '2027-12-31' });
  });

  it('ignores a placement that ended before the intro month did', () => {
    const p = defaultPlacementPeriod({ cohort, departureDate: null, lastPlacementEnd: '2027-08-10' });
    expect(p).toMatchObject({ start: '2027-09-01', startFrom: 'intro_end' });
  });

  it('crosses a month and a year end', () => {
    const p = defaultPlacementPeriod({
      cohort: { introEnd: '2027-12-31', programmeEnd: '2028-09-30' },
      departureDate: null,
    });
    expect(p?.start).toBe('2028-01-01');
  });

  it('offers nothing without a cohort, or when the departure comes before the start', () => {
    expect(defaultPlacementPeriod({ cohort: null, departureDate: '2028-03-15' })).toBeNull();
    expect(defaultPlacementPeriod({ cohort, departureDate: '2027-08-20' })).toBeNull();
  });
});
