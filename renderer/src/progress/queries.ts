// Data access for progress entries, evaluation settings and the Needs-attention list. A change to an
// entry also changes what is due, so every change refreshes both (and the audit history).
import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/contract';
import type { EntryKind } from '../../../shared/progress/schema';
import { api } from '../api/client';
import { useFacets } from '../api/trainees';

export const progressKeys = {
  all: ['progress'] as const,
  entries: (traineeId: number, kind: EntryKind | null, includeDeleted: boolean) =>
    ['progress', 'entries', traineeId, kind, includeDeleted] as const,
  months: (traineeId: number) => ['progress', 'months', traineeId] as const,
  settings: ['evaluation', 'settings'] as const,
  attention: (q: Input<'progress.attention.list'>) => ['attention', q] as const,
};

export function useEntries(traineeId: number, kind: EntryKind | null, includeDeleted: boolean) {
  return useQuery({
    queryKey: progressKeys.entries(traineeId, kind, includeDeleted),
    queryFn: () => api().call('progress.list', { traineeId, kind: kind ?? undefined, includeDeleted }),
    enabled: traineeId > 0,
    placeholderData: keepPreviousData,
  });
}

export function useReportMonths(traineeId: number, enabled = true) {
  return useQuery({
    queryKey: progressKeys.months(traineeId),
    queryFn: () => api().call('progress.reportMonths', { traineeId }),
    enabled: enabled && traineeId > 0,
    staleTime: 0,
  });
}

export function useEvaluationSettings() {
  return useQuery({ queryKey: progressKeys.settings, queryFn: () => api().call('progress.evaluation.settings', {}) });
}

/** The fiscal years trainees are in, for the year filter (the trainees' facets, under the same key). */
export const useFiscalYears = useFacets;

export const attentionQuery = (q: Input<'progress.attention.list'>) =>
  queryOptions({
    queryKey: progressKeys.attention(q),
    queryFn: () => api().call('progress.attention.list', q),
    // What is due changes with the clock and with every entry: always ask anew when shown.
    staleTime: 0,
  });

export function useAttention(q: Input<'progress.attention.list'>, enabled = true) {
  return useQuery({ ...attentionQuery(q), enabled, placeholderData: keepPreviousData });
}

/** After an entry or an attachment changed: the entries, the months written, what is due, history. */
export function useInvalidateProgress() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: progressKeys.all }),
      client.invalidateQueries({ queryKey: ['attention'] }),
      client.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}

/** After the criteria or the scale changed: the settings and every entry that shows their labels. */
export function useInvalidateEvaluation() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: progressKeys.settings }),
      client.invalidateQueries({ queryKey: progressKeys.all }),
    ]);
}
