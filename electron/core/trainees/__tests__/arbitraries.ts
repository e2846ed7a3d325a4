// Test helper (fast-check arbitraries, not app code): VALID trainee inputs as a person or an API client
// could send them, with names in many scripts and hostile-looking text, and the record the core should
// store for each. Dates are coherent and plausible and expiries fall after departure, so only a
// duplicate name and birth date (or passport) can stop a save.
import fc from 'fast-check';
import { fiscalYearOf } from '../../../../shared/fiscal-year';
import { addDays, addMonths } from '../../../../shared/placements/dates';
import { cleanText } from '../../../../shared/schema-helpers';
import type { Trainee, TraineeInputRaw } from '../../../../shared/trainees/schema';
import { GENDERS, JAPANESE_LEVELS, TRAINEE_STATUSES } from '../../../../shared/trainees/schema';

/** Text that must be stored as text: SQL, markup, template and search-syntax fragments. */
export const HOSTILE = [
  "'; DROP TABLE trainees; --",
  '<script>alert(1)</script>',
  '" OR 1=1 --',
  "Robert'); DELETE FROM audit_log; --",
  '%_\\',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template fragment that must stay plain text.
  '${process.exit(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  'NEAR(a b) AND c* OR "d"',
  '__proto__',
  '../../etc/passwd',
  'a\u0000b',
  '\u202Eevil\u202C',
] as const;

const WORDS = [
  'Nguyễn Thị Lan',
  'Đặng Văn Đức',
  'สมชาย ศรีสุข',
  'พิมพ์ชนก',
  'Juan dela Cruz',
  'Aung',
  'အောင်ဆန်း',
  'សុខ ចាន់',
  'ສົມພອນ',
  'सुनील कुमार',
  'Siti Nurhaliza binti Tarudin',
  "O'Brien-Smith",
  'Ｆｕｌｌ　Ｗｉｄｔｈ',
  'ソムチャイ',
  'Zoë 🙂',
] as const;

/** Free text up to `max` UTF-16 units, already trimmed and non-empty (so parsing leaves it as it is). */
export function text(max: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.constantFrom(...WORDS),
      fc.constantFrom(...HOSTILE),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
      fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...HOSTILE)).map(([a, b]) => `${a} ${b}`),
    )
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= max);
}

const KATAKANA = [
  ...'アイウエオカキクケコガギグゲゴサシスセソタチツテトナニヌネノハヒフヘホパピプペポマミムメモヤユヨラリルレロワンヴッャュョー',
];
export const katakana = fc
  .array(fc.array(fc.constantFrom(...KATAKANA), { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 3 })
  .map((words) => words.map((w) => w.join('')).join('・'));

/**
 * Birth, arrival, departure and expiry dates that satisfy every rule and raise no warning
 * (shared/trainees/plausibility.ts) with the tests' clock (1 June 2026): aged 20 to 66 on arrival (or
 * on that day without one), a stay of 6 to 9 months and some days, documents valid past the departure,
 * every date no later than 2046, and the intake fiscal year that of the arrival.
 */
const dates = fc
  .record({
    arrival: fc.integer({ min: 0, max: 16_500 }),
    age: fc.integer({ min: 0, max: 17_000 }),
    months: fc.integer({ min: 6, max: 9 }),
    days: fc.integer({ min: 0, max: 27 }),
    passportAfter: fc.integer({ min: 0, max: 3_000 }),
    cardAfter: fc.integer({ min: 0, max: 3_000 }),
    travel: fc.boolean(),
    fiscalYear: fc.integer({ min: 1990, max: 2046 }),
  })
  .map((d) => {
    const arrivalDate = addDays('1990-04-01', d.arrival);
    const departureDate = addDays(addMonths(arrivalDate, d.months), d.days);
    // 20 years (7,305 days) and up to 46 more before the arrival, or before 1 May 2026 without one.
    const dateOfBirth = addDays(d.travel ? arrivalDate : '2026-05-01', -7_305 - d.age);
    return {
      dateOfBirth,
      arrivalDate: d.travel ? arrivalDate : null,
      departureDate: d.travel ? departureDate : null,
      passportExpiry: addDays(departureDate, d.passportAfter),
      residenceCardExpiry: addDays(departureDate, d.cardAfter),
      fiscalYear: d.travel ? fiscalYearOf(arrivalDate) : d.fiscalYear,
    };
  });

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

export const email = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9]{1,12}$/),
    fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/),
    fc.stringMatching(/^[a-z]{2,6}$/),
  )
  .map(([user, domain, tld]) => `${user}@${domain}.${tld}`);
