// The statistics channels (shared/statistics/schema.ts) → services.
// PLACEHOLDER: every channel answers "unsupported" until its service is written.

import { AppFailure } from '../../../shared/result';
import { statisticsContract } from '../../../shared/statistics/schema';
import type { Context } from '../context';
import type { Handlers } from '../handlers';

type Channels = keyof typeof statisticsContract;

export function statisticsHandlers(_ctx: Context): Pick<Handlers, Channels> {
  const notYet = () => {
    throw new AppFailure({ code: 'unsupported', message: 'not implemented yet' });
  };
  return Object.fromEntries(Object.keys(statisticsContract).map((c) => [c, notYet])) as unknown as Pick<
    Handlers,
    Channels
  >;
}
