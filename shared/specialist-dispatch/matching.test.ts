import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  fieldRelations,
  languageKey,
  MATCH_POINTS,
  type MatchField,
  type MatchRequest,
  rankSpecialists,
  type SpecialistFacts,
} from './matching';
import { SEED_FIELDS } from './vocabulary';

// The seed vocabulary as the database would hold it (ids 1…), plus a field the seed does not know.
const FIELDS: MatchField[] = [
  ...SEED_FIELDS.map((f, i) => ({ id: i + 1, nameEn: f.nameEn, nameJa: f.nameJa })),
  { id: 90, nameEn: 'Public Works', nameJa: '公共事業' },
  { id: 91, nameEn: 'Fire Prevention Inspection', nameJa: '予防査察' },
];
const id = (name: string) => (FIELDS.find((f) => f.nameEn === name) as MatchField).id;
const FIRE = id('Fire and Disaster Prevention');
const FIREFIGHTING = id('Firefighting and Rescue');
const WATER = id('Water Supply and Sewerage');
const WASTE = id('Solid Waste Management');
const TOURISM = id('Tourism Promotion');
const JAPANESE = id('Japanese Language');

const REQUEST: MatchRequest = {
  id: 1,
  fieldId: FIRE,
  countryCode: 'VN',
  wished: { start: '2026-08-01', end: '2026-08-31' },
};

function specialist(id: number, over: Partial<SpecialistFacts> = {}): SpecialistFacts {
  return {
    id,
    nameEn: `Specialist ${String(id).padStart(4, '0')}`,
    fieldIds: [],
    languages: [],
    retired: false,
    availability: [],
    dispatches: [],
    ...over,
  };
}

const rank = (specialists: SpecialistFacts[], request: MatchRequest = REQUEST, limit = 10) =>
  rankSpecialists(request, specialists, { fields: FIELDS, limit });
const codes = (m: { reasons: { code: string }[] }) => m.reasons.map((r) => r.code);

describe('field relations', () => {
  test('same seed group, related groups, shared words; unrelated otherwise', () => {
    const fire = fieldRelations(FIRE, FIELDS);
    expect(fire.get(FIRE)).toBe('exact');
    expect(fire.get(FIREFIGHTING)).toBe('related'); // same group (safety)
    expect(fire.get(id('Disaster Management and Prevention'))).toBe('related');
    expect(fire.get(id('Urban Planning'))).toBe('related'); // related groups
    expect(fire.get(91)).toBe('related'); // not in the seed: shares "fire" with the request
    expect(fire.get(WATER)).toBeUndefined();
    expect(fire.get(TOURISM)).toBeUndefined();
    const water = fieldRelations(WATER, FIELDS);
    expect(water.get(id('Sewerage Management'))).toBe('related');
    expect(water.get(WASTE)).toBe('related'); // water ~ environment
    expect(water.get(90)).toBeUndefined();
    expect(fieldRelations(JAPANESE, FIELDS).get(id('Education'))).toBe('related');
  });

  test('an unknown requested field only matches itself', () => {
    expect([...fieldRelations(999, FIELDS)]).toEqual([[999, 'exact']]);
  });
});

