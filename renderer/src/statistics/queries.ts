// The statistics through TanStack Query. Under the "trainees" key, so a change to any trainee (which
// is what the figures count) refreshes them; placements change rarely enough that a visit refetches.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Output } from '../../../shared/contract';
import type { StatsQuery } from '../../../shared/statistics/schema';
import { api } from '../api/client';
import { traineeKeys } from '../api/trainees';

export type Statistics = Output<'statistics.get'>;

export const statisticsKey = (q: StatsQuery) => [...traineeKeys.all, 'statistics', q] as const;

export function useStatistics(q: StatsQuery) {
  return useQuery({
    queryKey: statisticsKey(q),
    queryFn: () => api().call('statistics.get', q),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export type Combined = Output<'referenceData.statistics.combined'>;

/** CLAIR's printed table and the app's records together; a core without it answers an error, shown as such. */
export function useCombined(q: StatsQuery) {
  return useQuery({
    queryKey: [...statisticsKey(q), 'combined'],
    queryFn: () => api().call('referenceData.statistics.combined', q),
    placeholderData: keepPreviousData,
    staleTime: 0,
    retry: false,
  });
}
