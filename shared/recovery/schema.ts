// Recovery mode: when the database cannot be used at start-up (damaged, not a database at all), the
// app starts anyway, keeps the damaged file aside (never overwritten, never deleted), and offers the
// good backups. The renderer asks `recovery.status` before anything else and shows the recovery
// screen instead of the app while it is active. Outside recovery mode, status says `active: false`
// and the two actions are refused.
import { z } from 'zod';
import { BackupId, BackupInfo, RecordCounts } from '../backup/schema';
import { read, write } from '../channel';
import { empty } from '../schema-helpers';

/**
 * What was wrong (i18n keys under recovery.reason): the file's pages are damaged (SQLITE_CORRUPT),
 * it is not a database at all (SQLITE_NOTADB, e.g. overwritten), it opened but failed the check
 * at start-up (PRAGMA quick_check), or its tables, indexes, triggers or views are not those of the
 * CLAIR Desk version its header claims (schema_mismatch).
 */
export const RECOVERY_REASONS = ['corrupt', 'not_a_database', 'check_failed', 'schema_mismatch'] as const;
export const RecoveryReason = z.enum(RECOVERY_REASONS);
export type RecoveryReason = z.infer<typeof RecoveryReason>;

export const RecoveryStatus = z.object({
  active: z.boolean(),
  reason: RecoveryReason.nullable(),
  /** SQLite's own words (error code, the check's first findings), for whoever supports the office. */
  detail: z.string().nullable(),
  /** The reason's details for its words (schema_mismatch: schemaVersion, objects, count, as restore's). */
  reasonParams: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** When it was found (ISO). */
  detectedAt: z.string().nullable(),
  /** Where the damaged file and its -wal/-shm companions now are (kept, never overwritten). */
  keptAside: z.array(z.string()),
  dataDir: z.string(),
  /** Every backup, newest first; the first verified one is the one to offer. */
  backups: z.array(BackupInfo),
});
export type RecoveryStatus = z.infer<typeof RecoveryStatus>;

export const RecoveryDone = z.object({
  /** The backup restored, or null when the person started with an empty database. */
  restored: BackupId.nullable(),
  counts: RecordCounts,
});
export type RecoveryDone = z.infer<typeof RecoveryDone>;

/** Replacing the data is deliberate: the person confirms it. */
const confirmed = z.literal(true, { error: 'needs_confirmation' });

export const recoveryContract = {
  'recovery.status': read(empty, RecoveryStatus),
  'recovery.restore': write(z.strictObject({ id: BackupId, confirm: confirmed }), RecoveryDone, { async: true }),
  'recovery.startEmpty': write(z.strictObject({ confirm: confirmed }), RecoveryDone, { async: true }),
} as const;
