// Test helper (fast-check arbitraries, not app code): VALID requests for the dispatch channels, as the
// global dispatch property test needs them, and which of them only read. seedDispatchData gives the
// test's database a little dispatch data to hit: counterpart 1 (Thailand), specialists 1 and 2, and
// three requests — 1 received (TH, FY2027), 2 with specialist 1 matched and the agreement signed
// (VN, FY2027; dispatch 1, not dated yet), 3 dispatched with specialist 2 in April 2026, inside its
// fiscal year (PH, FY2026; dispatch 2). Every move is dated on or before 31 May 2026, and transitions
// here are dated that day, requests are received by then and name fiscal years no more than 20 years
// ahead, so only the data (a state that does not allow the move, a stale version, a double booking …)
// refuses.
import fc from 'fast-check';
import { addDays } from '../../../../shared/placements/dates';
import {
  BULK_REQUEST_STATES,
  REQUEST_SORTS,
  SPECIALIST_SORTS,
  type specialistDispatchContract,
} from '../../../../shared/specialist-dispatch/schema';
import { FIELD_GROUPS } from '../../../../shared/specialist-dispatch/vocabulary';
import { REQUEST_STATES } from '../../../../shared/specialist-dispatch/workflow';
import type { TestCore } from '../../../../tests/support/test-core';
import { HOSTILE, text } from '../../trainees/__tests__/arbitraries';

type Channels = keyof typeof specialistDispatchContract;

export const TRANSITION_DAY = '2026-05-31';

/** A specialist as a person would type it; override any part. */
export function specialistData(overrides: Record<string, unknown> = {}) {
  return {
    nameEn: 'Sato Ken',
    nameJa: '佐藤 健',
    homeGovernment: 'Sendai City',
    prefecture: 4,
    position: 'Water Works Bureau',
    retired: false,
    email: 'sato@city.example.jp',
    phone: null,
    notes: null,
    languages: ['en'],
    fieldIds: [1],
    availability: [] as { start: string; end: string; note?: string | null }[],
    ...overrides,
  };
}

/** A request as a person would type it; override any part. */
export function requestData(overrides: Record<string, unknown> = {}) {
  return {
    fiscalYear: 2027,
    countryCode: 'TH',
    requestingGovernment: 'Chiang Mai Municipality',
    fieldId: 1,
    summary: 'Fire prevention in the old town.',
    wishedStart: null as string | null,
    wishedEnd: null as string | null,
    contactName: null,
    contactEmail: null,
    contactPhone: null,
    receivedOn: '2026-03-10',
    ...overrides,
  };
}

export function seedDispatchData(t: TestCore): void {
  t.ok('specialistDispatch.counterparts.create', {
    data: { countryCode: 'TH', name: 'Department of Local Administration' },
  });
  t.ok('specialistDispatch.specialists.create', {
    data: specialistData({ availability: [{ start: '2026-01-01', end: '2026-12-31' }] }),
  });
  t.ok('specialistDispatch.specialists.create', {
    data: specialistData({
      nameEn: 'Suzuki Hiroshi',
      nameJa: '鈴木 浩',
      homeGovernment: 'Kobe City',
      fieldIds: [2, 3],
    }),
  });
  t.ok('specialistDispatch.requests.create', { data: requestData() });
  const second = t.ok('specialistDispatch.requests.create', {
    data: requestData({
      countryCode: 'VN',
      requestingGovernment: 'Da Nang City',
      fieldId: 4,
      receivedOn: '2026-04-01',
    }),
  }).request.id;
  const third = t.ok('specialistDispatch.requests.create', {
    data: requestData({
      fiscalYear: 2026,
      countryCode: 'PH',
      requestingGovernment: 'Iloilo City',
      receivedOn: '2025-03-15',
    }),
  }).request.id;
  const walk = (id: number, moves: [string, string, Record<string, unknown>?][]) => {
    let version = 1;
    for (const [to, on, extra] of moves) {
      version = t.ok('specialistDispatch.requests.transition', { id, version, to, on, ...extra } as never).request
        .version;
    }
  };
  walk(second, [
    ['under_review', '2026-04-10'],
    ['approved', '2026-04-20'],
    ['specialist_matched', '2026-05-01', { specialistIds: [1] }],
    ['agreement_signed', '2026-05-05'],
  ]);
  walk(third, [
    ['under_review', '2025-05-10'],
    ['approved', '2025-06-10'],
    ['specialist_matched', '2025-09-01', { specialistIds: [2] }],
    ['agreement_signed', '2025-10-01'],
    ['dispatched', '2026-04-10', { start: '2026-04-10', end: '2026-04-30' }],
  ]);
}

