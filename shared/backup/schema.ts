// Backups and restore. Backups are copies of the database made with SQLite's online backup API into
// the data folder's `backups/` (automatic: before a migration or a restore, daily, monthly, at quit;
// or when asked), each verified after writing. A restore is inspected first (is it a CLAIR Desk
// database, from this or an older version, whole?), then applied: a safety backup of the current
// data, then an atomic switch. Backing up and restoring take time, so these channels answer
// asynchronously (marked `async` in the contract).
import { z } from 'zod';
import { read, write } from '../channel';
import { FileHandle } from '../files/schema';
import { empty } from '../schema-helpers';

export const BACKUP_KINDS = ['daily', 'monthly', 'manual', 'pre_migration', 'pre_restore', 'quit'] as const;
export const BackupKind = z.enum(BACKUP_KINDS, { error: 'invalid_choice' });
export type BackupKind = z.infer<typeof BackupKind>;

/** How many of each automatic kind are kept (older ones are deleted after a new one is verified). */
export const BACKUP_KEEP: Record<BackupKind, number> = {
  daily: 14,
  monthly: 12,
  manual: 20,
  pre_migration: 5,
  pre_restore: 5,
  quit: 5,
};

/** A backup's file name in the backups folder: `clair-desk-<kind>-<UTC timestamp>.sqlite`. */
export const BackupId = z
  .string({ error: 'required' })
  .regex(/^clair-desk-[a-z_]+-\d{8}T\d{6}(\d{3})?Z(-\d+)?\.sqlite$/, 'invalid_backup');

/** What a database holds, for a person deciding whether it is the right one. */
export const RecordCounts = z.object({
  trainees: z.number().int(),
  hosts: z.number().int(),
  placements: z.number().int(),
  progressEntries: z.number().int(),
  cohorts: z.number().int(),
  auditEntries: z.number().int(),
});
export type RecordCounts = z.infer<typeof RecordCounts>;

export const BackupInfo = z.object({
  id: BackupId,
  kind: BackupKind,
  createdAt: z.string(),
  size: z.number().int(),
  schemaVersion: z.number().int(),
  counts: RecordCounts,
  /** Verified after writing: opens, passes the integrity check, is ours, counts read. */
  verified: z.boolean(),
  /** Why verification failed (an i18n key), when it did. */
  problem: z.string().nullable(),
  /** The problem's details (schema_mismatch: which tables, indexes, triggers or views differ). */
  problemParams: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const BackupList = z.object({
  /** The backups folder (shown so a person can find it). */
  folder: z.string(),
  backups: z.array(BackupInfo),
  keep: z.record(z.string(), z.number().int()),
});
export type BackupList = z.infer<typeof BackupList>;

/** The automatic backups whose failure is shown until a good backup exists. */
export const AUTOMATIC_KINDS = ['daily', 'monthly', 'quit', 'pre_migration'] as const;

/**
 * Why a backup failed, as the screen says it: the disk is full, the backups folder cannot be written,
 * the database itself could not be read, the copy did not pass its check, or what the system said.
 */
export const BACKUP_FAILURE_REASONS = ['disk_full', 'not_writable', 'database', 'not_verified', 'other'] as const;
export type BackupFailureReason = (typeof BACKUP_FAILURE_REASONS)[number];

/** The last automatic backup that failed since the last good one. */
export const BackupFailure = z.object({
  kind: z.enum(AUTOMATIC_KINDS),
  at: z.string(),
  reason: z.enum(BACKUP_FAILURE_REASONS),
  /** The system's own words (English), for the curious and for support. */
  detail: z.string(),
  /** The folder the backup was to be written in. */
  folder: z.string(),
  /** The first failure since the last good backup, and how many there were. */
  firstAt: z.string(),
  count: z.number().int(),
});
export type BackupFailure = z.infer<typeof BackupFailure>;

export const BackupStatus = z.object({
  /** Shown on Home, on Backups and in Needs attention until a good backup exists; null when all is well. */
  failure: BackupFailure.nullable(),
});
export type BackupStatus = z.infer<typeof BackupStatus>;

/** Where a restore comes from: a backup in the list, a file on this computer (the handle Electron's
 * open dialog gave), or a file the browser mode received through its upload endpoint. No path: the
 * renderer never names a file on this computer itself. */
export const RestoreSource = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('backup'), id: BackupId }),
    z.strictObject({ kind: z.literal('file'), handle: FileHandle }),
    z.strictObject({ kind: z.literal('upload'), uploadId: z.string().regex(/^[a-f0-9-]{36}$/, 'invalid_upload') }),
  ],
  { error: 'invalid_choice' },
);
export type RestoreSource = z.infer<typeof RestoreSource>;

/**
 * Why a file cannot be restored (i18n keys): not_sqlite, not_clair_desk, newer_version (params:
 * schemaVersion, supported), integrity_failed, schema_mismatch (params: schemaVersion, objects — the
 * first few differences, one a line as "missing|extra|altered table|index|trigger|view name" — and
 * count, how many in all), unreadable, not_found, current_database (the file is the running database itself).
 */
export const RestoreInspection = z.object({
  restorable: z.boolean(),
  problem: z
    .object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })
    .nullable(),
  size: z.number().int(),
  schemaVersion: z.number().int().nullable(),
  /** The newest change recorded in it (its audit log), if any. */
  lastChangeAt: z.string().nullable(),
  counts: RecordCounts.nullable(),
  /** The current data, for comparison. */
  current: RecordCounts,
});
export type RestoreInspection = z.infer<typeof RestoreInspection>;

export const RestoreApply = z.strictObject({
  source: RestoreSource,
  /** A restore replaces every record: the person confirms having seen the inspection. */
  confirm: z.literal(true, { error: 'needs_confirmation' }),
});

export const RestoreDone = z.object({
  /** The backup of the data as it was just before the switch. */
  safetyBackup: BackupInfo,
  counts: RecordCounts,
  /** The restored file was from an older version and was brought up to date. */
  migratedFrom: z.number().int().nullable(),
});
export type RestoreDone = z.infer<typeof RestoreDone>;

/** Copies a backup (a fresh one when `id` is left out) to the file Electron's save dialog gave a handle for. */
export const BackupCopy = z.strictObject({ id: BackupId.optional(), handle: FileHandle });

/** The copy's file name (not its path), and the backup copied. */
export const BackupCopied = z.object({ name: z.string(), backup: BackupInfo });

export const backupContract = {
  'backup.list': read(empty, BackupList),
  'backup.status': read(empty, BackupStatus),
  'backup.create': write(empty, BackupInfo, { async: true }),
  'backup.copyTo': write(BackupCopy, BackupCopied, { async: true }),
  'backup.restore.inspect': read(z.strictObject({ source: RestoreSource }), RestoreInspection, { async: true }),
  'backup.restore.apply': write(RestoreApply, RestoreDone, { async: true }),
} as const;
