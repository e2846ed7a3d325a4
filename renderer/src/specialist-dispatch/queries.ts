// Data access for the Specialist Dispatch screens through TanStack Query. Every change invalidates the
// "dispatch" prefix (requests, specialists, counterparts, the vocabulary, intake and history depend on
// each other: a move changes the counts, a new specialist changes the suggestions) and the audit log.
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/contract';
import { api } from '../api/client';

export type RequestQuery = Input<'specialistDispatch.requests.list'>;
export type SpecialistQuery = Input<'specialistDispatch.specialists.list'>;
export type HistoryQuery = Input<'specialistDispatch.dispatch.history'>;

export const dispatchKeys = {
  all: ['dispatch'] as const,
  requests: (q: RequestQuery) => ['dispatch', 'requests', q] as const,
  request: (id: number) => ['dispatch', 'request', id] as const,
  match: (id: number, version: number) => ['dispatch', 'match', id, version] as const,
  specialists: (q: SpecialistQuery) => ['dispatch', 'specialists', q] as const,
  specialist: (id: number) => ['dispatch', 'specialist', id] as const,
  counterparts: ['dispatch', 'counterparts'] as const,
  expertise: ['dispatch', 'expertise'] as const,
  intake: (fy: number) => ['dispatch', 'intake', fy] as const,
  history: (q: HistoryQuery) => ['dispatch', 'history', q] as const,
};

export function useRequestList(q: RequestQuery) {
  return useQuery({
    queryKey: dispatchKeys.requests(q),
    queryFn: () => api().call('specialistDispatch.requests.list', q),
    placeholderData: keepPreviousData,
  });
}

export function useRequest(id: number) {
  return useQuery({
    queryKey: dispatchKeys.request(id),
    queryFn: () => api().call('specialistDispatch.requests.get', { id }),
    enabled: id > 0,
  });
}

/** Suggestions for an approved request; keyed by version so a change to the request asks again. */
export function useMatches(id: number, version: number, enabled: boolean) {
  return useQuery({
    queryKey: dispatchKeys.match(id, version),
    queryFn: () => api().call('specialistDispatch.requests.match', { id, limit: 10 }),
    enabled: enabled && id > 0,
  });
}

export function useSpecialistList(q: SpecialistQuery) {
  return useQuery({
    queryKey: dispatchKeys.specialists(q),
    queryFn: () => api().call('specialistDispatch.specialists.list', q),
    placeholderData: keepPreviousData,
  });
}

export function useSpecialist(id: number) {
  return useQuery({
    queryKey: dispatchKeys.specialist(id),
    queryFn: () => api().call('specialistDispatch.specialists.get', { id }),
    enabled: id > 0,
  });
}

export function useCounterparts() {
  return useQuery({
    queryKey: dispatchKeys.counterparts,
    queryFn: () => api().call('specialistDispatch.counterparts.list', {}),
  });
}

export function useExpertise() {
  return useQuery({
    queryKey: dispatchKeys.expertise,
    queryFn: () => api().call('specialistDispatch.expertise.list', {}),
    staleTime: 60_000,
  });
}

export function useIntake(fiscalYear: number) {
  return useQuery({
    queryKey: dispatchKeys.intake(fiscalYear),
    queryFn: () => api().call('specialistDispatch.requests.intake', { fiscalYear }),
    placeholderData: keepPreviousData,
  });
}

export function useDispatchHistory(q: HistoryQuery) {
  return useQuery({
    queryKey: dispatchKeys.history(q),
    queryFn: () => api().call('specialistDispatch.dispatch.history', q),
    placeholderData: keepPreviousData,
  });
}

/** After any change: refresh every dispatch view and the history of changes. */
export function useInvalidateDispatch() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: dispatchKeys.all }),
      client.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}
