// Test helper (fast-check arbitraries, not app code): VALID requests for the reports channels, as the
// global dispatch property test needs them, and which of them only read.
// PLACEHOLDER: to be written with the reports services.
import fc from 'fast-check';
import type { reportsContract } from '../../../shared/reports/schema';

type Channels = keyof typeof reportsContract;

export const REPORTS_READ_ONLY: Channels[] = [];

export const reportsValid: { [C in Channels]: fc.Arbitrary<unknown> } = {} as {
  [C in Channels]: fc.Arbitrary<unknown>;
};
void fc;