const id = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 5 },
  { arbitrary: fc.integer({ min: 1, max: 2 ** 31 }), weight: 1 },
);
const fieldId = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 19 }), weight: 5 },
  { arbitrary: fc.integer({ min: 20, max: 2 ** 31 }), weight: 1 },
);
const version = fc.integer({ min: 1, max: 6 });
const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const day = fc.integer({ min: 0, max: 4 * 366 }).map((n) => addDays('2025-01-01', n));
/** A received date: not after the day before the tests' clock (1 June 2026), as the core requires. */
const receivedDay = fc.integer({ min: 0, max: 515 }).map((n) => addDays('2025-01-01', n));
const period = fc
  .tuple(day, fc.integer({ min: 0, max: 130 }))
  .map(([start, days]) => ({ start, end: addDays(start, days) }));
const email = optional(fc.constantFrom('tanaka@city.example.jp', 'dla@example.go.th', 'a.b@example.org'));
const fiscalYear = fc.oneof(
  { arbitrary: fc.integer({ min: 2025, max: 2028 }), weight: 4 },
  { arbitrary: fc.integer({ min: 1990, max: 2046 }), weight: 1 },
);
const country = fc.constantFrom('BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN', 'IN');
const search = fc.oneof(text(200), fc.constantFrom(...HOSTILE, 'a', 'SD-FY2027', '%', '_', '\\', 'Sato', ''));
const page = { page: fc.integer({ min: 1, max: 5 }), pageSize: fc.integer({ min: 1, max: 500 }) };
const dir = fc.constantFrom('asc', 'desc');

const fieldData = fc.record({
  nameEn: text(120),
  nameJa: text(120),
  group: fc.constantFrom(...FIELD_GROUPS),
  aliases: fc.array(text(120), { maxLength: 4 }),
  active: fc.boolean(),
});

const counterpartData = fc.record(
  {
    countryCode: country,
    name: text(300),
    contactName: optional(text(200)),
    email,
    phone: optional(text(60)),
    address: optional(text(500)),
    notes: optional(text(4000)),
  },
  { requiredKeys: ['countryCode', 'name'] },
);

/** Up to three availability periods, one per year from 2026, so they never overlap. */
const availability = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 200 }), optional(text(200))), {
    maxLength: 3,
  })
  .map((list) =>
    list.map(([offset, days, note], i) => {
      const start = addDays(`${2026 + i}-01-01`, offset);
      return { start, end: addDays(start, days), note };
    }),
  );

const specialist = fc.record({
  nameEn: fc.oneof(text(200), fc.constantFrom('Sato Ken', 'Suzuki Hiroshi')),
  nameJa: optional(text(200)),
  homeGovernment: fc.oneof(text(200), fc.constantFrom('Sendai City', 'Kobe City')),
  prefecture: optional(fc.integer({ min: 1, max: 47 })),
  position: optional(text(200)),
  retired: fc.boolean(),
  email,
  phone: optional(text(60)),
  notes: optional(text(4000)),
  languages: fc.uniqueArray(fc.constantFrom('en', 'th', 'vi', 'ms', 'en-GB', 'fil', 'id'), { maxLength: 4 }),
  fieldIds: fc.uniqueArray(fc.integer({ min: 1, max: 19 }), { maxLength: 5 }),
  availability,
});

const request = fc
  .tuple(
    fc.record({
      fiscalYear,
      countryCode: country,
      counterpartId: fc.constantFrom(undefined, null, 1),
      requestingGovernment: text(200),
      fieldId: fc.integer({ min: 1, max: 19 }),
      summary: text(4000),
      contactName: optional(text(200)),
      contactEmail: email,
      contactPhone: optional(text(60)),
      receivedOn: receivedDay,
    }),
    optional(period),
  )
  .map(([r, wished]) => {
    const { counterpartId, ...rest } = r;
    return {
      ...rest,
      ...(counterpartId === undefined ? {} : { counterpartId }),
      wishedStart: wished?.start ?? null,
      wishedEnd: wished?.end ?? null,
    };
  });

