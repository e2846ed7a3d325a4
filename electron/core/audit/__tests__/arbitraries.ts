// Test helper (fast-check arbitraries, not app code): VALID requests for the audit channels, as the
// global dispatch property test needs them. Every one only reads.
import fc from 'fast-check';
import type { auditContract } from '../../../../shared/audit/schema';
import { HOSTILE, text } from '../../trainees/__tests__/arbitraries';

type Channels = keyof typeof auditContract;

const instant = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .chain((d) =>
    fc.constantFrom(
      d.toISOString(),
      d.toISOString().replace('Z', '+09:00'),
      d.toISOString().replace(/\.\d+Z$/, '-05:30'),
    ),
  );

const filters = {
  entity: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('trainee', 'host', 'cohort', 'placement')),
  entityId: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('1', '2', '*', '2026')),
  actor: fc.oneof(text(120), fc.constantFrom('staff', 'Tanaka Yuki')),
  action: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('create', 'update', 'photo-set')),
  since: instant,
  until: instant,
  text: fc.oneof(text(200), fc.constantFrom(...HOSTILE, '%', '_', '\\', '"', "'", 'Nguyễn', '')),
  withPlacements: fc.boolean(),
};

export const auditValid: { [C in Channels]: fc.Arbitrary<unknown> } = {
  'audit.list': fc.record({ ...filters, limit: fc.integer({ min: 1, max: 500 }) }, { requiredKeys: [] }),
  'audit.search': fc.record(
    { ...filters, page: fc.integer({ min: 1, max: 1_000_000 }), pageSize: fc.integer({ min: 1, max: 200 }) },
    { requiredKeys: [] },
  ),
  'audit.facets': fc.constant({}),
};
