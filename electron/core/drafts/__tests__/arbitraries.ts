// Test helper (fast-check arbitraries, not app code): VALID requests for the drafts channels, as the
// global dispatch property test needs them, and which of them only read.
import fc from 'fast-check';
import type { draftsContract } from '../../../../shared/drafts/schema';
import { text } from '../../trainees/__tests__/arbitraries';

type Channels = keyof typeof draftsContract;

const form = fc.oneof(
  fc.constantFrom('trainee', 'host', 'progress-entry', 'placement'),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,59}$/),
);
const key = fc.oneof(fc.constantFrom('new', '1', '2', '12:new', '1:2'), fc.stringMatching(/^[A-Za-z0-9:_-]{1,60}$/));
const ref = fc.record({ form, key });

/** A form's values: JSON data, its text well under the size limit. */
const values = fc.dictionary(
  fc.oneof(fc.constantFrom('fullName', 'notes', 'data', 'country'), fc.string({ maxLength: 20 })),
  fc.oneof(text(200), fc.jsonValue({ maxDepth: 3 })),
  { maxKeys: 8 },
);

export const draftsValid: { [C in Channels]: fc.Arbitrary<unknown> } = {
  'drafts.save': fc.record({
    form,
    key,
    values,
    baseVersion: fc.option(fc.integer({ min: 1, max: 2 ** 31 }), { nil: null }),
  }),
  'drafts.get': ref,
  'drafts.discard': ref,
};
