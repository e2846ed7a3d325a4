// The reports channels (shared/reports/schema.ts) → services.
// PLACEHOLDER: every channel answers "unsupported" until its service is written.
import { reportsContract } from '../../../shared/reports/schema';
import { AppFailure } from '../../../shared/result';
import type { Context } from '../context';
import type { Handlers } from '../handlers';

type Channels = keyof typeof reportsContract;

export function reportsHandlers(_ctx: Context): Pick<Handlers, Channels> {
  const notYet = () => {
    throw new AppFailure({ code: 'unsupported', message: 'not implemented yet' });
  };
  return Object.fromEntries(Object.keys(reportsContract).map((c) => [c, notYet])) as unknown as Pick<
    Handlers,
    Channels
  >;
}