export const dispatchValid: { [C in Channels]: fc.Arbitrary<unknown> } = {
  'specialistDispatch.expertise.list': fc.constant({}),
  'specialistDispatch.expertise.create': fieldData,
  'specialistDispatch.expertise.update': fc.record({ id: fieldId, data: fieldData }),
  'specialistDispatch.counterparts.list': fc.constant({}),
  'specialistDispatch.counterparts.create': fc.record({ data: counterpartData }),
  'specialistDispatch.counterparts.update': fc.record({ id, version, data: counterpartData }),
  'specialistDispatch.specialists.list': fc.record(
    {
      search,
      fieldId: optional(fieldId),
      retired: fc.constantFrom('all', 'serving', 'retired'),
      active: fc.constantFrom('active', 'inactive', 'all'),
      sort: fc.constantFrom(...SPECIALIST_SORTS),
      dir,
      ...page,
    },
    { requiredKeys: [] },
  ),
  'specialistDispatch.specialists.get': fc.record({ id }),
  'specialistDispatch.specialists.create': fc.record(
    { data: specialist, confirm: fc.boolean() },
    { requiredKeys: ['data'] },
  ),
  'specialistDispatch.specialists.update': fc.record({ id, version, data: specialist, confirm: fc.boolean() }),
  'specialistDispatch.specialists.setActive': fc.record({ id, active: fc.boolean() }),
  'specialistDispatch.specialists.bulk.setActive': fc.record({
    selection: fc.oneof(
      fc.record({ ids: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }) }),
      fc.record({
        query: fc.record({ active: fc.constantFrom('active', 'inactive', 'all') }, { requiredKeys: [] }),
        expected: fc.integer({ min: 1, max: 4 }),
      }),
    ),
    active: fc.boolean(),
  }),
  'specialistDispatch.requests.list': fc.record(
    {
      search,
      fiscalYear: optional(fiscalYear),
      state: optional(fc.constantFrom(...REQUEST_STATES)),
      countryCode: optional(country),
      fieldId: optional(fieldId),
      outsideWindow: fc.boolean(),
      sort: fc.constantFrom(...REQUEST_SORTS),
      dir,
      ...page,
    },
    { requiredKeys: [] },
  ),
  'specialistDispatch.requests.get': fc.record({ id }),
  'specialistDispatch.requests.create': fc.record({ data: request }),
  'specialistDispatch.requests.update': fc.record({ id, version, data: request }),
  'specialistDispatch.requests.transition': fc
    .tuple(
      fc.record({
        id,
        version,
        to: fc.constantFrom(...REQUEST_STATES),
        reason: text(2000),
        specialistIds: fc.uniqueArray(id, { minLength: 1, maxLength: 3 }),
        outcome: text(20_000),
        confirm: fc.boolean(),
      }),
      period,
    )
    .map(([r, p]) => ({ ...r, on: TRANSITION_DAY, start: p.start, end: p.end })),
  'specialistDispatch.requests.bulk.transition': fc.record({
    selection: fc.oneof(
      fc.record({ ids: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }) }),
      fc.record({
        query: fc.record({ state: optional(fc.constantFrom(...REQUEST_STATES)) }, { requiredKeys: [] }),
        expected: fc.integer({ min: 1, max: 5 }),
      }),
    ),
    to: fc.constantFrom(...BULK_REQUEST_STATES),
    on: fc.constant(TRANSITION_DAY),
    reason: optional(text(2000)),
  }),
  'specialistDispatch.requests.match': fc.record(
    { id, limit: fc.integer({ min: 1, max: 50 }) },
    { requiredKeys: ['id'] },
  ),
  'specialistDispatch.requests.intake': fc.record({ fiscalYear }),
  'specialistDispatch.dispatches.update': fc
    .tuple(fc.record({ id, version, costNotes: optional(text(2000)), confirm: fc.boolean() }), period)
    .map(([d, p]) => ({ ...d, ...p })),
  'specialistDispatch.dispatch.history': fc
    .tuple(fc.option(fiscalYear, { nil: undefined }), fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }))
    .map(([from, span]) => ({
      ...(from === undefined ? {} : { fromYear: from }),
      ...(from !== undefined && span !== undefined ? { toYear: Math.min(2100, from + span) } : {}),
    })),
};
