// The plausibility rules of a trainee record, case by case (no database).
import { describe, expect, test } from 'vitest';
import type { Finding } from '../plausibility';
import { type TraineeDates, traineeFindings } from './plausibility';

const TODAY = '2026-06-01';

/** A plausible record: 35 on arrival, 8 months in Japan, documents valid past departure. */
const FINE: TraineeDates = {
  dateOfBirth: '1990-05-12',
  passportExpiry: '2031-01-31',
  residenceCardExpiry: '2027-04-30',
  arrivalDate: '2026-04-10',
  departureDate: '2026-12-20',
  fiscalYear: 2026,
};

const check = (over: Partial<TraineeDates>, today = TODAY) => traineeFindings({ ...FINE, ...over }, today);
const summary = (findings: Finding[]) =>
  findings.map((f) => (f.kind === 'refuse' ? `refuse ${f.path} ${f.code}` : `warn ${f.code}`));

test('a plausible record raises nothing', () => {
  expect(check({})).toEqual([]);
  expect(check({ arrivalDate: null, departureDate: null, passportExpiry: null, residenceCardExpiry: null })).toEqual(
    [],
  );
});

describe('refusals', () => {
  test.each<[string, Partial<TraineeDates>, string[]]>([
    [
      'a date of birth in the future',
      { dateOfBirth: '2030-01-05', arrivalDate: null },
      ['refuse data.dateOfBirth birth_in_future'],
    ],
    [
      'a date of birth tomorrow',
      { dateOfBirth: '2026-06-02', arrivalDate: null },
      ['refuse data.dateOfBirth birth_in_future'],
    ],
    ['a date of birth before 1900', { dateOfBirth: '1899-12-31' }, ['refuse data.dateOfBirth date_before_1900']],
    [
      'a date of birth more than 20 years ahead',
      { dateOfBirth: '2060-01-01', arrivalDate: null },
      ['refuse data.dateOfBirth date_too_far_ahead'],
    ],
    [
      'a passport expiry far ahead',
      { passportExpiry: '2046-06-02' },
      ['refuse data.passportExpiry date_too_far_ahead'],
    ],
    [
      'a residence card expiry before 1900',
      { residenceCardExpiry: '1890-01-01' },
      ['refuse data.residenceCardExpiry date_before_1900'],
    ],
    [
      'an arrival before 1900',
      { arrivalDate: '1899-04-01', fiscalYear: 1990 },
      ['refuse data.arrivalDate date_before_1900'],
    ],
    ['a departure far ahead', { departureDate: '2050-01-01' }, ['refuse data.departureDate date_too_far_ahead']],
    [
      'a passport that expired before the arrival',
      { passportExpiry: '2026-04-09' },
      ['refuse data.passportExpiry passport_expired_before_arrival'],
    ],
    [
      'a residence card that expired before the arrival',
      { residenceCardExpiry: '2026-04-01' },
      ['refuse data.residenceCardExpiry residence_card_expired_before_arrival'],
    ],
    [
      'an arrival two fiscal years after the intake year',
      { arrivalDate: '2028-04-10', departureDate: '2028-12-20', residenceCardExpiry: null },
      ['refuse data.arrivalDate arrival_far_from_fiscal_year'],
    ],
    [
      'an arrival two fiscal years before it',
      { arrivalDate: '2024-03-31', departureDate: '2024-12-20' },
      ['refuse data.arrivalDate arrival_far_from_fiscal_year'],
    ],
    [
      'an intake year more than 20 years ahead',
      { fiscalYear: 2047, arrivalDate: null, departureDate: null },
      ['refuse data.fiscalYear fiscal_year_too_far_ahead'],
    ],
  ])('%s', (_, over, expected) => {
    expect(summary(check(over)).filter((s) => s.startsWith('refuse'))).toEqual(expected);
  });

  test('the values the sentence names travel as params', () => {
    expect(check({ dateOfBirth: '2030-01-05', arrivalDate: null })).toContainEqual({
      kind: 'refuse',
      path: 'data.dateOfBirth',
      code: 'birth_in_future',
      params: { value: '2030-01-05', today: TODAY },
    });
    expect(
      check({ passportExpiry: '2027-01-10', arrivalDate: '2027-04-01', departureDate: '2027-12-01' }),
    ).toContainEqual({
      kind: 'refuse',
      path: 'data.passportExpiry',
      code: 'passport_expired_before_arrival',
      params: { expiry: '2027-01-10', arrival: '2027-04-01' },
    });
  });

  test('a passport expiring on the arrival day is not refused (warned: it expires before departure)', () => {
    expect(summary(check({ passportExpiry: '2026-04-10' }))).toEqual(['warn passport_expires_before_departure']);
  });

  test('refusals come before warnings; an expired passport is not also warned about', () => {
    expect(summary(check({ dateOfBirth: '2015-01-01', passportExpiry: '2026-01-01' }))).toEqual([
      'refuse data.passportExpiry passport_expired_before_arrival',
      'warn age_unusual',
    ]);
  });

  test('paths follow the prefix', () => {
    expect(traineeFindings({ ...FINE, dateOfBirth: '2030-01-01', arrivalDate: null }, TODAY, '')).toMatchObject([
      { path: 'dateOfBirth', code: 'birth_in_future' },
    ]);
  });
});

