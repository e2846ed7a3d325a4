// The demo sandbox as the screens see it: whether it is open (settings.app.info), and the switch to it
// and back. A switch clears every cached answer, so no demo record is ever shown as real (or the other
// way round), and the person stays on the same kind of screen: a record's page becomes its list.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router-dom';
import { notifyError } from '../i18n/notify';
import { useAppInfo } from './appInfo';
import { api } from './client';

/** True while the demo database stands in for the real one. */
export function useDemoMode(): boolean {
  return useAppInfo().data?.demo ?? false;
}

/** The same kind of screen without a record of the other database: `/trainees/12/edit` → `/trainees`. */
export function screenAfterSwitch(pathname: string): string {
  const parts = pathname.split('/').filter(Boolean);
  const record = parts.findIndex((part) => /^\d+$/.test(part));
  return `/${(record < 0 ? parts : parts.slice(0, record)).join('/')}`;
}

export function useDemoSwitch() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return useMutation({
    mutationFn: (to: 'enter' | 'leave') => api().call(to === 'enter' ? 'demo.enter' : 'demo.leave', {}),
    onSuccess: async () => {
      navigate(screenAfterSwitch(pathname), { replace: true });
      await client.cancelQueries();
      // Inactive answers go; the screen's own are emptied and asked again of the other database.
      client.removeQueries({ type: 'inactive' });
      await client.resetQueries();
    },
    onError: (error) => notifyError(error),
  });
}
