// Test helper (fast-check arbitraries, not app code): VALID requests for the backup channels, as the
// global dispatch property test needs them, and which of them only read.
// PLACEHOLDER: to be written with the backup services.
import fc from 'fast-check';
import type { backupContract } from '../../../shared/backup/schema';

type Channels = keyof typeof backupContract;

export const BACKUP_READ_ONLY: Channels[] = ['backups.list'];

export const backupValid: { [C in Channels]: fc.Arbitrary<unknown> } = {
  'backups.list': fc.constant({}),
  'backups.create': fc.constant({}),
  'backups.copyTo': fc.constant({ path: 'x.sqlite' }),
  'restore.inspect': fc.constant({ source: { kind: 'file', path: 'x.sqlite' } }),
  'restore.apply': fc.constant({ source: { kind: 'file', path: 'x.sqlite' }, confirm: true }),
};
