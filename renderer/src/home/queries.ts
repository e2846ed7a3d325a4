// The home page's data: demo status, the current and upcoming cohorts, the dispatch requests of the
// application window, and the records changed last. Each is one small read the core answers from an
// index; they load side by side, and each part of Home shows as soon as its own answer is in.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { applicationWindow, upcomingWindow } from '../../../shared/specialist-dispatch/window';
import { api } from '../api/client';

export { useCohortSpans as useCohorts } from '../api/working-year';

export const demoStatusQuery = queryOptions({
  queryKey: ['demo', 'status'] as const,
  queryFn: () => api().call('demo.status', {}),
});

export const useDemoStatus = () => useQuery(demoStatusQuery);

/**
 * The application window the dispatch work is about on `today`: the one open now or the last one
 * opened (its requests are matched in the months after), and the next one when that is not open.
 */
export function dispatchWindows(today: string) {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const latest = applicationWindow(month >= 3 ? year + 1 : year);
  const open = today >= latest.first && today <= latest.last;
  return { latest, open, next: open ? null : upcomingWindow(today) };
}

export const HOME_REQUESTS = 5;

export function windowRequestsQuery(fiscalYear: number) {
  const input = { fiscalYear, sort: 'received' as const, dir: 'desc' as const, pageSize: HOME_REQUESTS };
  return queryOptions({
    queryKey: ['dispatch', 'requests', 'home', input] as const,
    queryFn: () => api().call('specialistDispatch.requests.list', input),
  });
}

export const useWindowRequests = (fiscalYear: number) => useQuery(windowRequestsQuery(fiscalYear));

/** Enough of the log to find a handful of different records in it. */
const RECENT_ENTRIES = 60;
export const RECENT_RECORDS = 6;

/** Pages of records (not the settings or the counterpart list, which are changed as a whole). */
const RECORD_PAGES = new Set<string>(['trainee', 'host', 'cohort', 'request', 'specialist']);

export const recentEntriesQuery = queryOptions({
  queryKey: ['audit', 'home-recent'] as const,
  queryFn: () => api().call('audit.search', { page: 1, pageSize: RECENT_ENTRIES }),
});

/** The records changed last, newest first, each once (from the change log). */
export function useRecentRecords() {
  const query = useQuery(recentEntriesQuery);
  const seen = new Set<string>();
  const rows = [];
  for (const row of query.data?.rows ?? []) {
    const link = row.subject.link;
    if (!link || !RECORD_PAGES.has(link.page) || !row.subject.exists || row.entityId === '*') continue;
    const key = `${link.page}:${link.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(row);
    if (rows.length === RECENT_RECORDS) break;
  }
  return { isPending: query.isPending, rows };
}
