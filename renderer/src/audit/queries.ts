// The History screen's queries. Every feature's "after a change" invalidates ['audit'], so all of these
// refresh (one record's history on its page: ui/history/queries.ts).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Input } from '../../../shared/contract';
import { api } from '../api/client';

export const auditKeys = {
  all: ['audit'] as const,
  search: (query: Input<'audit.search'>) => ['audit', 'search', query] as const,
  facets: ['audit', 'facets'] as const,
};

/** One page of the whole history; the previous page stays on screen while the next loads. */
export function useAuditSearch(query: Input<'audit.search'>) {
  return useQuery({
    queryKey: auditKeys.search(query),
    queryFn: () => api().call('audit.search', query),
    placeholderData: keepPreviousData,
  });
}

export function useAuditFacets() {
  return useQuery({ queryKey: auditKeys.facets, queryFn: () => api().call('audit.facets', {}) });
}