describe('warnings', () => {
  test.each<[string, Partial<TraineeDates>, string | null]>([
    ['19 on arrival', { dateOfBirth: '2006-04-11' }, 'age_unusual'],
    ['20 on arrival', { dateOfBirth: '2006-04-10' }, null],
    ['70 on arrival', { dateOfBirth: '1956-04-10' }, null],
    ['71 on arrival', { dateOfBirth: '1955-04-10' }, 'age_unusual'],
    ['19 today, no arrival', { dateOfBirth: '2006-06-02', arrivalDate: null, departureDate: null }, 'age_unusual'],
    ['20 today, no arrival', { dateOfBirth: '2006-06-01', arrivalDate: null, departureDate: null }, null],
    ['71 today, no arrival', { dateOfBirth: '1955-05-31', arrivalDate: null, departureDate: null }, 'age_unusual'],
    ['an arrival in March before the intake year', { arrivalDate: '2026-03-25' }, 'arrival_outside_fiscal_year'],
    [
      'an arrival in the year after',
      { arrivalDate: '2027-04-01', departureDate: '2027-12-01', residenceCardExpiry: null },
      'arrival_outside_fiscal_year',
    ],
    ['a stay of 5 months 29 days', { arrivalDate: '2026-04-01', departureDate: '2026-09-29' }, 'stay_too_short'],
    ['a stay of exactly 6 months', { arrivalDate: '2026-04-01', departureDate: '2026-09-30' }, null],
    ['a stay of exactly 10 months', { arrivalDate: '2026-04-01', departureDate: '2027-01-31' }, null],
    ['a stay of 10 months 1 day', { arrivalDate: '2026-04-01', departureDate: '2027-02-01' }, 'stay_too_long'],
    ['a passport expiring before departure', { passportExpiry: '2026-11-30' }, 'passport_expires_before_departure'],
    [
      'a card expiring before departure',
      { residenceCardExpiry: '2026-12-19' },
      'residence_card_expires_before_departure',
    ],
    ['a card expiring on the departure day', { residenceCardExpiry: '2026-12-20' }, null],
  ])('%s → %s', (_, over, code) => {
    expect(summary(check(over))).toEqual(code ? [`warn ${code}`] : []);
  });

  test('the age names the day it is counted on and the usual range', () => {
    expect(check({ dateOfBirth: '2008-01-05' })).toEqual([
      {
        kind: 'warn',
        code: 'age_unusual',
        params: { age: 18, on: '2026-04-10', birth: '2008-01-05', min: 20, max: 70 },
      },
    ]);
  });

  test('the stay names its length and the limit', () => {
    expect(check({ arrivalDate: '2026-04-01', departureDate: '2026-08-15' })).toEqual([
      {
        kind: 'warn',
        code: 'stay_too_short',
        params: { arrival: '2026-04-01', departure: '2026-08-15', months: 4, days: 15, min: 6 },
      },
    ]);
  });

  test('no age for a birth in the future or on/after the arrival (refused elsewhere)', () => {
    expect(summary(check({ dateOfBirth: '2026-04-10' }))).toEqual([]);
    expect(summary(check({ dateOfBirth: '2027-01-01', arrivalDate: null, departureDate: null }))).toEqual([
      'refuse data.dateOfBirth birth_in_future',
    ]);
  });

  test('no length for a departure on or before the arrival (the schema refuses it)', () => {
    expect(summary(check({ departureDate: '2026-04-10' }))).toEqual([]);
  });
});
