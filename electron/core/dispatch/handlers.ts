// The Specialist Dispatch channels (shared/dispatch/schema.ts) → services.
import type { dispatchContract } from '../../../shared/dispatch/schema';
import { AppFailure } from '../../../shared/result';
import type { Context } from '../context';
import type { Handlers } from '../handlers';

type Channels = keyof typeof dispatchContract;

const todo = (): never => {
  throw new AppFailure({ code: 'unsupported', message: 'Not built yet' });
};

export function dispatchHandlers(_ctx: Context): Pick<Handlers, Channels> {
  return {
    'expertise.list': todo,
    'expertise.create': todo,
    'expertise.update': todo,
    'counterparts.list': todo,
    'counterparts.create': todo,
    'counterparts.update': todo,
    'specialists.list': todo,
    'specialists.get': todo,
    'specialists.create': todo,
    'specialists.update': todo,
    'specialists.setActive': todo,
    'requests.list': todo,
    'requests.get': todo,
    'requests.create': todo,
    'requests.update': todo,
    'requests.transition': todo,
    'requests.match': todo,
    'requests.intake': todo,
    'dispatches.update': todo,
    'dispatch.history': todo,
  };
}
