// The backups list and the app's own facts (data version, desktop or browser) through TanStack Query.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Output } from '../../../shared/contract';
import { api } from '../api/client';

export type BackupList = Output<'backup.list'>;

export const backupKeys = { list: ['backups', 'list'] as const };

export function useBackups() {
  return useQuery({ queryKey: backupKeys.list, queryFn: () => api().call('backup.list', {}) });
}

export { useAppInfo } from '../api/appInfo';

export function useInvalidateBackups() {
  const client = useQueryClient();
  // The list and the status of the automatic backups (a good backup clears a failure).
  return () => client.invalidateQueries({ queryKey: ['backups'] });
}
