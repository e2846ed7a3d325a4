// Data access for trainees through TanStack Query. Every mutation invalidates the "trainees" prefix,
// so lists, facets, detail pages and the home dashboard refresh together.
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TraineeListQuery } from '../../../shared/trainees/schema';
import { api } from '../api/client';

export const traineeKeys = {
  all: ['trainees'] as const,
  list: (q: TraineeListQuery) => ['trainees', 'list', q] as const,
  facets: ['trainees', 'facets'] as const,
  one: (id: number) => ['trainees', 'one', id] as const,
  photo: (id: number) => ['trainees', 'photo', id] as const,
};

export function useTraineeList(q: TraineeListQuery) {
  return useQuery({
    queryKey: traineeKeys.list(q),
    queryFn: () => api().call('trainees.list', q),
    // Keep the old page on screen while the next one loads: no flicker while typing.
    placeholderData: keepPreviousData,
  });
}

export function useFacets() {
  return useQuery({ queryKey: traineeKeys.facets, queryFn: () => api().call('trainees.facets', {}) });
}

export function useTrainee(id: number) {
  return useQuery({
    queryKey: traineeKeys.one(id),
    queryFn: () => api().call('trainees.get', { id }),
    enabled: id > 0,
  });
}

export function useTraineePhoto(id: number, hasPhoto: boolean) {
  return useQuery({
    queryKey: traineeKeys.photo(id),
    queryFn: () => api().call('trainees.photo.get', { id }),
    enabled: hasPhoto,
  });
}

/** After any change to trainees: refresh every view of them and their history. */
export function useInvalidateTrainees() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: traineeKeys.all }),
      client.invalidateQueries({ queryKey: ['audit'] }),
      client.invalidateQueries({ queryKey: ['demo'] }),
    ]);
}
