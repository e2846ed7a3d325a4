// The statistics channels (shared/statistics/schema.ts) → services.
import type { statisticsContract } from '../../../shared/statistics/schema';
import type { Context } from '../context';
import type { Handlers } from '../handler-types';
import { getStatistics } from './service';

type Channels = keyof typeof statisticsContract;

export function statisticsHandlers(ctx: Context): Pick<Handlers, Channels> {
  return {
    'statistics.get': (query) => getStatistics(ctx, query),
  };
}
