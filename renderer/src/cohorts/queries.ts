// Data access for cohorts, the introductory month and the trainee lifecycle through TanStack Query.
// A cohort's numbers depend on its trainees and theirs on the cohort, so a change to either refreshes both.
import { type QueryKey, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Output } from '../../../shared/contract';
import { ApiError, api } from '../api/client';

export type CohortGrid = Output<'cohorts.attendance.get'>;
export type GridTrainee = CohortGrid['trainees'][number];

export const cohortKeys = {
  all: ['cohorts'] as const,
  list: ['cohorts', 'list'] as const,
  one: (fiscalYear: number) => ['cohorts', 'one', fiscalYear] as const,
  grid: (fiscalYear: number) => ['cohorts', 'grid', fiscalYear] as const,
  // Under "trainees" (the trainee feature's prefix) so every change to a trainee refreshes it too.
  statusHistory: (id: number) => ['trainees', 'status-history', id] as const,
};

/** What a change to a cohort, its sessions, attendance or a trainee's status refreshes. */
export const COHORT_CHANGES: QueryKey[] = [cohortKeys.all, ['trainees'], ['audit']];

/** Asked afresh whenever the page opens (its counts follow every trainee), showing the last answer meanwhile. */
export function useCohortList() {
  return useQuery({
    queryKey: cohortKeys.list,
    queryFn: () => api().call('cohorts.list', {}),
    refetchOnMount: 'always',
  });
}

/** A cohort with its trainees' completion, or null when the year has none yet (not an error here). */
export function useCohort(fiscalYear: number) {
  return useQuery({
    queryKey: cohortKeys.one(fiscalYear),
    queryFn: async () => {
      try {
        return await api().call('cohorts.get', { fiscalYear });
      } catch (error) {
        if (error instanceof ApiError && error.code === 'not_found') return null;
        throw error;
      }
    },
  });
}

/** The cohort page reads everything from the attendance grid: cohort, sessions, trainees, summary. */
export function useCohortGrid(fiscalYear: number) {
  return useQuery({
    queryKey: cohortKeys.grid(fiscalYear),
    queryFn: () => api().call('cohorts.attendance.get', { fiscalYear }),
    enabled: Number.isInteger(fiscalYear) && fiscalYear >= 1990 && fiscalYear <= 2100,
  });
}

export function useStatusHistory(id: number) {
  return useQuery({
    queryKey: cohortKeys.statusHistory(id),
    queryFn: () => api().call('cohorts.trainees.history', { id }),
  });
}

/** After a change to a cohort, its sessions, attendance or a trainee's status. */
export function useInvalidateCohorts() {
  const client = useQueryClient();
  return () => Promise.all(COHORT_CHANGES.map((queryKey) => client.invalidateQueries({ queryKey })));
}

/** The trainee whose status is changed, in the trainee feature's cache entry (["trainees", "one", id]). */
export function useTraineeRecord(id: number) {
  return useQuery({
    queryKey: ['trainees', 'one', id],
    queryFn: () => api().call('trainees.get', { id }),
    enabled: id > 0,
  });
}