describe('ranking', () => {
  test('the points keep their promises', () => {
    const P = MATCH_POINTS;
    const best =
      P.field_exact + P.available_full + P.speaks_country_language + P.speaks_english + P.dispatched_to_country;
    // A booked specialist sinks below every free one, however good otherwise.
    expect(best + P.dispatched_in_field + P.already_dispatched).toBeLessThan(P.unavailable);
    // A partial overlap never beats a full one; a field step outweighs the whole availability range.
    expect(P.available_partial_max).toBeLessThan(P.available_full);
    expect(P.field_exact - P.field_related).toBeGreaterThan(P.available_full - P.unavailable);
    expect(P.field_related - P.field_none).toBeGreaterThan(P.available_full - P.unavailable);
  });

  test('field first: exact, then related, then none', () => {
    const result = rank([
      specialist(1, { fieldIds: [TOURISM] }),
      specialist(2, { fieldIds: [FIREFIGHTING] }),
      specialist(3, { fieldIds: [WATER, FIRE] }),
    ]);
    expect(result.map((m) => [m.specialistId, m.field, m.score])).toEqual([
      [3, 'exact', 120],
      [2, 'related', 60],
      [1, 'none', 0],
    ]);
    expect(result[0]?.reasons[0]).toEqual({
      code: 'field_exact',
      params: { fieldId: FIRE, field: 'Fire and Disaster Prevention', fieldJa: '消防・防災' },
      points: 120,
    });
    expect(result[1]?.reasons[0]).toEqual({
      code: 'field_related',
      params: {
        fieldId: FIREFIGHTING,
        field: 'Firefighting and Rescue',
        fieldJa: '消防・救助',
        requestedField: 'Fire and Disaster Prevention',
        requestedFieldJa: '消防・防災',
      },
      points: 60,
    });
    expect(result[2]?.reasons[0]?.code).toBe('field_none');
  });

  test('availability: full, partial in proportion to the days, none, unknown', () => {
    const result = rank([
      specialist(1, { fieldIds: [FIRE], availability: [{ start: '2026-07-01', end: '2026-12-31' }] }),
      specialist(2, { fieldIds: [FIRE], availability: [{ start: '2026-08-16', end: '2026-12-31' }] }),
      specialist(3, { fieldIds: [FIRE], availability: [{ start: '2026-10-01', end: '2026-12-31' }] }),
      specialist(4, { fieldIds: [FIRE] }),
    ]);
    expect(result.map((m) => [m.specialistId, m.availability, m.overlapDays, m.score])).toEqual([
      [1, 'full', 31, 160],
      [2, 'partial', 16, 120 + Math.floor((29 * 16) / 31)],
      [4, 'unknown', 0, 120],
      [3, 'none', 0, 110],
    ]);
    expect(result[1]?.reasons.find((r) => r.code === 'available_partial')?.params).toEqual({
      start: '2026-08-01',
      end: '2026-08-31',
      days: 16,
      wishedDays: 31,
    });
    expect(codes(result[2] as never)).toContain('availability_unknown');
    expect(codes(result[3] as never)).toContain('unavailable');
  });

  test('a specialist away on another dispatch then sinks below everyone free', () => {
    const away = { requestId: 2, start: '2026-08-31', end: '2026-09-15', countryCode: 'TH', fieldId: FIRE };
    const result = rank([
      specialist(1, {
        fieldIds: [FIRE],
        availability: [{ start: '2026-08-01', end: '2026-08-31' }],
        dispatches: [away],
      }),
      specialist(2, { fieldIds: [TOURISM] }),
    ]);
    expect(result.map((m) => [m.specialistId, m.booked])).toEqual([
      [2, false],
      [1, true],
    ]);
    expect(result[1]?.reasons[0]).toEqual({
      code: 'already_dispatched',
      params: { start: '2026-08-31', end: '2026-09-15', country: 'TH' },
      points: -1000,
    });
  });

  test("the request's own dispatch neither books the specialist nor counts as experience", () => {
    const own = { requestId: 1, start: '2026-08-05', end: '2026-08-20', countryCode: 'VN', fieldId: FIRE };
    const [m] = rank([specialist(1, { fieldIds: [FIRE], dispatches: [own] })]);
    expect(m?.booked).toBe(false);
    expect(m?.score).toBe(120);
  });

  test('languages: the country language and English are each a plus', () => {
    const result = rank([
      specialist(1, { fieldIds: [FIRE], languages: ['ja'] }),
      specialist(2, { fieldIds: [FIRE], languages: ['ja', 'en-GB'] }),
      specialist(3, { fieldIds: [FIRE], languages: ['VI', 'en'] }),
      specialist(4, { fieldIds: [FIRE], languages: ['vi'] }),
    ]);
    expect(result.map((m) => [m.specialistId, m.score])).toEqual([
      [3, 145],
      [4, 135],
      [2, 130],
      [1, 120],
    ]);
    expect(result[0]?.reasons.find((r) => r.code === 'speaks_country_language')?.params).toEqual({ language: 'vi' });
    // A request may name its own local language (India's vary by state).
    const gujarati = rank([specialist(1, { languages: ['gu'] })], { ...REQUEST, countryCode: 'IN', languages: ['gu'] });
    expect(codes(gujarati[0] as never)).toContain('speaks_country_language');
    // English is never counted twice, even where it is a local language.
    const ph = rank([specialist(1, { languages: ['en'] })], {
      ...REQUEST,
      countryCode: 'PH',
      languages: ['en', 'fil'],
    });
    expect(ph[0]?.score).toBe(10);
    expect(languageKey('tl')).toBe('fil');
  });

  test('past dispatches to the country and in the field, counted; retirees suggested like anyone', () => {
    const past = [
      { requestId: 5, start: '2024-08-01', end: '2024-08-20', countryCode: 'VN', fieldId: FIRE },
      { requestId: 6, start: '2025-08-01', end: '2025-08-20', countryCode: 'VN', fieldId: WATER },
      // After the wished period: neither experience nor a booking.
      { requestId: 7, start: '2026-10-01', end: '2026-10-20', countryCode: 'VN', fieldId: FIRE },
    ];
    const [m] = rank([specialist(1, { fieldIds: [FIRE], dispatches: past, retired: true })]);
    expect(m?.score).toBe(140);
    expect(m?.booked).toBe(false);
    expect(m?.reasons.find((r) => r.code === 'dispatched_to_country')?.params).toEqual({ country: 'VN', count: 2 });
    expect(m?.reasons.find((r) => r.code === 'dispatched_in_field')?.params).toMatchObject({ count: 1 });
    expect(m?.reasons.at(-1)).toEqual({ code: 'retiree', points: 0 });
  });

  test('ties by name key, then id; limit honoured; empty input', () => {
    const result = rank(
      [
        specialist(3, { nameEn: 'Sato Kenji' }),
        specialist(1, { nameEn: 'Suzuki Hana' }),
        specialist(2, { nameEn: 'sato kenji' }),
        specialist(4, { nameEn: 'Abe Ryo', nameKey: 'zzz' }),
      ],
      REQUEST,
      3,
    );
    expect(result.map((m) => m.specialistId)).toEqual([2, 3, 1]);
    expect(rank([])).toEqual([]);
    expect(rank([specialist(1)], REQUEST, 0)).toEqual([]);
  });
});

