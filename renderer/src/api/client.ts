// The typed client: `api.call('trainees.list', {...})` is checked against the shared contract at
// compile time, and a failure arrives as an ApiError carrying the core's code, issues and warnings.
import type { Channel, Input, Output } from '../../../shared/contract';
import type { AppError } from '../../../shared/result';
import type { Transport } from './transport';

export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'ApiError';
  }
  get code() {
    return this.error.code;
  }
}

export interface Api {
  readonly transport: Transport;
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
}

export function createApi(transport: Transport): Api {
  return {
    transport,
    async call(channel, input) {
      const result = await transport.call(channel, input);
      if (!result.ok) throw new ApiError(result.error);
      return result.value as never;
    },
  };
}

let current: Api | null = null;

/** Start-up hands over this window's transport (openSession) before anything calls the core. */
export function connectApi(transport: Transport): void {
  current = createApi(transport);
}

/** The app's one client. */
export function api(): Api {
  if (!current) throw new Error('The app asked the core before its session was opened.');
  return current;
}
