// One query client. The core is local, so requests are cheap: no retries that would only delay an
// error message, and no refetch on window focus that would reset a page someone is reading.
import { QueryClient } from '@tanstack/react-query';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 },
    mutations: { retry: false },
  },
});
