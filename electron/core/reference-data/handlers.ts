// The reference-data channels (shared/reference-data/import-schema.ts) → services.
import type { referenceDataContract } from '../../../shared/reference-data/import-schema';
import { AppFailure } from '../../../shared/result';
import type { Context } from '../context';
import type { Handlers } from '../handlers';

type Channels = keyof typeof referenceDataContract;

const todo = (): never => {
  throw new AppFailure({ code: 'unsupported', message: 'Not built yet' });
};

export function referenceDataHandlers(_ctx: Context): Pick<Handlers, Channels> {
  return {
    'referenceData.status': todo,
    'referenceData.check': todo,
    'referenceData.import': todo,
    'referenceData.dismissOffer': todo,
    'historical.traineeTable': todo,
    'statistics.combined': todo,
  };
}
