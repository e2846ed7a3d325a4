// One record's history as a query. Under the ['audit'] prefix that every feature's "after a change"
// invalidates, so the list on a record's page refreshes with the History screen.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

/** The latest changes of one record (its own entries, and a trainee's placements' if asked), newest first. */
export const RECORD_HISTORY_SIZE = 50;
export function useRecordHistory(entity: string, id: string, withPlacements = false) {
  return useQuery({
    queryKey: ['audit', 'record', entity, id, withPlacements],
    queryFn: () =>
      api().call('audit.search', {
        entity,
        entityId: id,
        pageSize: RECORD_HISTORY_SIZE,
        ...(withPlacements ? { withPlacements } : {}),
      }),
  });
}
