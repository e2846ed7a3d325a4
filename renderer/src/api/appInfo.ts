// The app's own facts (version, data folder, desktop or browser, demo sandbox open): asked once at
// start-up for every screen, and again only when a switch of database resets the cache.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './client';

export const appInfoQuery = queryOptions({
  queryKey: ['app', 'info'] as const,
  queryFn: () => api().call('settings.app.info', {}),
  staleTime: Number.POSITIVE_INFINITY,
});

export const useAppInfo = () => useQuery(appInfoQuery);
