// What a handler is: one function per channel of the contract, taking its parsed input. A leaf module,
// so each feature's handlers.ts and the hub that lists them import the types without a cycle.
import type { AsyncChannel, CoreChannel, Output, ParsedInput } from '../../shared/contract';

/** The shell's channels (printing, file dialogs) have none: the boundary refuses them in the core. */
export type Handlers = {
  [C in CoreChannel]: (input: ParsedInput<C>) => C extends AsyncChannel ? Promise<Output<C>> : Output<C>;
};

/** The handlers of one feature: the channels its part of the contract (shared/<feature>) declares. */
export type FeatureHandlers<FeatureContract> = Pick<Handlers, keyof FeatureContract & CoreChannel>;

export interface AppEnv {
  mode: 'electron' | 'browser';
  dataDir: string;
  version: string;
}
