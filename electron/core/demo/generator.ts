// Fictional trainees for the demo dataset and the benchmarks: the same generator serves both,
// seeded so a run is repeatable.
import { addDays, addMonths } from '../../../shared/placements/dates';
import type { TraineeInput } from '../../../shared/trainees/schema';
import { JAPANESE_LEVELS, TRAINEE_STATUSES } from '../../../shared/trainees/schema';
import { NAMES, type NamePart } from './names';

/** A small seeded PRNG (mulberry32): repeatable data without a dependency. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// biome-ignore format: a table reads better packed.
// Weighted like the source's table of accepted trainees (Thailand, Indonesia, Philippines first).
const COUNTRY_WEIGHTS: [string, number][] = [
  ['TH', 47], ['ID', 44], ['PH', 44], ['VN', 33], ['MM', 27], ['MY', 22], ['LA', 9], ['KH', 8],
  ['IN', 6], ['BN', 3], ['TL', 2],
];
const TOTAL_WEIGHT = COUNTRY_WEIGHTS.reduce((s, [, w]) => s + w, 0);
const FAMILY_FIRST = new Set(['VN', 'KH']);
const POSITIONS = ['Officer', 'Senior Officer', 'Section Chief', 'Assistant Director', 'Engineer', 'Planner'];
const DEPARTMENTS = ['Planning Division', 'Environment Office', 'Tourism Bureau', 'Public Works', 'Education Office'];

export interface GenerateOptions {
  count: number;
  seed?: number;
  fieldIds: number[];
  /** Intake years: the last `years` fiscal years ending with `lastFiscalYear`. */
  lastFiscalYear: number;
  years?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

export function generateTrainees(options: GenerateOptions): TraineeInput[] {
  const rnd = random(options.seed ?? 20261127);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const years = options.years ?? 30;
  const out: TraineeInput[] = [];
  for (let i = 0; i < options.count; i++) {
    let roll = rnd() * TOTAL_WEIGHT;
    const country =
      COUNTRY_WEIGHTS.find(([, w]) => {
        roll -= w;
        return roll < 0;
      })?.[0] ?? 'TH';
    const names = NAMES[country] ?? (NAMES.TH as (typeof NAMES)[string]);
    const given = pick(names.given);
    const family: NamePart | null = rnd() < names.single || names.family.length === 0 ? null : pick(names.family);
    // Vietnamese and Khmer names put the family name first, in every script.
    const parts = FAMILY_FIRST.has(country) ? [family, given] : [given, family];
    const fullName = parts
      .map((p) => p?.[0])
      .filter(Boolean)
      .join(' ');
    const native = parts
      .map((p) => p?.[1])
      .filter(Boolean)
      .join(' ');
    const kana = parts
      .map((p) => p?.[2])
      .filter(Boolean)
      .join('・');
    const fiscalYear = options.lastFiscalYear - Math.floor(rnd() * years);
    const arrival = iso(fiscalYear, 4 + Math.floor(rnd() * 6), 1 + Math.floor(rnd() * 28));
    // A stay of 6 to 10 months to the day (the programme's length), ending the day before.
    const months = 6 + Math.floor(rnd() * 5);
    const departure = addDays(addMonths(arrival, months), -1);
    const status = fiscalYear < options.lastFiscalYear ? 'completed' : pick(TRAINEE_STATUSES.slice(0, 5));
    out.push({
      fullName: fullName.normalize('NFC'),
      familyName: family ? family[0] : null,
      givenName: family ? given[0] : null,
      nativeName: native || null,
      katakanaName: kana,
      preferredName: rnd() < 0.2 ? (given[0].split(' ')[0] ?? given[0]) : null,
      gender: rnd() < 0.5 ? 'female' : 'male',
      dateOfBirth: iso(
        fiscalYear - 25 - Math.floor(rnd() * 20),
        1 + Math.floor(rnd() * 12),
        1 + Math.floor(rnd() * 28),
      ),
      country,
      homeGovernment: pick(names.cities),
      department: pick(DEPARTMENTS),
      position: pick(POSITIONS),
      fieldId: pick(options.fieldIds),
      japaneseLevel: pick(JAPANESE_LEVELS),
      email: `trainee${i + 1}@example.org`,
      phone: `+65 6000 ${String(i % 10000).padStart(4, '0')}`,
      emergencyContactName: null,
      emergencyContactRelation: null,
      emergencyContactPhone: null,
      // Fictional, unique: D for demo, then a sequence.
      passportNumber: `D${String(options.seed ?? 0).slice(-3)}${String(i + 1).padStart(7, '0')}`,
      passportExpiry: iso(fiscalYear + 6, 1 + Math.floor(rnd() * 12), 1),
      residenceCardNumber: null,
      residenceCardExpiry: null,
      arrivalDate: arrival,
      departureDate: departure,
      fiscalYear,
      status,
      notes: null,
    });
  }
  return out;
}
