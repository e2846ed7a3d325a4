// The fiscal year being worked on (shared/fiscal-year.ts workingFiscalYear), which every new-record
// form with a fiscal year starts from. Read from the cohort list under the cohort feature's own key,
// so creating a cohort refreshes it with everything else about cohorts.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { currentFiscalYear, todayIso, workingFiscalYear } from '../../../shared/fiscal-year';
import { api } from './client';

export const COHORT_LIST_KEY = ['cohorts', 'list'] as const;

// Asked afresh whenever a screen using it opens (its counts follow every trainee, and start-up asks it
// ahead for Home), showing the last answer meanwhile.
export const cohortSpansQuery = queryOptions({
  queryKey: COHORT_LIST_KEY,
  queryFn: () => api().call('cohorts.list', {}),
  staleTime: 0,
});

export const useCohortSpans = () => useQuery(cohortSpansQuery);

/**
 * The working year; the current one while the cohorts load or when they cannot be read. `ready` is
 * false only while loading, so a form can wait for it instead of starting from the wrong year.
 */
export function useWorkingFiscalYear(): { fiscalYear: number; ready: boolean } {
  const list = useCohortSpans();
  if (!list.data) return { fiscalYear: currentFiscalYear(), ready: !list.isPending };
  return { fiscalYear: workingFiscalYear(list.data.cohorts, todayIso()), ready: true };
}
