// What every bulk action shares: a bound on how many records one action (one transaction) may change,
// and its answer. Each record refused is named by the core in the failure's issues (see core bulk.ts).
import { z } from 'zod';
import { id } from './schema-helpers';

/** More than any year's trainees or the host directory; one transaction stays short. */
export const BULK_MAX = 5000;

/** Records chosen one by one. */
export const bulkIds = z.array(id).min(1, 'required').max(BULK_MAX, 'too_many');

/** "Every record the filters match": the count the person was shown; the core refuses a different one. */
export const bulkExpected = z.number().int().min(1).max(BULK_MAX, 'too_many');

export const BulkDone = z.object({ changed: z.number().int() });
export type BulkDone = z.infer<typeof BulkDone>;

/** The issue path that names a refused record: `records.<id>`, its params carrying `name`. */
export const BULK_RECORD_PATH = 'records.';
