// The backup and restore channels (shared/backup/schema.ts) → services.
import { BACKUP_KEEP, type backupContract } from '../../../shared/backup/schema';
import type { Context } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { listBackups } from './catalog';
import { currentFailure } from './failures';
import { backupsDir } from './paths';
import { applyRestore, inspectSource } from './restore';
import { copyBackupTo, createBackup } from './service';

export function backupHandlers(ctx: Context): FeatureHandlers<typeof backupContract> {
  return {
    'backup.list': () => ({ folder: backupsDir(ctx.dataDir), backups: listBackups(ctx.dataDir), keep: BACKUP_KEEP }),
    'backup.status': () => ({ failure: currentFailure(ctx.dataDir) }),
    'backup.create': () => createBackup(ctx, 'manual'),
    'backup.copyTo': ({ id, handle }) => copyBackupTo(ctx, id, handle),
    'backup.restore.inspect': async ({ source }) => inspectSource(ctx, source),
    'backup.restore.apply': ({ source }) => applyRestore(ctx, source),
  };
}
