// Settings as a query, seeded at start-up (main.tsx) so the first paint already has them.
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

export function useSettings() {
  return useQuery({ queryKey: ['settings'], queryFn: () => api().call('settings.get', {}) });
}
