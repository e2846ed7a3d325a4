// Importing hosts from a CSV or Excel file (preview, then commit) and exporting the directory in the
// same columns. The preview writes nothing; the commit re-reads the same file, so the core keeps no
// state between the two calls.
import { z } from 'zod';
import { bulkIds } from '../bulk';
import { read, write } from '../channel';
import { id } from '../schema-helpers';
import { TEXT_ENCODINGS, TextEncoding } from '../text/encodings';
import { HostData } from './record';

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 10_000;
export const IMPORT_MAX_COLUMNS = 200;
/** Excel's own limit for one cell. */
export const IMPORT_MAX_CELL_LENGTH = 32_767;
export const FILE_FORMATS = ['csv', 'xlsx'] as const;

const Params = z.record(z.string(), z.union([z.string(), z.number()]));

export const ImportFile = z.strictObject({
  fileName: z.string({ error: 'required' }).trim().min(1, 'required').max(255, 'too_long'),
  format: z.enum(FILE_FORMATS, { error: 'invalid_choice' }),
  /** Base64 of the file's bytes (at most 5 MB). */
  data: z
    .string({ error: 'required' })
    .max(Math.ceil(IMPORT_MAX_BYTES / 3) * 4 + 4, 'file_too_large')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'invalid_file'),
  /** A CSV file's encoding as the person chose it; detected when absent. */
  encoding: TextEncoding.optional(),
  /** Lines of unclosed quotes whose quote the person chose to read as a plain character (CSV). */
  readAsRows: z.array(z.number().int().min(1).max(10_000_000)).max(IMPORT_MAX_ROWS).optional(),
});

/**
 * A problem of one row (`column` names the column key, null for the whole row) or of the file.
 * Errors stop a row from being created; warnings (duplicates) make "skip" the default but a person
 * may still choose "create".
 */
export const ImportProblem = z.object({
  column: z.string().nullable(),
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  params: Params.optional(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

export const ImportAction = z.enum(['create', 'skip'], { error: 'invalid_choice' });

export const ImportRow = z.object({
  /** The row number a spreadsheet shows (the header row is 1). */
  line: z.number().int(),
  /** The cells as read, in the file's column order. */
  values: z.array(z.string()),
  /** The host this row would create; null when an error stops it. */
  host: HostData.nullable(),
  problems: z.array(ImportProblem),
  duplicateOf: z.object({ id, nameEn: z.string(), nameJa: z.string() }).optional(),
  /** What the preview proposes: create when the row has no problem at all. */
  action: ImportAction,
});
export type ImportRow = z.infer<typeof ImportRow>;

export const ImportColumn = z.object({
  index: z.number().int(),
  header: z.string(),
  /** The column key the header was read as (nameEn, contactEmail, contact2Name …); null if unknown. */
  key: z.string().nullable(),
});

export const ImportPreview = z.object({
  format: z.enum(FILE_FORMATS),
  /** The encoding a CSV file was read in (null for Excel), and those that read it cleanly. */
  encoding: TextEncoding.nullable(),
  encodings: z.array(z.enum(TEXT_ENCODINGS)),
  columns: z.array(ImportColumn),
  /** Problems of the whole file (undecodable, unknown_column, missing_column, other_sheets …). */
  problems: z.array(ImportProblem),
  rows: z.array(ImportRow),
  counts: z.object({
    rows: z.number().int(),
    create: z.number().int(),
    skip: z.number().int(),
    errors: z.number().int(),
    duplicates: z.number().int(),
    blank: z.number().int(),
  }),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportCommit = ImportFile.extend({
  /** One decision for every row of the preview, blank rows included. */
  decisions: z
    .array(z.strictObject({ line: z.number().int().min(1).max(10_000_000), action: ImportAction }))
    .max(IMPORT_MAX_ROWS * 2),
});

export const ImportResult = z.object({
  created: z.number().int(),
  skipped: z.array(z.object({ line: z.number().int(), reason: z.string() })),
});

export const HostExportQuery = z.strictObject({
  format: z.enum(FILE_FORMATS, { error: 'invalid_choice' }),
  language: z.enum(['en', 'ja'], { error: 'invalid_choice' }),
  /** Only these hosts (a selection); the whole directory when absent. */
  ids: bulkIds.optional(),
});

export const ExportedFile = z.object({
  fileName: z.string(),
  mime: z.string(),
  /** Base64 of the file's bytes. */
  data: z.string(),
});

export const hostsImportContract = {
  'hosts.import.preview': read(ImportFile, ImportPreview),
  'hosts.import.commit': write(ImportCommit, ImportResult),
  'hosts.export': read(HostExportQuery, ExportedFile, { async: true }),
} as const;
