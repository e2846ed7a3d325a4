// The placeholders a Word template may use, one shared list per kind of record. Staff type them in Word
// as `{name}`; the templates screen lists them with a description in the person's language (the
// descriptions are i18n keys: templates.placeholder.<name>). Dates come in three forms from the same
// date module as the forms: `x` (5 Apr 2027), `x_ja` (2027年4月5日) and `x_era` (令和9年4月5日).
// `doc_number` is the number the generated file takes in the documents register as it is made.

export const RECORD_KINDS = ['trainee'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The trainee's dates, each offered in the three forms. */
export const TRAINEE_DATES = ['date_of_birth', 'arrival_date', 'departure_date', 'passport_expiry', 'today'] as const;

const dated = (name: string) => [name, `${name}_ja`, `${name}_era`];

export const TRAINEE_PLACEHOLDERS: readonly string[] = [
  'ref',
  'full_name',
  'family_name',
  'given_name',
  'native_name',
  'katakana_name',
  'preferred_name',
  'gender_en',
  'gender_ja',
  'country_en',
  'country_ja',
  'home_government',
  'department',
  'position',
  'field_en',
  'field_ja',
  'japanese_level',
  'email',
  'phone',
  'fiscal_year',
  'fiscal_year_ja',
  'status_en',
  'status_ja',
  'staff_name',
  'doc_number',
  'doc_number_ja',
  ...TRAINEE_DATES.flatMap(dated),
];

export const PLACEHOLDERS: Record<RecordKind, readonly string[]> = { trainee: TRAINEE_PLACEHOLDERS };

/** The edit distance of two names (insert, delete, replace one letter), for "did you mean". */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/**
 * The known name nearest to `name` (case, spaces and hyphens aside), or null when none is close enough
 * to be a typing slip: at most a third of the name's letters differ.
 */
export function nearestPlaceholder(name: string, known: readonly string[]): string | null {
  const plain = name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  let best: { name: string; d: number } | null = null;
  for (const candidate of known) {
    const d = distance(plain, candidate);
    if (!best || d < best.d) best = { name: candidate, d };
  }
  if (!best) return null;
  return best.d <= Math.max(1, Math.floor(best.name.length / 3)) ? best.name : null;
}
