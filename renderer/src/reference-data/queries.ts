// The reference data through TanStack Query: the status (Home's offer, the import screen) and the
// accepted-trainee table as stored. An import or a dismissal refreshes both, and the statistics.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';

export const referenceKeys = {
  all: ['referenceData'] as const,
  status: ['referenceData', 'status'] as const,
};

export function useReferenceStatus() {
  return useQuery({
    queryKey: referenceKeys.status,
    queryFn: () => api().call('referenceData.status', {}),
    retry: false,
  });
}

/** After an import: the status, and every figure that may now include the printed table. */
export function useInvalidateReference() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: referenceKeys.all }),
      client.invalidateQueries({ queryKey: ['trainees', 'statistics'] }),
    ]);
}
