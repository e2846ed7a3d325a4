// Data access for trainees through TanStack Query. Every mutation invalidates the "trainees" prefix,
// so lists, facets, detail pages and the home dashboard refresh together (the keys, the facets and
// that refresh are shared with other screens: api/trainees.ts).
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TraineeListQuery } from '../../../shared/trainees/schema';
import { api } from '../api/client';
import { traineeKeys } from '../api/trainees';

/** A page of the list: for the list, and for asking ahead while the search box types. */
export const traineeListQuery = (q: TraineeListQuery) =>
  queryOptions({ queryKey: traineeKeys.list(q), queryFn: () => api().call('trainees.list', q) });

export function useTraineeList(q: TraineeListQuery) {
  return useQuery({
    ...traineeListQuery(q),
    // Keep the old page on screen while the next one loads: no flicker while typing.
    placeholderData: keepPreviousData,
  });
}

export function useTrainee(id: number) {
  return useQuery({
    queryKey: traineeKeys.one(id),
    queryFn: () => api().call('trainees.get', { id }),
    enabled: id > 0,
  });
}

/** The full photo: only for an explicit view, or a photo stored before display copies were kept. */
export function useTraineePhoto(id: number, enabled: boolean) {
  return useQuery({
    queryKey: traineeKeys.photo(id),
    queryFn: () => api().call('trainees.photo.get', { id }),
    enabled,
  });
}

/** The display-size copy a card shows (null for a photo stored before copies were kept). */
export function useTraineePhotoCopy(id: number, hasPhoto: boolean) {
  return useQuery({
    queryKey: traineeKeys.photoCopy(id),
    queryFn: () => api().call('trainees.photo.copy', { id }),
    enabled: hasPhoto,
  });
}