describe('properties', () => {
  const date = fc
    .integer({ min: 0, max: 730 })
    .map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
  const period = fc.tuple(date, date).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }));
  const fieldId = fc.constantFrom(...FIELDS.map((f) => f.id));
  const facts = fc.record({
    nameEn: fc.constantFrom('Sato', 'Suzuki', 'Abe', 'Tanaka', 'Ito'),
    fieldIds: fc.array(fieldId, { maxLength: 3 }),
    languages: fc.subarray(['en', 'th', 'vi', 'ja', 'ms']),
    retired: fc.boolean(),
    availability: fc.array(period, { maxLength: 3 }),
    dispatches: fc.array(
      fc.record({
        requestId: fc.integer({ min: 1, max: 4 }),
        start: date,
        end: date,
        countryCode: fc.constantFrom('TH', 'VN', 'MY'),
        fieldId,
      }),
      { maxLength: 3 },
    ),
  });
  const pool = fc.array(facts, { maxLength: 40 }).map((list) => list.map((f, i) => ({ ...f, id: i + 1 })));
  const request = fc.record({
    id: fc.integer({ min: 1, max: 4 }),
    fieldId,
    countryCode: fc.constantFrom('TH', 'VN', 'MY'),
    wished: period,
  });

  test('the top N in a total order, the score is the sum of the reasons, any input order', () => {
    fc.assert(
      fc.property(request, pool, fc.integer({ min: 1, max: 12 }), fc.integer(), (req, specialists, limit, seed) => {
        const result = rankSpecialists(req, specialists, { fields: FIELDS, limit });
        expect(result.length).toBe(Math.min(limit, specialists.length));
        for (const m of result) expect(m.score).toBe(m.reasons.reduce((sum, r) => sum + r.points, 0));
        for (let i = 1; i < result.length; i++) {
          expect((result[i - 1] as { score: number }).score).toBeGreaterThanOrEqual(
            (result[i] as { score: number }).score,
          );
        }
        // Nobody left out scores higher than the last one shown.
        const all = rankSpecialists(req, specialists, { fields: FIELDS, limit: specialists.length });
        const last = result.at(-1);
        if (last) expect(all.slice(result.length).every((m) => m.score <= last.score)).toBe(true);
        expect(all.slice(0, result.length)).toEqual(result);
        // A booked specialist never comes above a free one.
        const firstBooked = all.findIndex((m) => m.booked);
        if (firstBooked >= 0) expect(all.slice(firstBooked).every((m) => m.booked)).toBe(true);
        // Shuffled input, same answer.
        const shuffled = [...specialists].sort((a, b) => ((a.id * 7919 + seed) % 101) - ((b.id * 7919 + seed) % 101));
        expect(rankSpecialists(req, shuffled, { fields: FIELDS, limit })).toEqual(result);
      }),
    );
  });
});

describe('speed', () => {
  test('5,000 specialists are ranked correctly (the timing is a benchmark, not a test)', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      specialist(i + 1, {
        fieldIds: [FIELDS[i % FIELDS.length]?.id as number],
        languages: i % 3 === 0 ? ['en', 'vi'] : ['ja'],
        availability: [{ start: '2026-07-01', end: i % 2 === 0 ? '2026-12-31' : '2026-08-15' }],
      }),
    );
    const result = rank(many, REQUEST, 5);
    expect(result).toHaveLength(5);
    expect(result.every((m) => m.field === 'exact' && m.availability === 'full' && m.score === 185)).toBe(true);
    expect(result.map((m) => m.specialistId)).toEqual([...result.map((m) => m.specialistId)].sort((a, b) => a - b));
  });
});