export const phone = fc.stringMatching(/^\+[0-9]{1,3} [0-9]{3,12}$/);
export const passport = fc.stringMatching(/^[A-Za-z0-9]{5,20}$/);

/** A valid TraineeInput as sent over the contract. Country codes and field ids are the seeded ones. */
export const traineeInput: fc.Arbitrary<TraineeInputRaw> = fc
  .record({
    fullName: text(200),
    familyName: optional(text(120)),
    givenName: optional(text(120)),
    nativeName: optional(text(200)),
    katakanaName: optional(katakana),
    preferredName: optional(text(120)),
    gender: fc.constantFrom(...GENDERS),
    country: fc.constantFrom('BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN', 'IN'),
    homeGovernment: text(200),
    department: optional(text(200)),
    position: optional(text(200)),
    fieldId: fc.integer({ min: 1, max: 6 }),
    japaneseLevel: fc.constantFrom(...JAPANESE_LEVELS),
    email: optional(email),
    phone: optional(phone),
    emergencyContactName: optional(text(200)),
    emergencyContactRelation: optional(text(80)),
    emergencyContactPhone: optional(phone),
    passportNumber: optional(passport),
    residenceCardNumber: optional(fc.stringMatching(/^[A-Za-z0-9]{8,12}$/)),
    status: fc.constantFrom(...TRAINEE_STATUSES),
    notes: optional(text(10_000)),
    dates,
  })
  .map(({ dates: d, ...rest }) => ({ ...rest, ...d }));

type Stored = Omit<Trainee, 'id' | 'ref' | 'hasPhoto' | 'archived' | 'isDemo' | 'version' | 'createdAt' | 'updatedAt'>;

/** What the core must store for `input`: text trimmed, blanks as null, document numbers upper-cased. */
export function expectedRecord(input: TraineeInputRaw): Stored {
  // Text as the schema stores it: cleaned of what no one can see (cleanText), then trimmed.
  const s = (v: string | null | undefined) => (v == null ? null : cleanText(v).trim() || null);
  return {
    fullName: cleanText(input.fullName).trim(),
    familyName: s(input.familyName),
    givenName: s(input.givenName),
    nativeName: s(input.nativeName),
    katakanaName: s(input.katakanaName),
    preferredName: s(input.preferredName),
    gender: input.gender,
    dateOfBirth: input.dateOfBirth,
    country: input.country,
    homeGovernment: cleanText(input.homeGovernment).trim(),
    department: s(input.department),
    position: s(input.position),
    fieldId: input.fieldId,
    japaneseLevel: input.japaneseLevel ?? 'none',
    email: s(input.email),
    phone: s(input.phone),
    emergencyContactName: s(input.emergencyContactName),
    emergencyContactRelation: s(input.emergencyContactRelation),
    emergencyContactPhone: s(input.emergencyContactPhone),
    passportNumber: s(input.passportNumber)?.toUpperCase() ?? null,
    passportExpiry: input.passportExpiry || null,
    residenceCardNumber: s(input.residenceCardNumber)?.toUpperCase() ?? null,
    residenceCardExpiry: input.residenceCardExpiry || null,
    arrivalDate: input.arrivalDate || null,
    departureDate: input.departureDate || null,
    fiscalYear: input.fiscalYear,
    status: input.status ?? 'applicant',
    notes: s(input.notes),
  };
}

/** The free-text fields of a trainee (no pattern to meet), where any text must be stored exactly. */
export const FREE_TEXT_FIELDS = [
  ['fullName', 200],
  ['familyName', 120],
  ['givenName', 120],
  ['nativeName', 200],
  ['preferredName', 120],
  ['homeGovernment', 200],
  ['department', 200],
  ['position', 200],
  ['emergencyContactName', 200],
  ['emergencyContactRelation', 80],
  ['notes', 10_000],
] as const;

/** A bulk action's trainees: a few ids, or a list's filters with the count the person saw. */
export const traineeSelection = fc.oneof(
  fc.record({ ids: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 }) }),
  fc.record({
    query: fc.record(
      {
        search: fc.constantFrom('', 'a', 'Aung'),
        status: fc.constantFrom(...TRAINEE_STATUSES),
        archived: fc.constantFrom('active', 'archived', 'all'),
      },
      { requiredKeys: [] },
    ),
    expected: fc.integer({ min: 1, max: 12 }),
  }),
);
