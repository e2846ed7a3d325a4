import { afterEach, beforeEach, expect, test } from 'vitest';
import { openTestCore, type TestCore } from '../../../tests/support/test-core';
import { requestData, specialistData } from './__tests__/arbitraries';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const add = (nameEn: string, overrides: Record<string, unknown>) =>
  t.ok('specialistDispatch.specialists.create', {
    data: specialistData({ nameEn, nameJa: null, homeGovernment: `${nameEn} City`, ...overrides }),
  }).specialist.id;

test('suggestions through the channel: field first, then availability and languages, with reasons', () => {
  // Field 4 (water supply) is requested; 5 (sewerage) is in the same group; 17 (education) is not.
  const exact = add('Abe', {
    fieldIds: [4],
    languages: ['en', 'th'],
    availability: [{ start: '2027-07-01', end: '2027-07-31' }],
  });
  const exactBusy = add('Baba', { fieldIds: [4], availability: [{ start: '2027-08-01', end: '2027-08-31' }] });
  const related = add('Chiba', { fieldIds: [5], retired: true });
  const none = add('Doi', { fieldIds: [17] });
  const inactive = add('Endo', { fieldIds: [4] });
  t.ok('specialistDispatch.specialists.setActive', { id: inactive, active: false });
  const id = t.ok('specialistDispatch.requests.create', {
    data: requestData({ fieldId: 4, wishedStart: '2027-07-01', wishedEnd: '2027-07-31' }),
  }).request.id;

  const result = t.ok('specialistDispatch.requests.match', { id });
  expect(result.wished).toEqual({ start: '2027-07-01', end: '2027-07-31' });
  expect(result.considered).toBe(4);
  expect(result.matches.map((m) => m.specialistId)).toEqual([exact, exactBusy, related, none]);
  const [first, second, third] = result.matches;
  expect(first).toMatchObject({
    nameEn: 'Abe',
    homeGovernment: 'Abe City',
    field: 'exact',
    availability: 'full',
    booked: false,
  });
  expect(first?.reasons.map((r) => r.code)).toEqual([
    'field_exact',
    'available_full',
    'speaks_country_language',
    'speaks_english',
  ]);
  expect(first?.reasons[0]?.params).toMatchObject({ field: 'Water Supply and Sewerage', fieldJa: '上下水道' });
  expect(second).toMatchObject({ availability: 'none' });
  expect(third).toMatchObject({ field: 'related', retired: true });
  expect(t.ok('specialistDispatch.requests.match', { id, limit: 2 }).matches).toHaveLength(2);
});

test('no wished period: the fiscal year; dispatched elsewhere then sinks; the request’s own match does not', () => {
  const a = add('Abe', { fieldIds: [1] });
  const b = add('Baba', { fieldIds: [1] });
  const other = t.ok('specialistDispatch.requests.create', {
    data: requestData({ countryCode: 'VN', wishedStart: '2027-05-01', wishedEnd: '2027-05-20' }),
  }).request.id;
  let version = 1;
  const moves: ['under_review' | 'approved' | 'specialist_matched', string, { specialistIds?: number[] }][] = [
    ['under_review', '2026-04-01', {}],
    ['approved', '2026-04-02', {}],
    ['specialist_matched', '2026-04-03', { specialistIds: [a] }],
  ];
  for (const [to, on, extra] of moves) {
    version = t.ok('specialistDispatch.requests.transition', { id: other, version, to, on, ...extra }).request.version;
  }
  const id = t.ok('specialistDispatch.requests.create', { data: requestData() }).request.id;
  const result = t.ok('specialistDispatch.requests.match', { id });
  expect(result.wished).toEqual({ start: '2027-04-01', end: '2028-03-31' });
  expect(result.matches.map((m) => [m.specialistId, m.booked])).toEqual([
    [b, false],
    [a, true],
  ]);
  expect(result.matches[1]?.reasons.map((r) => r.code)).toContain('already_dispatched');
  // For the request that matched Abe, Abe's own dispatch is no booking.
  expect(
    t.ok('specialistDispatch.requests.match', { id: other }).matches.find((m) => m.specialistId === a)?.booked,
  ).toBe(false);
  expect(t.fail('specialistDispatch.requests.match', { id: 999 }).code).toBe('not_found');
});

test('the pool kept between matches follows every change it is read from, and only those', () => {
  const abe = add('Abe', { fieldIds: [4] });
  const id = t.ok('specialistDispatch.requests.create', {
    data: requestData({ fieldId: 4, wishedStart: '2027-07-01', wishedEnd: '2027-07-31' }),
  }).request.id;
  const top = () =>
    t.ok('specialistDispatch.requests.match', { id }).matches.map((m) => [m.nameEn, m.field, m.availability]);
  const stamp = () => t.core.db.get<{ n: number }>({ text: 'SELECT n FROM match_pool_stamp', params: [] })?.n;
  expect(top()).toEqual([['Abe', 'exact', 'unknown']]);

  // A new specialist, an availability, a field and deactivation are each seen at the next match.
  const baba = add('Baba', { fieldIds: [5] });
  expect(top()).toEqual([
    ['Abe', 'exact', 'unknown'],
    ['Baba', 'related', 'unknown'],
  ]);
  const abeNow = t.ok('specialistDispatch.specialists.get', { id: abe }).specialist;
  t.ok('specialistDispatch.specialists.update', {
    id: abe,
    version: abeNow.version,
    data: specialistData({
      nameEn: 'Abe',
      nameJa: null,
      homeGovernment: 'Abe City',
      fieldIds: [17],
      availability: [{ start: '2027-07-01', end: '2027-07-31' }],
    }),
  });
  expect(top()).toEqual([
    ['Baba', 'related', 'unknown'],
    ['Abe', 'none', 'full'],
  ]);
  t.ok('specialistDispatch.specialists.setActive', { id: baba, active: false });
  expect(top()).toEqual([['Abe', 'none', 'full']]);

  // Writes elsewhere (a trainee, another request's move) leave the stamp, and the kept pool, alone.
  const before = stamp();
  const other = t.ok('specialistDispatch.requests.create', { data: requestData({ fieldId: 4 }) }).request;
  t.ok('specialistDispatch.requests.transition', {
    id: other.id,
    version: other.version,
    to: 'under_review',
    on: '2026-05-01',
  });
  expect(stamp()).toBe(before);
  // The request's own wished period is read from the pool's dispatches: changing it moves the stamp.
  const mine = t.ok('specialistDispatch.requests.get', { id }).request;
  t.ok('specialistDispatch.requests.update', {
    id,
    version: mine.version,
    data: requestData({ fieldId: 4, wishedStart: '2027-08-01', wishedEnd: '2027-08-31' }),
  });
  expect(stamp()).toBeGreaterThan(before as number);
  expect(top()).toEqual([['Abe', 'none', 'none']]);
});
