// The home page's data: demo status and counts by status for one fiscal year.
import { useQueries, useQuery } from '@tanstack/react-query';
import { TRAINEE_STATUSES } from '../../../shared/trainees/schema';
import { api } from '../api/client';

export function useDemoStatus() {
  return useQuery({ queryKey: ['demo', 'status'], queryFn: () => api().call('demo.status', {}) });
}

/** One small page request per status: the core answers each from its index in a millisecond. */
export function useStatusCounts(fiscalYear: number) {
  const results = useQueries({
    queries: TRAINEE_STATUSES.map((status) => ({
      queryKey: ['trainees', 'count', fiscalYear, status],
      queryFn: () => api().call('trainees.list', { fiscalYear, status, pageSize: 1 }),
    })),
  });
  return TRAINEE_STATUSES.map((status, i) => ({ status, count: results[i]?.data?.total ?? null }));
}
