// The placement channels: check a period as it is typed, create, change, cancel, a trainee's or a
// host's placements, host suggestions, and a cohort's timeline.
import type { placementsContract } from '../../../shared/placements/schema';
import type { Context } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { placementsForHost, placementsForTrainee } from './rows';
import { cancelPlacement, checkPlacement, createPlacement, updatePlacement } from './service';
import { suggestHosts } from './suggest';
import { cohortTimeline } from './timeline';

export function placementsHandlers(ctx: Context): FeatureHandlers<typeof placementsContract> {
  return {
    'placements.check': (input) => checkPlacement(ctx, input),
    'placements.create': (input) => createPlacement(ctx, input),
    'placements.update': (input) => updatePlacement(ctx, input),
    'placements.cancel': (input) => cancelPlacement(ctx, input),
    'placements.forTrainee': ({ traineeId, includeCancelled }) =>
      placementsForTrainee(ctx, traineeId, includeCancelled),
    'placements.forHost': ({ hostId, includeCancelled }) => placementsForHost(ctx, hostId, includeCancelled),
    'placements.suggest': (input) => suggestHosts(ctx, input),
    'placements.timeline.cohort': ({ fiscalYear }) => cohortTimeline(ctx, fiscalYear),
  };
}
