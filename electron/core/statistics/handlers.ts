// The statistics channels (shared/statistics/schema.ts) → services.
import type { statisticsContract } from '../../../shared/statistics/schema';
import type { Context } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { getStatistics } from './service';

export function statisticsHandlers(ctx: Context): FeatureHandlers<typeof statisticsContract> {
  return {
    'statistics.get': (query) => getStatistics(ctx, query),
  };
}
