// The app's settings (language, staff name, how dates are read and shown) as one query, seeded at
// start-up (main.tsx) so the first paint already has them. Every screen that reads a setting uses this
// key, so a change made in Settings reaches them all.
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

export const settingsKey = ['settings'] as const;

export function useSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => api().call('settings.get', {}) });
}
