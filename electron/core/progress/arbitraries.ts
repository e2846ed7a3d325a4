// Test helper (fast-check arbitraries, not app code): VALID requests for the progress channels, as the
// global dispatch property test needs them, and which of them only read.
// PLACEHOLDER: to be written with the progress services.
import fc from 'fast-check';
import type { progressContract } from '../../../shared/progress/schema';

type Channels = keyof typeof progressContract;

export const PROGRESS_READ_ONLY: Channels[] = [];

export const progressValid: { [C in Channels]: fc.Arbitrary<unknown> } = {} as {
  [C in Channels]: fc.Arbitrary<unknown>;
};
void fc;
