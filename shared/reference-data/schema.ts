// The shapes of a reference-data import: rows exactly as read, findings for a person to decide on,
// decisions, and the historical facts of the accepted-trainee table. Zod schemas so the contract that
// carries them later validates them like every other payload; the checking modules are pure.
import { z } from 'zod';
import { TextEncoding } from '../text/encodings';

export const REFERENCE_FILES = ['counterparts', 'dispatch_projects', 'accepted_trainees'] as const;
export const ReferenceFile = z.enum(REFERENCE_FILES);
export type ReferenceFile = z.infer<typeof ReferenceFile>;

/** error: the row cannot be stored as it is; warning: probably wrong, look at it; info: for the record. */
export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** Every finding code is an i18n key (see FINDING_CODES for what each means). */
export const FINDING_CODES = [
  // Reading the file
  'csv_syntax', // a quote in the middle of a cell (text after a closing quote); its cells are kept as read
  'unclosed_quote', // a quote never closed took in the lines after it (params: lines, through); they can be read as rows
  'column_count', // the record has more or fewer cells than the header
  'blank_line', // a blank line: nothing to keep, listed so every line of the file is accounted for
  'separator_only_line', // a line of separators only (",,,"): nothing to keep, listed likewise
  'header_mismatch', // the header is not the expected one (file-level, line 1)
  'row_unreadable', // a line of the trainee table that is not "Country n n … n"
  'value_missing', // a required cell is empty
  // Values
  'country_unknown', // a name the app cannot recognise as a country (or an eligible one spelt another way)
  'country_not_eligible', // a real country, but not one of the programme's (ASEAN members, Timor-Leste, India)
  'country_not_eligible_yet', // one of the programme's countries, in a year before it became one (Timor-Leste)
  'year_invalid', // a fiscal year that is not a plausible four-digit year
  'year_before_programme', // a fiscal year before the programme existed
  'year_in_future', // a past project in a fiscal year that has not begun
  'year_block_out_of_order', // a block of rows whose year breaks the newest-to-oldest order: probably mislabelled
  'locality_wrong_country', // the locality is known, but in another country
  'locality_unknown', // the locality is not in the gazetteer (not necessarily wrong)
  'field_misspelt', // a field of expertise close to a known one: a suggestion with its score
  'field_case_differs', // a known field written with other capitals or spacing
  'field_unknown', // a field of expertise not in the vocabulary and close to none
  'duplicate_row', // the same row (normalised) appears earlier in the file
  'project_near_duplicate', // the same project (year, country, locality, field) spelt differently earlier in the file
  'counterpart_duplicate_country', // a second counterpart for a country
  // Text (shared/text/findings.ts)
  'text_zawgyi', // Myanmar text in the Zawgyi encoding: the Unicode text is offered
  'text_full_width', // full-width letters or digits where a code or number is expected: plain ones offered
  'text_invisible', // characters no one can see, removed on storing
  'text_mixed_scripts', // a word written in two scripts (a Cyrillic "а" among Latin letters)
  // Accepted-trainee table
  'trainee_figures_unplaced', // figures between the first and the total: their year columns are uncertain
  'trainee_row_too_few_figures', // fewer than two figures: the 1996–2010 figure and the total cannot be told apart
  'trainee_row_too_many_figures', // more figures than the table has columns
  'trainee_row_sum_mismatch', // the figures between the first and the total cannot add up to total − first
  'trainee_grand_total_mismatch', // the row totals do not add up to the printed grand total
  'trainee_column_total_mismatch', // a column total differs from the sum of the figures in that column
  'trainee_total_row_missing', // the table has no Total row
] as const;
export const FindingCode = z.enum(FINDING_CODES);
export type FindingCode = z.infer<typeof FindingCode>;

/** Values for the message (i18n interpolation): strings and numbers only, lists already joined. */
export const Params = z.record(z.string(), z.union([z.string(), z.number()]));
export type Params = z.infer<typeof Params>;

