// The register's queries, and the refresh after a reissue.
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Input } from '../../../shared/contract';
import { api } from '../api/client';

type RegisterQuery = Input<'documents.register.list'>;

export const documentKeys = {
  all: ['documents'] as const,
  list: (q: RegisterQuery) => ['documents', 'register', q] as const,
  facets: ['documents', 'facets'] as const,
  print: (q: Input<'exports.documents'>['query']) => ['documents', 'print', q] as const,
};

export function useRegister(q: RegisterQuery) {
  return useQuery({
    queryKey: documentKeys.list(q),
    queryFn: () => api().call('documents.register.list', q),
    placeholderData: keepPreviousData,
  });
}

export function useRegisterFacets() {
  return useQuery({ queryKey: documentKeys.facets, queryFn: () => api().call('documents.register.facets', {}) });
}

/** Every row the filters keep (the printed register), a page of 500 at most. */
export function useRegisterAll(q: NonNullable<Input<'exports.documents'>['query']>) {
  return useQuery({
    queryKey: documentKeys.print(q),
    queryFn: () => api().call('documents.register.list', { ...q, page: 1, pageSize: 500 }),
  });
}

export function useRefreshDocuments() {
  const client = useQueryClient();
  return useCallback(() => client.invalidateQueries({ queryKey: documentKeys.all }), [client]);
}
