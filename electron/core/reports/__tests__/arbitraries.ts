// Test helper (fast-check arbitraries, not app code): VALID requests for the reports channels, as the
// global dispatch property test needs them, and which of them only read.
import fc from 'fast-check';
import type { reportsContract } from '../../../../shared/reports/schema';
import { fiscalYear } from '../../cohorts/__tests__/arbitraries';

type Channels = keyof typeof reportsContract;

// Mostly the test database's own trainees and host, so many reports are really assembled.
const id = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 5 },
  { arbitrary: fc.integer({ min: 1, max: 2 ** 31 }), weight: 1 },
);
const showSensitive = fc.boolean();
const options = { requiredKeys: ['id'] as 'id'[] };
const fileName = fc
  .string({ minLength: 1, maxLength: 120 })
  .map((s) => s.replace(/[\\/:*?"<>|\0]/g, '_'))
  .filter((s) => s.trim().length > 0);

export const reportsValid: { [C in Channels]: fc.Arbitrary<unknown> } = {
  'reports.trainee': fc.record({ id, showSensitive }, options),
  'reports.trainees': fc.record(
    { ids: fc.uniqueArray(id, { minLength: 1, maxLength: 5 }), showSensitive },
    { requiredKeys: ['ids'] },
  ),
  'reports.cohort': fc.record({ fiscalYear, showSensitive }, { requiredKeys: ['fiscalYear'] }),
  'reports.host': fc.record({ id, showSensitive }, options),
  'reports.print.dialog': fc.record({ fileName }),
  'reports.print.savePdf': fc.record({ fileName }),
};
