// The exports channels (shared/exports/schema.ts) → services.
// PLACEHOLDER: every channel answers "unsupported" until its service is written.
import { exportsContract } from '../../../shared/exports/schema';
import { AppFailure } from '../../../shared/result';
import type { Context } from '../context';
import type { Handlers } from '../handlers';

type Channels = keyof typeof exportsContract;

export function exportsHandlers(_ctx: Context): Pick<Handlers, Channels> {
  const notYet = () => {
    throw new AppFailure({ code: 'unsupported', message: 'not implemented yet' });
  };
  return Object.fromEntries(Object.keys(exportsContract).map((c) => [c, notYet])) as unknown as Pick<
    Handlers,
    Channels
  >;
}
