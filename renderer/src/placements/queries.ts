// Data access for placements through TanStack Query. Every change invalidates the "placements"
// prefix (cards, checks, suggestions, the timeline) and the host and trainee views that count them.
import { keepPreviousData, type QueryKey, useQuery } from '@tanstack/react-query';
import type { Input } from '../../../shared/contract';
import { api } from '../api/client';

export const placementKeys = {
  all: ['placements'] as const,
  trainee: (id: number) => ['placements', 'trainee', id] as const,
  host: (id: number) => ['placements', 'host', id] as const,
  check: (input: Input<'placements.check'>) => ['placements', 'check', input] as const,
  suggest: (input: Input<'placements.suggest'>) => ['placements', 'suggest', input] as const,
  timeline: (fy: number) => ['placements', 'timeline', fy] as const,
};

export function useTraineePlacements(traineeId: number) {
  return useQuery({
    queryKey: placementKeys.trainee(traineeId),
    queryFn: () => api().call('placements.forTrainee', { traineeId, includeCancelled: true }),
    enabled: traineeId > 0,
  });
}

export function useHostPlacements(hostId: number) {
  return useQuery({
    queryKey: placementKeys.host(hostId),
    queryFn: () => api().call('placements.forHost', { hostId, includeCancelled: true }),
    enabled: hostId > 0,
  });
}

/** The live check while the person edits; the last answer stays on screen until the next one. */
export function usePlacementCheck(input: Input<'placements.check'> | null) {
  return useQuery({
    queryKey: placementKeys.check(input ?? { traineeId: 0, hostId: 0, start: '', end: '' }),
    queryFn: () => api().call('placements.check', input as Input<'placements.check'>),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    // Always asked anew: another window or person may have placed someone since.
    staleTime: 0,
  });
}

export function useSuggestions(input: Input<'placements.suggest'> | null) {
  return useQuery({
    queryKey: placementKeys.suggest(input ?? { traineeId: 0, start: '', end: '' }),
    queryFn: () => api().call('placements.suggest', input as Input<'placements.suggest'>),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    // Always asked anew: another window or person may have placed someone since.
    staleTime: 0,
  });
}

export function useTimeline(fiscalYear: number) {
  return useQuery({
    queryKey: placementKeys.timeline(fiscalYear),
    queryFn: () => api().call('placements.timeline.cohort', { fiscalYear }),
    placeholderData: keepPreviousData,
  });
}

/** After a placement changed: everything that shows placements, occupancy or history. */
export const PLACEMENT_CHANGES: QueryKey[] = [placementKeys.all, ['hosts'], ['cohorts'], ['audit']];
