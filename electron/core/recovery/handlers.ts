// The recovery channels while the database opened normally: nothing to recover, so status says
// inactive and the two actions are refused (restoring a backup then goes through backup.restore.apply,
// which first keeps a safety backup of the current data).
import type { RecoveryStatus, recoveryContract } from '../../../shared/recovery/schema';
import { AppFailure } from '../../../shared/result';
import type { FeatureHandlers } from '../handler-types';

export const inactiveStatus = (dataDir: string): RecoveryStatus => ({
  active: false,
  reason: null,
  detail: null,
  detectedAt: null,
  keptAside: [],
  dataDir,
  backups: [],
});

export function recoveryHandlers(env: { dataDir: string }): FeatureHandlers<typeof recoveryContract> {
  const refuse = async (): Promise<never> => {
    throw new AppFailure({
      code: 'conflict',
      message:
        'CLAIR Desk is not in recovery mode: the database opened normally, and nothing was changed. To go back to a backup, use the Backups page.',
    });
  };
  return {
    'recovery.status': () => inactiveStatus(env.dataDir),
    'recovery.restore': refuse,
    'recovery.startEmpty': refuse,
  };
}
