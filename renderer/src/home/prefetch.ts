// Home's answers asked for while the app starts, when it opens on Home: without them Home waits for
// its code, then the demo status, then its cards' own requests, one after the other.
import type { QueryClient } from '@tanstack/react-query';
import { todayIso } from '../../../shared/fiscal-year';
import { cohortSpansQuery } from '../api/working-year';
import { demoStatusQuery, dispatchWindows, recentEntriesQuery, windowRequestsQuery } from './queries';

export function prefetchHome(client: QueryClient): void {
  void client.prefetchQuery(demoStatusQuery);
  void client.prefetchQuery(cohortSpansQuery);
  void client.prefetchQuery(windowRequestsQuery(dispatchWindows(todayIso()).latest.fiscalYear));
  void client.prefetchQuery(recentEntriesQuery);
}
