// Test helper (fast-check arbitraries, not app code): VALID requests for the exports channels, as the
// global dispatch property test needs them, and which of them only read.
// PLACEHOLDER: to be written with the exports services.
import fc from 'fast-check';
import type { exportsContract } from '../../../shared/exports/schema';

type Channels = keyof typeof exportsContract;

export const EXPORTS_READ_ONLY: Channels[] = [];

export const exportsValid: { [C in Channels]: fc.Arbitrary<unknown> } = {} as {
  [C in Channels]: fc.Arbitrary<unknown>;
};
void fc;
