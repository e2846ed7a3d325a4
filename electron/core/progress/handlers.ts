// The progress channels (shared/progress/schema.ts) → services.
// PLACEHOLDER: every channel answers "unsupported" until its service is written.
import { progressContract } from '../../../shared/progress/schema';
import { AppFailure } from '../../../shared/result';
import type { Context } from '../context';
import type { Handlers } from '../handlers';

type Channels = keyof typeof progressContract;

export function progressHandlers(_ctx: Context): Pick<Handlers, Channels> {
  const notYet = () => {
    throw new AppFailure({ code: 'unsupported', message: 'not implemented yet' });
  };
  return Object.fromEntries(Object.keys(progressContract).map((c) => [c, notYet])) as unknown as Pick<
    Handlers,
    Channels
  >;
}
