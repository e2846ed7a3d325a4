// What the specialist form holds ↔ what the contract takes. Availability rows carry a stable key, as
// rows can be removed from the middle.
import type { Specialist } from '../../../../shared/specialist-dispatch/schema';

export interface AvailabilityValues {
  key: string;
  start: string | null;
  end: string | null;
  note: string;
}

/** A type, not an interface: the form kit compares it as a record of fields. */
export type SpecialistValues = {
  nameEn: string;
  nameJa: string;
  homeGovernment: string;
  prefecture: string | null;
  position: string;
  retired: boolean;
  email: string;
  phone: string;
  notes: string;
  languages: string[];
  fieldIds: string[];
  availability: AvailabilityValues[];
};

let nextKey = 0;
export function newPeriod(p: { start?: string | null; end?: string | null; note?: string | null } = {}) {
  nextKey += 1;
  return { key: `a${nextKey}`, start: p.start ?? null, end: p.end ?? null, note: p.note ?? '' };
}

export function emptySpecialist(): SpecialistValues {
  return {
    nameEn: '',
    nameJa: '',
    homeGovernment: '',
    prefecture: null,
    position: '',
    retired: false,
    email: '',
    phone: '',
    notes: '',
    languages: [],
    fieldIds: [],
    availability: [],
  };
}

export function specialistValues(s: Specialist): SpecialistValues {
  return {
    nameEn: s.nameEn,
    nameJa: s.nameJa ?? '',
    homeGovernment: s.homeGovernment,
    prefecture: s.prefecture === null ? null : String(s.prefecture),
    position: s.position ?? '',
    retired: s.retired,
    email: s.email ?? '',
    phone: s.phone ?? '',
    notes: s.notes ?? '',
    languages: [...s.languages],
    fieldIds: s.fieldIds.map(String),
    availability: s.availability.map((a) => newPeriod(a)),
  };
}

export function specialistInput(v: SpecialistValues): Record<string, unknown> {
  return {
    nameEn: v.nameEn,
    nameJa: v.nameJa,
    homeGovernment: v.homeGovernment,
    prefecture: v.prefecture ? Number(v.prefecture) : null,
    position: v.position,
    retired: v.retired,
    email: v.email,
    phone: v.phone,
    notes: v.notes,
    // Tags as staff type them ("TH", " en", "en,vi") read as the codes the contract takes.
    languages: v.languages
      .flatMap((l) => l.split(/[\s,、]+/))
      .filter(Boolean)
      .map((l) => l.replace(/^([A-Za-z]{2,3})/, (m) => m.toLowerCase())),
    fieldIds: v.fieldIds.map(Number),
    availability: v.availability.map((a) => ({ start: a.start ?? '', end: a.end ?? '', note: a.note })),
  };
}

export const SPECIALIST_ORDER = (v: SpecialistValues) => [
  'nameEn',
  'nameJa',
  'homeGovernment',
  'prefecture',
  'position',
  'languages',
  'fieldIds',
  ...v.availability.flatMap((_, i) => [`availability.${i}.start`, `availability.${i}.end`, `availability.${i}.note`]),
  'email',
  'phone',
  'notes',
];

export const specialistInputId = (key: string) => `specialist-${key.replaceAll('.', '-')}`;

/** The values with availability rows as plain periods: compared and kept without their row keys. */
export type PlainSpecialist = Omit<SpecialistValues, 'availability'> & {
  availability: Omit<AvailabilityValues, 'key'>[];
};

export const withoutKeys = (v: SpecialistValues): PlainSpecialist => ({
  ...v,
  availability: v.availability.map(({ start, end, note }) => ({ start, end, note })),
});

export const withPeriodKeys = (v: PlainSpecialist): SpecialistValues => ({
  ...v,
  availability: v.availability.map((a) => newPeriod(a)),
});
