// Test helper (fast-check arbitraries, not app code): VALID requests for the statistics channels, as the
// global dispatch property test needs them, and which of them only read.
// PLACEHOLDER: to be written with the statistics services.
import fc from 'fast-check';
import type { statisticsContract } from '../../../shared/statistics/schema';

type Channels = keyof typeof statisticsContract;

export const STATISTICS_READ_ONLY: Channels[] = [];

export const statisticsValid: { [C in Channels]: fc.Arbitrary<unknown> } = {} as {
  [C in Channels]: fc.Arbitrary<unknown>;
};
void fc;
