// The plausibility of the Specialist Dispatch Project's dates, case by case.
import { describe, expect, test } from 'vitest';
import type { Finding } from '../plausibility';
import {
  availabilityFindings,
  dispatchDateFindings,
  type RequestDates,
  requestFindings,
  transitionDateFindings,
} from './plausibility';

const TODAY = '2026-06-01';
const summary = (findings: Finding[]) =>
  findings.map((f) => (f.kind === 'refuse' ? `refuse ${f.path} ${f.code}` : `warn ${f.code}`));

test('availability periods: each end within 1900 … today + 20 years', () => {
  expect(
    summary(
      availabilityFindings(
        [
          { start: '2026-07-01', end: '2026-09-30' },
          { start: '1899-01-01', end: '2050-01-01' },
        ],
        TODAY,
      ),
    ),
  ).toEqual(['refuse data.availability.1.start date_before_1900', 'refuse data.availability.1.end date_too_far_ahead']);
});

describe('requests', () => {
  const REQUEST: RequestDates = { fiscalYear: 2027, receivedOn: '2026-03-10', wishedStart: null, wishedEnd: null };
  test.each<[string, Partial<RequestDates>, string[]]>([
    ['a request in its window, no wished period', {}, []],
    ['a wished period inside the fiscal year', { wishedStart: '2027-07-01', wishedEnd: '2027-07-31' }, []],
    ['received today', { receivedOn: TODAY }, []],
    ['received tomorrow', { receivedOn: '2026-06-02' }, ['refuse data.receivedOn received_in_future']],
    ['received before 1900', { receivedOn: '1899-03-10' }, ['refuse data.receivedOn date_before_1900']],
    [
      'a wished end far ahead',
      { wishedStart: '2027-07-01', wishedEnd: '2050-07-31' },
      ['refuse data.wishedEnd date_too_far_ahead'],
    ],
    [
      'a fiscal year more than 20 years ahead',
      { fiscalYear: 2047 },
      ['refuse data.fiscalYear fiscal_year_too_far_ahead'],
    ],
    [
      'a wished period before the request came',
      { fiscalYear: 2026, receivedOn: '2026-05-01', wishedStart: '2026-04-15', wishedEnd: '2026-05-15' },
      ['warn wished_before_received'],
    ],
    [
      'a wished period in the year before the request’s',
      { wishedStart: '2026-09-01', wishedEnd: '2026-09-30' },
      ['warn wished_outside_fiscal_year'],
    ],
    [
      'a wished period running past the year',
      { wishedStart: '2028-03-01', wishedEnd: '2028-04-30' },
      ['warn wished_outside_fiscal_year'],
    ],
    ['only a wished start, outside the year', { wishedStart: '2028-05-01' }, ['warn wished_outside_fiscal_year']],
  ])('%s', (_, over, expected) => {
    expect(summary(requestFindings({ ...REQUEST, ...over }, TODAY))).toEqual(expected);
  });

  test('the wished period warning names the period and the year', () => {
    expect(requestFindings({ ...REQUEST, wishedStart: '2026-09-01', wishedEnd: '2026-09-30' }, TODAY)).toEqual([
      {
        kind: 'warn',
        code: 'wished_outside_fiscal_year',
        params: {
          wishedStart: '2026-09-01',
          wishedEnd: '2026-09-30',
          fiscalYear: 2027,
          start: '2027-04-01',
          end: '2028-03-31',
        },
      },
    ]);
  });
});

test.each([
  ['2026-05-31', []],
  ['2026-06-01', []],
  ['2026-06-02', ['warn transition_in_future']],
  ['1899-01-01', ['refuse on date_before_1900']],
  ['2047-01-01', ['refuse on date_too_far_ahead']],
])('a move dated %s → %o', (on, expected) => {
  expect(summary(transitionDateFindings(on, TODAY))).toEqual(expected);
});

describe('dispatch dates', () => {
  const request = { receivedOn: '2026-03-10', fiscalYear: 2027 };
  test.each([
    ['2027-07-01', '2027-07-20', []],
    ['2027-04-01', '2028-03-31', []],
    ['2026-03-10', '2026-03-20', ['warn dispatch_outside_fiscal_year']],
    ['2026-03-09', '2026-03-20', ['refuse start dispatch_before_received']],
    ['2028-03-20', '2028-04-10', ['warn dispatch_outside_fiscal_year']],
    ['1899-07-01', '2027-07-20', ['refuse start date_before_1900']],
    ['2027-07-01', '2047-07-20', ['refuse end date_too_far_ahead']],
  ])('%s to %s → %o', (start, end, expected) => {
    expect(summary(dispatchDateFindings({ start, end }, request, TODAY))).toEqual(expected);
  });

  test('the fiscal year warning names the dispatch and the year', () => {
    expect(dispatchDateFindings({ start: '2026-09-01', end: '2026-12-31' }, request, TODAY)).toEqual([
      {
        kind: 'warn',
        code: 'dispatch_outside_fiscal_year',
        params: {
          start: '2026-09-01',
          end: '2026-12-31',
          fiscalYear: 2027,
          fyStart: '2027-04-01',
          fyEnd: '2028-03-31',
        },
      },
    ]);
  });
});
