// The reference-data channels (shared/reference-data/import-schema.ts) → services. The channels work
// on the files the app ships; the services take texts, so tests feed them generated files.
import type { referenceDataContract } from '../../../shared/reference-data/import-schema';
import type { Context } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { combinedCountryYear } from '../statistics/combined';
import { checkTexts, shippedTexts } from './check';
import { importTexts } from './import';
import { dismissOffer, historicalTraineeTable, referenceStatus } from './status';

export function referenceDataHandlers(ctx: Context): FeatureHandlers<typeof referenceDataContract> {
  return {
    'referenceData.status': () => referenceStatus(ctx),
    'referenceData.check': (query) => checkTexts(ctx, shippedTexts(ctx), query.readAsRows),
    'referenceData.import': (input) => importTexts(ctx, shippedTexts(ctx), input),
    'referenceData.dismissOffer': () => dismissOffer(ctx),
    'referenceData.historical.traineeTable': () => historicalTraineeTable(ctx),
    'referenceData.statistics.combined': (query) => combinedCountryYear(ctx, query),
  };
}