export const Suggestion = z.object({
  /** The column the suggestion would change. */
  column: z.string(),
  value: z.string(),
  /** Closeness 0–1 where the suggestion comes from a similarity (1 = identical). */
  score: z.number().min(0).max(1).optional(),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const Finding = z.object({
  /** Stable for the same file text: `${file}:${code}:${line}:${column}`. */
  id: z.string(),
  file: ReferenceFile,
  code: FindingCode,
  severity: Severity,
  /** The (first) line the finding is about: the record number for CSV (header = 1), the text line otherwise. */
  line: z.number().int(),
  /** Every row it covers (a block of rows shares one finding); a decision on it applies to all of them. */
  lines: z.array(z.number().int()),
  /** The column it is about, null for the whole row. */
  column: z.string().nullable(),
  /** The row's cells as printed, by column name. */
  values: z.record(z.string(), z.string()),
  params: Params,
  suggestion: Suggestion.optional(),
});
export type Finding = z.infer<typeof Finding>;

/** One record as read: nothing trimmed away, nothing dropped. */
export const RawRow = z.object({
  line: z.number().int(),
  /** Cells by column name (missing cells are ""). */
  values: z.record(z.string(), z.string()),
  /** Cells beyond the header's columns, kept so nothing is lost. */
  extra: z.array(z.string()),
  /** Same printed content → same key, so a second import of the file creates nothing twice. */
  key: z.string(),
});
export type RawRow = z.infer<typeof RawRow>;

export const Summary = z.object({
  rows: z.number().int(),
  rowsWithFindings: z.number().int(),
  findings: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  byCode: z.record(z.string(), z.number().int()),
});
export type Summary = z.infer<typeof Summary>;

export const CheckedFile = z.object({
  file: ReferenceFile,
  /** The encoding the file was read in, when it was read from bytes. */
  encoding: TextEncoding.optional(),
  /** A hash of the text (byte-order mark and line endings aside): the same file imported again has the same. */
  contentHash: z.string(),
  columns: z.array(z.string()),
  rows: z.array(RawRow),
  findings: z.array(Finding),
  summary: Summary,
});
export type CheckedFile = z.infer<typeof CheckedFile>;

/**
 * A person's decision on one finding: take its suggestion, keep the row as printed, type a value, or
 * leave the row out of what is stored (a duplicate, say; the row is still listed, marked excluded).
 */
export const Decision = z.discriminatedUnion('choice', [
  z.strictObject({ findingId: z.string(), choice: z.literal('accept') }),
  z.strictObject({ findingId: z.string(), choice: z.literal('keep') }),
  z.strictObject({ findingId: z.string(), choice: z.literal('exclude') }),
  z.strictObject({ findingId: z.string(), choice: z.literal('edit'), column: z.string(), value: z.string() }),
]);
export type Decision = z.infer<typeof Decision>;

export const StoredRow = z.object({
  line: z.number().int(),
  key: z.string(),
  /** What would be stored: printed values with accepted suggestions and edits applied. */
  values: z.record(z.string(), z.string()),
  printed: z.record(z.string(), z.string()),
  changes: z.array(z.object({ column: z.string(), from: z.string(), to: z.string(), findingId: z.string() })),
  /** Findings on this row nobody has decided on yet (kept as printed meanwhile). */
  pending: z.array(z.string()),
  /** Error findings nobody has decided on: the row cannot be stored as it is yet. */
  blocking: z.array(z.string()),
  /** A person chose to leave this row out (it is still here, so nothing is lost from the list). */
  excluded: z.boolean(),
});
export type StoredRow = z.infer<typeof StoredRow>;

/** The periods of the accepted-trainee table: a range of years, one fiscal year, or all of them (Total). */
export const Period = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('range'), from: z.number().int(), to: z.number().int() }),
  z.object({ kind: z.literal('year'), year: z.number().int() }),
  z.object({ kind: z.literal('all') }),
]);
export type Period = z.infer<typeof Period>;

export const HistoricalFact = z.object({
  /** The country as printed; null for the Total row (all countries). */
  country: z.string().nullable(),
  countryCode: z.string().nullable(),
  period: Period,
  /** The column label as printed ("1996-2010", "2011", "Total"). */
  label: z.string(),
  value: z.number().int(),
  line: z.number().int(),
  /** certain: its column is sure and it is stored as printed; contradicted: as printed, but a check fails on it. */
  certainty: z.enum(['certain', 'contradicted']),
  /** Stable across imports of the same text. */
  key: z.string(),
});
export type HistoricalFact = z.infer<typeof HistoricalFact>;

/** A figure whose year column was lost, with the columns it could belong to (in order). */
export const UnplacedFigure = z.object({
  country: z.string(),
  line: z.number().int(),
  /** Its position among the row's figures between the first and the total (0-based). */
  index: z.number().int(),
  value: z.number().int(),
  candidates: z.array(z.string()),
});
export type UnplacedFigure = z.infer<typeof UnplacedFigure>;

/** The accepted-trainee table checked: its rows and findings, what is certain, and what cannot be placed. */
export const CheckedTraineeTable = CheckedFile.extend({
  facts: z.array(HistoricalFact),
  unplaced: z.array(UnplacedFigure),
});
export type CheckedTraineeTable = z.infer<typeof CheckedTraineeTable>;
