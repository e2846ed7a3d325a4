// Loading CLAIR's reference data (the files the app ships in resources/reference/): check them against
// the app's vocabularies, show every finding, let a person decide row by row or all at once, import
// what was decided. Importing the same file again creates nothing twice.
import { z } from 'zod';
import { read, write } from '../channel';
import { empty, id } from '../schema-helpers';
import { StatsQuery } from '../statistics/schema';
import {
  CheckedFile,
  CheckedTraineeTable,
  Decision,
  Finding,
  HistoricalFact,
  REFERENCE_FILES,
  ReferenceFile,
  Summary,
  UnplacedFigure,
} from './schema';

const count = z.number().int();

/** A row's standing against what the app already holds. */
export const RowStanding = z.enum([
  /** Not in the app: importing creates it. */
  'new',
  /** A row with the same key is already stored: importing skips it. */
  'present',
  /** (Counterparts) the country already has another counterpart entered in the app: the app's is kept. */
  'conflict',
]);
export type RowStanding = z.infer<typeof RowStanding>;

export const ReferenceCheck = z.object({
  counterparts: CheckedFile,
  dispatchProjects: CheckedFile,
  acceptedTrainees: CheckedTraineeTable,
  summary: Summary,
  /** Today's fiscal year and the field vocabulary the rules used: the screen checks typed values by them. */
  rules: z.object({ fiscalYear: z.number().int(), fields: z.array(z.string()) }),
  /** Row key → standing, for every row of the three files. */
  standing: z.record(z.string(), RowStanding),
});
export type ReferenceCheck = z.infer<typeof ReferenceCheck>;

/** Lines of unclosed quotes a person chose to read as rows, per CSV file (see shared/text/csv.ts). */
export const ReadAsRowsInput = z
  .strictObject({
    counterparts: z.array(z.number().int().min(1).max(10_000_000)).max(1000).optional(),
    dispatch_projects: z.array(z.number().int().min(1).max(10_000_000)).max(1000).optional(),
  })
  .default({});

export const ReferenceCheckQuery = z.strictObject({ readAsRows: ReadAsRowsInput });

export const ReferenceImportInput = z.strictObject({
  /** The same lines read as rows as in the check the person decided on. */
  readAsRows: ReadAsRowsInput,
  files: z
    .array(ReferenceFile)
    .min(1, 'required')
    .max(3)
    .default([...REFERENCE_FILES]),
  decisions: z.array(Decision).max(10_000, 'too_many').default([]),
  /** The content hashes the person checked: a file changed since then is refused (reference_changed). */
  hashes: z.partialRecord(ReferenceFile, z.string().max(64)).default({}),
});
export type ReferenceImportInput = z.input<typeof ReferenceImportInput>;

export const FileImported = z.object({
  file: ReferenceFile,
  created: count,
  /** Rows already stored (a second import of the same file), skipped. */
  present: count,
  excluded: count,
  /** Rows stored with a value changed by a decision. */
  changed: count,
  /** (Counterparts) rows whose country already has another counterpart: the app's kept. */
  conflicts: count,
  importId: id.nullable(),
});
export type FileImported = z.infer<typeof FileImported>;

export const ReferenceImportResult = z.object({ files: z.array(FileImported) });
export type ReferenceImportResult = z.infer<typeof ReferenceImportResult>;

export const ReferenceStatus = z.object({
  /** The shipped files were found (a damaged installation might lack them). */
  available: z.boolean(),
  files: z.array(
    z.object({
      file: ReferenceFile,
      lastImportAt: z.string().nullable(),
      lastImportBy: z.string().nullable(),
      /** Rows of this file stored in the app. */
      stored: count,
      /** The shipped file's hash matches the last import's. */
      current: z.boolean(),
    }),
  ),
  /** Offer the first-run import: nothing imported yet and the offer not dismissed. */
  offer: z.boolean(),
});
export type ReferenceStatus = z.infer<typeof ReferenceStatus>;

/** The accepted-trainee table as stored: certain facts, what cannot be placed, and the contradictions. */
export const HistoricalTraineeTable = z.object({
  importedAt: z.string().nullable(),
  facts: z.array(HistoricalFact),
  unplaced: z.array(UnplacedFigure),
  /** The findings of the import that remain true of the stored figures (row sums, the grand total). */
  contradictions: z.array(Finding),
});
export type HistoricalTraineeTable = z.infer<typeof HistoricalTraineeTable>;

// ── Accepted trainees by country × fiscal year: CLAIR's printed table and the app's records together ──
export const CombinedColumn = z.object({
  /** "1996-2010" for the printed table's range, else the year. */
  label: z.string(),
  from: z.number().int(),
  to: z.number().int(),
});

export const CombinedCell = z.object({
  /** The printed figure for this column when it is certain; null when the table has none for it. */
  reference: count.nullable(),
  /** Trainees recorded in the app. */
  app: count,
  /** The printed table has figures for this row whose year column was lost; one may belong here. */
  uncertain: z.boolean(),
});
export type CombinedCell = z.infer<typeof CombinedCell>;

export const CombinedRow = z.object({
  code: z.string().nullable(),
  nameEn: z.string(),
  nameJa: z.string(),
  cells: z.array(CombinedCell),
  total: CombinedCell,
  /** Findings on this row of the printed table (a total that does not add up). */
  contradictions: z.array(Finding),
  /** Sum of this row's figures that cannot be placed in a year. */
  unplacedSum: count,
});
export type CombinedRow = z.infer<typeof CombinedRow>;

export const CombinedCountryYear = z.object({
  /** Whether the printed table has been imported at all. */
  referenceImported: z.boolean(),
  columns: z.array(CombinedColumn),
  rows: z.array(CombinedRow),
  /** Column totals: printed ones from the table's Total row, app ones counted. */
  totals: z.array(CombinedCell),
  grandTotal: CombinedCell,
  /** The row totals of the printed table added up (234), beside the printed grand total (233). */
  referenceRowTotalsSum: count.nullable(),
  contradictions: z.array(Finding),
  unplaced: z.array(UnplacedFigure),
});
export type CombinedCountryYear = z.infer<typeof CombinedCountryYear>;

export const referenceDataContract = {
  'referenceData.status': read(empty, ReferenceStatus),
  'referenceData.check': read(ReferenceCheckQuery, ReferenceCheck),
  'referenceData.import': write(ReferenceImportInput, ReferenceImportResult),
  'referenceData.dismissOffer': write(empty, ReferenceStatus),
  'referenceData.historical.traineeTable': read(empty, HistoricalTraineeTable),
  'referenceData.statistics.combined': read(StatsQuery, CombinedCountryYear),
} as const;
