// The trainee queries other screens share: the keys (statistics and the home page's counts live under
// "trainees", so any change to a trainee refreshes them), the facets, and the refresh after a change.
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TraineeListQuery } from '../../../shared/trainees/schema';
import { api } from './client';
import { COHORT_LIST_KEY } from './working-year';

export const traineeKeys = {
  all: ['trainees'] as const,
  list: (q: TraineeListQuery) => ['trainees', 'list', q] as const,
  facets: ['trainees', 'facets'] as const,
  one: (id: number) => ['trainees', 'one', id] as const,
  photo: (id: number) => ['trainees', 'photo', id] as const,
  photoCopy: (id: number) => ['trainees', 'photo-copy', id] as const,
};

export const traineeFacetsQuery = queryOptions({
  queryKey: traineeKeys.facets,
  queryFn: () => api().call('trainees.facets', {}),
});

export const useFacets = () => useQuery(traineeFacetsQuery);

/** After any change to trainees: refresh every view of them and their history. */
export function useInvalidateTrainees() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: traineeKeys.all }),
      client.invalidateQueries({ queryKey: ['audit'] }),
      client.invalidateQueries({ queryKey: ['demo'] }),
      // The cohort list counts each year's trainees by status (Home's cohort cards show them).
      client.invalidateQueries({ queryKey: COHORT_LIST_KEY }),
    ]);
}
