// The report documents through TanStack Query. Always read afresh when a print view opens (a report
// must show what is saved now), keyed by the sensitive choice since the core masks the numbers.
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

const fresh = { staleTime: 0, gcTime: 60_000 } as const;

function validId(raw: string | undefined): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

export function useTraineeReport(rawId: string | undefined, showSensitive: boolean) {
  const id = validId(rawId);
  return useQuery({
    queryKey: ['reports', 'trainee', id, showSensitive],
    queryFn: () => api().call('reports.trainee', { id, showSensitive }),
    ...fresh,
  });
}

export function useCohortReport(rawFy: string | undefined, showSensitive: boolean) {
  const fiscalYear = validId(rawFy);
  return useQuery({
    queryKey: ['reports', 'cohort', fiscalYear, showSensitive],
    queryFn: () => api().call('reports.cohort', { fiscalYear, showSensitive }),
    ...fresh,
  });
}

export function useHostReport(rawId: string | undefined, showSensitive: boolean) {
  const id = validId(rawId);
  return useQuery({
    queryKey: ['reports', 'host', id, showSensitive],
    queryFn: () => api().call('reports.host', { id, showSensitive }),
    ...fresh,
  });
}
