// Test helper (fast-check arbitraries, not app code): VALID requests for the reference-data channels,
// as the global dispatch property test needs them, and which of them only read.
import fc from 'fast-check';
import type { referenceDataContract } from '../../../shared/reference-data/import-schema';

type Channels = keyof typeof referenceDataContract;

export const REFERENCE_DATA_READ_ONLY: Channels[] = [
  'referenceData.status',
  'referenceData.check',
  'historical.traineeTable',
  'statistics.combined',
];

// Placeholders until the services exist.
export const referenceDataValid: { [C in Channels]: fc.Arbitrary<unknown> } = {
  'referenceData.status': fc.constant({}),
  'referenceData.check': fc.constant({}),
  'referenceData.import': fc.constant({}),
  'referenceData.dismissOffer': fc.constant({}),
  'historical.traineeTable': fc.constant({}),
  'statistics.combined': fc.constant({}),
};
