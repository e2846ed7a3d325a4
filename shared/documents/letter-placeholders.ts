// The placeholders a letter's wording may use, per kind of record it is about. Trainee letters take the
// Word templates' trainee placeholders (shared/templates/placeholders.ts) and the letter's own; dispatch
// letters a list of their own, from what a request and a dispatch record. Dates come in three forms:
// `x` (5 Apr 2027), `x_ja` (2027年4月5日) and `x_era` (令和9年4月5日).
import { TRAINEE_PLACEHOLDERS } from '../templates/placeholders';
import { LETTER_RECORD, type LetterKind } from './letters';

export type LetterRecord = (typeof LETTER_RECORD)[LetterKind];

const dated = (name: string) => [name, `${name}_ja`, `${name}_era`];

/** Every letter has its number (in its own language) and the date it was issued. */
export const LETTER_OWN_PLACEHOLDERS: readonly string[] = ['doc_number', ...dated('issued_on')];

/** The dates each dispatch record offers, in the three forms. */
export const REQUEST_DATES = ['received_on', 'wished_start', 'wished_end'] as const;
export const DISPATCH_DATES = ['dispatch_start', 'dispatch_end'] as const;

const REQUEST_PLACEHOLDERS = [
  'request_reference',
  'requesting_government',
  'country_en',
  'country_ja',
  'counterpart_name',
  'field_en',
  'field_ja',
  'request_summary',
  'fiscal_year',
  'fiscal_year_ja',
  'staff_name',
  ...REQUEST_DATES.flatMap(dated),
];

export const LETTER_PLACEHOLDERS: Record<LetterRecord, readonly string[]> = {
  // The Word templates' list has doc_number too (a merged file's number): named once here.
  trainee: [
    ...new Set([
      ...TRAINEE_PLACEHOLDERS,
      'host_name_en',
      'host_name_ja',
      ...dated('placement_start'),
      ...dated('placement_end'),
      ...LETTER_OWN_PLACEHOLDERS,
    ]),
  ],
  dispatchRequest: [...REQUEST_PLACEHOLDERS, ...LETTER_OWN_PLACEHOLDERS],
  dispatch: [
    ...REQUEST_PLACEHOLDERS,
    'specialist_name_en',
    'specialist_name_ja',
    'specialist_government',
    'specialist_position',
    ...DISPATCH_DATES.flatMap(dated),
    ...LETTER_OWN_PLACEHOLDERS,
  ],
};

/** The placeholders a kind's wording may use. */
export const letterPlaceholders = (kind: LetterKind): readonly string[] => LETTER_PLACEHOLDERS[LETTER_RECORD[kind]];

/** The names inside `{…}` in a text, in order, each once. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? ''))];
}

/** The text with each known `{name}` replaced by its value; anything else is left as written. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{([^{}]*)\}/g, (tag, name: string) => values[name] ?? tag);
}
