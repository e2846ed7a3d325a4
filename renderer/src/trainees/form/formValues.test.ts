// The trainee form says every problem it can know of at once: the schema's and the core's plausibility
// refusals together, so a person is not sent back once per mistake.
import { expect, test } from 'vitest';
import { emptyValues, plausibilityProblems, validateValues } from './formValues';

const TODAY = '2026-12-06';
const typed = {
  ...emptyValues(2026),
  fullName: 'Somchai Jaidee',
  gender: 'male' as const,
  country: 'TH',
  homeGovernment: 'Chiang Mai Municipality',
};

test('a birth in the future and a departure before the arrival are both said in one save', () => {
  const problems = validateValues(
    { ...typed, dateOfBirth: '2030-01-01', arrivalDate: '2031-04-05', departureDate: '2031-03-01' },
    TODAY,
  );
  expect(problems.dateOfBirth?.code).toBe('birth_in_future');
  expect(problems.departureDate?.code).toBe('departure_before_arrival');
});

test('a passport expired before the arrival is said as soon as both dates are in', () => {
  const values = { ...typed, dateOfBirth: '1990-05-17', arrivalDate: '2027-04-05', passportExpiry: '2027-01-31' };
  expect(plausibilityProblems(values, TODAY)).toEqual({
    passportExpiry: {
      code: 'passport_expired_before_arrival',
      params: { expiry: '2027-01-31', arrival: '2027-04-05' },
    },
  });
});

test('dates not read yet, and a plausible record, give no plausibility problem', () => {
  expect(plausibilityProblems({ ...typed, dateOfBirth: '17/05/1990' }, TODAY)).toEqual({});
  expect(plausibilityProblems({ ...typed, dateOfBirth: '' }, TODAY)).toEqual({});
  expect(
    validateValues(
      { ...typed, fieldId: '1', dateOfBirth: '1990-05-17', arrivalDate: '2027-04-05', fiscalYear: 2027 },
      TODAY,
    ),
  ).toEqual({});
});
