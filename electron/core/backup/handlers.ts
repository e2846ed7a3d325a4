// The backup and restore channels (shared/backup/schema.ts) → services.
// PLACEHOLDER: every channel answers "unsupported" until its service is written.
import { backupContract } from '../../../shared/backup/schema';
import { AppFailure } from '../../../shared/result';
import type { Context } from '../context';
import type { Handlers } from '../handlers';

type Channels = keyof typeof backupContract;

export function backupHandlers(_ctx: Context): Pick<Handlers, Channels> {
  const notYet = () => {
    throw new AppFailure({ code: 'unsupported', message: 'not implemented yet' });
  };
  return Object.fromEntries(Object.keys(backupContract).map((c) => [c, notYet])) as unknown as Pick<Handlers, Channels>;
}
