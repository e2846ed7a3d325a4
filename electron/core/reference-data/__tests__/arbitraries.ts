// Test helper (fast-check arbitraries, not app code): VALID requests for the reference-data channels,
// as the global dispatch property test needs them, and which of them only read. Import requests take
// decisions on the shipped files' real findings (none of which is an error), so a valid request is
// refused only for a reason of the data (a hash that is not the file's: conflict).
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { referenceDataContract } from '../../../../shared/reference-data/import-schema';
import { checkReferenceFiles } from '../../../../shared/reference-data/reference-files';
import { REFERENCE_FILES } from '../../../../shared/reference-data/schema';
import { resolveResourcesDir } from '../../paths';
import { statsQuery } from '../../statistics/__tests__/arbitraries';
import { SHIPPED_FILES } from '../files';

type Channels = keyof typeof referenceDataContract;

const read = (file: keyof typeof SHIPPED_FILES) =>
  fs.readFileSync(path.join(resolveResourcesDir(), 'reference', SHIPPED_FILES[file]), 'utf8');
const shipped = checkReferenceFiles({
  counterparts: read('counterparts'),
  dispatchProjects: read('dispatch_projects'),
  acceptedTrainees: read('accepted_trainees'),
});
const findings = [
  ...shipped.counterparts.findings,
  ...shipped.dispatchProjects.findings,
  ...shipped.acceptedTrainees.findings,
];
const hashOf = {
  counterparts: shipped.counterparts.contentHash,
  dispatch_projects: shipped.dispatchProjects.contentHash,
  accepted_trainees: shipped.acceptedTrainees.contentHash,
};

/** A decision on a real finding; edits only where any text can be stored (locality, field). */
const decision = fc.constantFrom(...findings).chain((f) =>
  fc.oneof(
    fc.constantFrom('accept', 'keep', 'exclude').map((choice) => ({ findingId: f.id, choice })),
    fc.record({
      findingId: fc.constant(f.id),
      choice: fc.constant('edit'),
      column: fc.constantFrom('locality', 'area_of_expertise'),
      value: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
    }),
  ),
);

const importInput = fc.record(
  {
    files: fc.uniqueArray(fc.constantFrom(...REFERENCE_FILES), { minLength: 1, maxLength: 3 }),
    decisions: fc.array(decision, { maxLength: 8 }),
    hashes: fc.oneof(
      fc.constant(hashOf),
      fc.constant({}),
      fc.record({ counterparts: fc.constantFrom(hashOf.counterparts, '0000000000000000') }),
    ),
  },
  { requiredKeys: [] },
);

export const referenceDataValid: { [C in Channels]: fc.Arbitrary<unknown> } = {
  'referenceData.status': fc.constant({}),
  'referenceData.check': fc.constant({}),
  'referenceData.import': importInput,
  'referenceData.dismissOffer': fc.constant({}),
  'referenceData.historical.traineeTable': fc.constant({}),
  'referenceData.statistics.combined': fc.oneof(
    statsQuery,
    fc.constant({ fromYear: 1996, toYear: 2017 }),
    fc.constant({}),
  ),
};
