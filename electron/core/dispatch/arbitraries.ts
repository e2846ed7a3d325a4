// Test helper (fast-check arbitraries, not app code): VALID requests for the dispatch channels, as the
// global dispatch property test needs them, and which of them only read.
import fc from 'fast-check';
import type { dispatchContract } from '../../../shared/dispatch/schema';

type Channels = keyof typeof dispatchContract;

export const DISPATCH_READ_ONLY: Channels[] = [
  'expertise.list',
  'counterparts.list',
  'specialists.list',
  'specialists.get',
  'requests.list',
  'requests.get',
  'requests.match',
  'requests.intake',
  'dispatch.history',
];

// Placeholders until the services exist: each channel is given an empty object.
export const dispatchValid: { [C in Channels]: fc.Arbitrary<unknown> } = {
  'expertise.list': fc.constant({}),
  'expertise.create': fc.constant({}),
  'expertise.update': fc.constant({}),
  'counterparts.list': fc.constant({}),
  'counterparts.create': fc.constant({}),
  'counterparts.update': fc.constant({}),
  'specialists.list': fc.constant({}),
  'specialists.get': fc.constant({}),
  'specialists.create': fc.constant({}),
  'specialists.update': fc.constant({}),
  'specialists.setActive': fc.constant({}),
  'requests.list': fc.constant({}),
  'requests.get': fc.constant({}),
  'requests.create': fc.constant({}),
  'requests.update': fc.constant({}),
  'requests.transition': fc.constant({}),
  'requests.match': fc.constant({}),
  'requests.intake': fc.constant({}),
  'dispatches.update': fc.constant({}),
  'dispatch.history': fc.constant({}),
};
