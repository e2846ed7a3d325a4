// The report documents through TanStack Query. Always read afresh when a print view opens (a report
// must show what is saved now), keyed by the sensitive choice since the core masks the numbers.
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

// Read when the view opens; data younger than 2 s counts as that read (the prefetch made at start-up,
// see prefetch.ts), anything older is asked for again.
const fresh = { staleTime: 2_000, gcTime: 60_000 } as const;

export const reportKey = (kind: 'trainee' | 'cohort' | 'host', n: number, showSensitive: boolean) =>
  ['reports', kind, n, showSensitive] as const;

/** Several trainees' reports, keyed by the ids in their order. */
export const traineesReportKey = (ids: readonly number[], showSensitive: boolean) =>
  ['reports', 'trainees', ids.join(','), showSensitive] as const;

/** `?ids=3,1,2`: the trainees of a multi-report, in the order given; anything not an id is dropped. */
export function parseIds(raw: string | null): number[] {
  const ids = (raw ?? '').split(',').map(Number);
  return [...new Set(ids.filter((n) => Number.isInteger(n) && n > 0))];
}

function validId(raw: string | undefined): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

export function useTraineeReport(rawId: string | undefined, showSensitive: boolean) {
  const id = validId(rawId);
  return useQuery({
    queryKey: reportKey('trainee', id, showSensitive),
    queryFn: () => api().call('reports.trainee', { id, showSensitive }),
    ...fresh,
  });
}

export function useCohortReport(rawFy: string | undefined, showSensitive: boolean) {
  const fiscalYear = validId(rawFy);
  return useQuery({
    queryKey: reportKey('cohort', fiscalYear, showSensitive),
    queryFn: () => api().call('reports.cohort', { fiscalYear, showSensitive }),
    ...fresh,
  });
}

export function useHostReport(rawId: string | undefined, showSensitive: boolean) {
  const id = validId(rawId);
  return useQuery({
    queryKey: reportKey('host', id, showSensitive),
    queryFn: () => api().call('reports.host', { id, showSensitive }),
    ...fresh,
  });
}

export function useTraineesReport(ids: readonly number[], showSensitive: boolean) {
  return useQuery({
    queryKey: traineesReportKey(ids, showSensitive),
    queryFn: () => api().call('reports.trainees', { ids: [...ids], showSensitive }),
    ...fresh,
  });
}
