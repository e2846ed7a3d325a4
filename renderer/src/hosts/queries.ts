// Data access for host institutions through TanStack Query. Every change invalidates the "hosts"
// prefix, so the directory, host pages and anything else showing hosts refresh together.
import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/contract';
import { api } from '../api/client';

export type HostQuery = Input<'hosts.list'>;

export const hostKeys = {
  all: ['hosts'] as const,
  list: (q: HostQuery) => ['hosts', 'list', q] as const,
  one: (id: number) => ['hosts', 'one', id] as const,
};

/** A page of the directory: for the list, and for asking ahead while the search box types. */
export const hostListQuery = (q: HostQuery) =>
  queryOptions({ queryKey: hostKeys.list(q), queryFn: () => api().call('hosts.list', q) });

export function useHostList(q: HostQuery) {
  return useQuery({
    ...hostListQuery(q),
    // Keep the old page on screen while the next one loads: no flicker while typing.
    placeholderData: keepPreviousData,
  });
}

export function useHost(id: number) {
  return useQuery({ queryKey: hostKeys.one(id), queryFn: () => api().call('hosts.get', { id }), enabled: id > 0 });
}

/** After any change to hosts: refresh every view of them, their history and placement suggestions. */
export function useInvalidateHosts() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: hostKeys.all }),
      client.invalidateQueries({ queryKey: ['audit'] }),
      client.invalidateQueries({ queryKey: ['placements'] }),
    ]);
}
