// Test helper (fast-check arbitraries, not app code): VALID requests for the recovery channels, as the
// global dispatch property test needs them, and which of them only read. Outside recovery mode the
// two actions are refused with "conflict" (a reason of the state, not of the input).
import fc from 'fast-check';
import type { recoveryContract } from '../../../../shared/recovery/schema';

type Channels = keyof typeof recoveryContract;

const backupId = fc
  .tuple(
    fc.constantFrom('daily', 'monthly', 'manual', 'quit'),
    fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
  )
  .map(([kind, at]) => `clair-desk-${kind}-${at.toISOString().replace(/[-:.]/g, '')}.sqlite`);

export const recoveryValid: { [C in Channels]: fc.Arbitrary<unknown> } = {
  'recovery.status': fc.constant({}),
  'recovery.restore': fc.record({ id: backupId, confirm: fc.constant(true) }),
  'recovery.startEmpty': fc.constant({ confirm: true }),
};
