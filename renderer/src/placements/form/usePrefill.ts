// The period a new placement starts from (shared/placements/default-period.ts): after the trainee's
// introductory month, or after their last placement, up to their departure or the programme's end.
// Read from what the screens already hold: the trainee, the cohort list and the trainee's placements.
import { useQuery } from '@tanstack/react-query';
import { type DefaultPeriod, defaultPlacementPeriod } from '../../../../shared/placements/default-period';
import { api } from '../../api/client';
import { useCohortSpans } from '../../api/working-year';
import { placementKeys } from '../queries';

export type Prefill =
  | { state: 'loading' }
  | { state: 'none'; fiscalYear: number | null }
  | { state: 'ready'; period: DefaultPeriod };

/** The offer for a trainee (0: none chosen yet). */
export function usePrefill(traineeId: number): Prefill {
  const trainee = useQuery({
    queryKey: ['trainees', 'one', traineeId],
    queryFn: () => api().call('trainees.get', { id: traineeId }),
    enabled: traineeId > 0,
    // Asked anew on opening: a departure or placement saved in another window since must count.
    refetchOnMount: 'always',
  });
  const cohorts = useCohortSpans();
  const placements = useQuery({
    queryKey: placementKeys.trainee(traineeId),
    queryFn: () => api().call('placements.forTrainee', { traineeId, includeCancelled: true }),
    enabled: traineeId > 0,
    refetchOnMount: 'always',
  });
  // The offer is made once, so it waits for those fresh answers rather than use what was cached.
  const waiting = [trainee, cohorts, placements].some((q) => q.isPending || q.isFetching);
  if (traineeId <= 0 || waiting) return { state: 'loading' };
  if (!trainee.data || !cohorts.data) return { state: 'none', fiscalYear: null };
  const { fiscalYear, departureDate } = trainee.data;
  const cohort = cohorts.data.cohorts.find((c) => c.fiscalYear === fiscalYear) ?? null;
  const ends = (placements.data ?? []).filter((p) => !p.cancelled).map((p) => p.end);
  const lastPlacementEnd = ends.length > 0 ? ends.sort().at(-1) : null;
  const period = defaultPlacementPeriod({ cohort, departureDate, lastPlacementEnd });
  return period ? { state: 'ready', period } : { state: 'none', fiscalYear };
}
