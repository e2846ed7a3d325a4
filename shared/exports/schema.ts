// Exporting lists and the statistics as CSV or Excel, with headers in the language chosen. Each export
// takes the same filters as the list on screen (without paging) and returns the file's bytes.
import { z } from 'zod';
import { bulkIds } from '../bulk';
import { read } from '../channel';
import { RegisterQuery } from '../documents/schema';
import { ExportedFile, FILE_FORMATS } from '../hosts/import-schema';
import { AttentionQuery } from '../progress/schema';
import { id } from '../schema-helpers';
import { HistoryQuery, RequestListQuery } from '../specialist-dispatch/schema';
import { StatsQuery } from '../statistics/schema';
import { TraineeListQuery } from '../trainees/schema';

const file = {
  format: z.enum(FILE_FORMATS, { error: 'invalid_choice' }),
  language: z.enum(['en', 'ja'], { error: 'invalid_choice' }),
};

export const TraineesExport = z.strictObject({
  ...file,
  query: TraineeListQuery.omit({ page: true, pageSize: true }).prefault({}),
  /** Only these trainees (a selection), in the query's order; every match when absent. */
  ids: bulkIds.optional(),
});
export const AttentionExport = z.strictObject({
  ...file,
  query: AttentionQuery.omit({ offset: true, limit: true }).prefault({}),
});
/** Excel: one sheet per table; CSV: the one table named. */
export const StatisticsExport = z.strictObject({
  ...file,
  table: z.enum(['countryYear', 'byField', 'byHost'], { error: 'invalid_choice' }).default('countryYear'),
  query: StatsQuery.prefault({}),
});
/** The trainees of one cohort with their attendance and completion. */
export const CohortExport = z.strictObject({ ...file, fiscalYear: z.number().int().min(1990).max(2100) });
/** The progress entries of one trainee. */
export const ProgressExport = z.strictObject({ ...file, traineeId: id });
/** Dispatch requests, with the list's filters and order. */
export const RequestsExport = z.strictObject({
  ...file,
  query: RequestListQuery.omit({ page: true, pageSize: true }).prefault({}),
  /** Only these requests (a selection), in the query's order; every match when absent. */
  ids: bulkIds.optional(),
});
/** The history of dispatches: Excel has by country × year, by field and the projects; CSV the table named. */
export const DispatchHistoryExport = z.strictObject({
  ...file,
  table: z.enum(['byCountry', 'byField', 'projects'], { error: 'invalid_choice' }).default('projects'),
  query: HistoryQuery.prefault({}),
});

/** The register of documents issued, with the register's filters and order. */
export const DocumentsExport = z.strictObject({
  ...file,
  query: RegisterQuery.omit({ page: true, pageSize: true }).prefault({}),
});

export const exportsContract = {
  'exports.trainees': read(TraineesExport, ExportedFile, { async: true }),
  'exports.attention': read(AttentionExport, ExportedFile, { async: true }),
  'exports.statistics': read(StatisticsExport, ExportedFile, { async: true }),
  'exports.cohort': read(CohortExport, ExportedFile, { async: true }),
  'exports.progress': read(ProgressExport, ExportedFile, { async: true }),
  'exports.requests': read(RequestsExport, ExportedFile, { async: true }),
  'exports.dispatchHistory': read(DispatchHistoryExport, ExportedFile, { async: true }),
  'exports.documents': read(DocumentsExport, ExportedFile, { async: true }),
} as const;
