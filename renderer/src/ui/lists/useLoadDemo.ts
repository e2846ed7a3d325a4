// "Load demo data" from an empty list or Home: fictional records to try the app with, clearly marked
// and removable in one click (Home). Every list refreshes afterwards.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { notifyError } from '../../i18n/notify';

export function useLoadDemo() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api().call('demo.load', {}),
    onSuccess: () => client.invalidateQueries(),
    onError: (error) => notifyError(error),
  });
}
