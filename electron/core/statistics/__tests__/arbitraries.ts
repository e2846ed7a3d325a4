// Test helper (fast-check arbitraries, not app code): VALID requests for the statistics channels, as the
// global dispatch property test needs them, and which of them only read.
import fc from 'fast-check';
import type { statisticsContract } from '../../../../shared/statistics/schema';

type Channels = keyof typeof statisticsContract;

const year = fc.oneof(
  { arbitrary: fc.integer({ min: 2024, max: 2028 }), weight: 3 },
  { arbitrary: fc.integer({ min: 1990, max: 2100 }), weight: 1 },
);

/** A year range, either end open, never reversed. */
export const statsQuery = fc
  .record({ fromYear: fc.option(year, { nil: undefined }), toYear: fc.option(year, { nil: undefined }) })
  .map(({ fromYear, toYear }) => {
    if (fromYear !== undefined && toYear !== undefined && fromYear > toYear)
      return { fromYear: toYear, toYear: fromYear };
    return {
      ...(fromYear === undefined ? {} : { fromYear }),
      ...(toYear === undefined ? {} : { toYear }),
    };
  });

export const statisticsValid: { [C in Channels]: fc.Arbitrary<unknown> } = {
  'statistics.get': statsQuery,
};
