// The period a new placement starts from (shared/placements/default-period.ts): after the trainee's
// introductory month, or after their last placement, up to their departure or the programme's end.
// Read from what the screens already hold: the trainee, the cohort list and the trainee's placements.
import { useQuery } from '@tanstack/react-query';
import { type DefaultPeriod, defaultPlacementPeriod } from '../../../../shared/placements/default-period';
import { api } from '../../api/client';
import { useCohortSpans } from '../../api/working-year';
import { useTraineePlacements } from '../queries';

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
  });
  const cohorts = useCohortSpans();
  const placements = useTraineePlacements(traineeId);
  if (traineeId <= 0 || trainee.isPending || cohorts.isPending || placements.isPending) return { state: 'loading' };
  if (!trainee.data || !cohorts.data) return { state: 'none', fiscalYear: null };
  const { fiscalYear, departureDate } = trainee.data;
  const cohort = cohorts.data.cohorts.find((c) => c.fiscalYear === fiscalYear) ?? null;
  const ends = (placements.data ?? []).filter((p) => !p.cancelled).map((p) => p.end);
  const lastPlacementEnd = ends.length > 0 ? ends.sort().at(-1) : null;
  const period = defaultPlacementPeriod({ cohort, departureDate, lastPlacementEnd });
  return period ? { state: 'ready', period } : { state: 'none', fiscalYear };
}
