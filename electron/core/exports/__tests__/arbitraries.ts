// Test helper (fast-check arbitraries, not app code): VALID requests for the exports channels, as the
// global dispatch property test needs them, and which of them only read (all: an export writes nothing).
import fc from 'fast-check';
import type { exportsContract } from '../../../../shared/exports/schema';
import { DUE_KINDS } from '../../../../shared/progress/schema';
import { TRAINEE_SORTS, TRAINEE_STATUSES } from '../../../../shared/trainees/schema';
import { documentsValid } from '../../documents/__tests__/arbitraries';
import { dispatchValid } from '../../specialist-dispatch/__tests__/arbitraries';
import { statsQuery } from '../../statistics/__tests__/arbitraries';
import { HOSTILE, text } from '../../trainees/__tests__/arbitraries';

type Channels = keyof typeof exportsContract;

// Mostly the ids and year of the property test's small database (trainees 1–3 of FY2026).
const id = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 5 },
  { arbitrary: fc.integer({ min: 1, max: 2 ** 31 }), weight: 1 },
);
const fiscalYear = fc.oneof(
  { arbitrary: fc.constant(2026), weight: 3 },
  { arbitrary: fc.integer({ min: 1990, max: 2100 }), weight: 1 },
);
const file = { format: fc.constantFrom('csv' as const, 'xlsx' as const), language: fc.constantFrom('en', 'ja') };

export const exportsValid: { [C in Channels]: fc.Arbitrary<unknown> } = {
  'exports.trainees': fc.record({
    ...file,
    query: fc.record(
      {
        search: fc.oneof(text(200), fc.constantFrom(...HOSTILE, 'a', 'ab', '"', 'NEAR(', '')),
        fiscalYear: fc.option(fiscalYear, { nil: null }),
        country: fc.option(fc.constantFrom('TH', 'VN', 'ZZ'), { nil: null }),
        fieldId: fc.option(id, { nil: null }),
        status: fc.option(fc.constantFrom(...TRAINEE_STATUSES), { nil: null }),
        archived: fc.constantFrom('active', 'archived', 'all'),
        sort: fc.constantFrom(...TRAINEE_SORTS),
        dir: fc.constantFrom('asc', 'desc'),
      },
      { requiredKeys: [] },
    ),
  }),
  'exports.attention': fc.record({
    ...file,
    query: fc.record(
      {
        kind: fc.constantFrom(...DUE_KINDS),
        state: fc.constantFrom('overdue', 'due_soon'),
        country: fc.constantFrom('TH', 'VN', 'ZZ'),
        fiscalYear,
        traineeId: id,
      },
      { requiredKeys: [] },
    ),
  }),
  'exports.statistics': fc.record(
    { ...file, table: fc.constantFrom('countryYear', 'byField', 'byHost'), query: statsQuery },
    { requiredKeys: ['format', 'language'] },
  ),
  'exports.cohort': fc.record({ ...file, fiscalYear }),
  'exports.progress': fc.record({ ...file, traineeId: id }),
  'exports.requests': fc.record(
    {
      ...file,
      query: dispatchValid['specialistDispatch.requests.list'].map((q) => {
        const { page: _p, pageSize: _s, ...rest } = q as Record<string, unknown>;
        return rest;
      }),
    },
    { requiredKeys: ['format', 'language'] },
  ),
  'exports.dispatchHistory': fc.record(
    {
      ...file,
      table: fc.constantFrom('byCountry', 'byField', 'projects'),
      query: dispatchValid['specialistDispatch.dispatch.history'],
    },
    { requiredKeys: ['format', 'language'] },
  ),
  'exports.documents': fc.record(
    {
      ...file,
      query: documentsValid['documents.register.list'].map((q) => {
        const { page: _p, pageSize: _s, ...rest } = q as Record<string, unknown>;
        return rest;
      }),
    },
    { requiredKeys: ['format', 'language'] },
  ),
};
