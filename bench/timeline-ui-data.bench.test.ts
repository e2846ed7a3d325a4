// Not a measurement: prepares the data folder that scripts/bench.mjs serves for ui.timeline_400_ms.
// It adds to a copy of the dataset (BENCH_DATA_DIR) the placements benchmarks' data (2,000 hosts,
// a cohort per fiscal year, the 400-trainee FY2026 cohort, 100,000 placements), so the UI is timed on
// the same cohort that timeline.cohort_400_ms times in the core.
import { expect, test } from 'vitest';
import { openBenchCore } from './lib/dataset';
import { addPlacementData, COHORT_SIZE, COHORT_YEAR } from './lib/placements-data';

const dir = process.env.BENCH_DATA_DIR;

test.skipIf(!dir)('the 400-trainee cohort with its placements, in the served data folder', () => {
  const core = openBenchCore(dir as string, () => new Date());
  try {
    const start = performance.now();
    const data = addPlacementData(core);
    expect(data.cohort).toHaveLength(COHORT_SIZE);
    console.log(`timeline data for FY${COHORT_YEAR} added in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  } finally {
    core.close();
  }
});
