// Whether the automatic backups are working: a failed one is shown on Home, on Backups and in Needs
// attention until a good backup exists. Asked again now and then, since backups fail in the background.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

export const backupStatusKey = ['backups', 'status'] as const;

export function useBackupStatus() {
  return useQuery({
    queryKey: backupStatusKey,
    queryFn: () => api().call('backup.status', {}),
    refetchInterval: 60_000,
  });
}

/** After a backup: the list and the status alike. */
export function useInvalidateBackupStatus() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['backups'] });
}
