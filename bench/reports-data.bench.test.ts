// Not a measurement: prepares the data folder that scripts/bench-reports.mjs prints from. It adds to a
// copy of the dataset (BENCH_DATA_DIR) a 40-trainee cohort in a fiscal year the dataset leaves empty
// (FY1995), each trainee with a photo, two placements, 10 monthly reports, mid-term and final
// evaluations, milestones, an incident and a note — through the contract, as the app would write them —
// and says where to find them in reports-bench.json beside the database.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { arrangeCohort, arrangeTrainee, SCRIPT_TRAINEES } from '../tests/support/reports-scenario';
import { openBenchCore } from './lib/dataset';

const dir = process.env.BENCH_DATA_DIR;
const FY = 1995;
const COHORT = 40;

test.skipIf(!dir)('a 40-trainee cohort with 10 months of entries each, in the served data folder', async () => {
  const core = openBenchCore(dir as string, () => new Date());
  try {
    const start = performance.now();
    const call = (channel: string, input: unknown) => {
      const result = core.dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value;
    };
    const a = await arrangeCohort(call, FY);
    const ids: number[] = [];
    for (let i = 0; i < COHORT; i++) {
      const who = i % SCRIPT_TRAINEES.length;
      const { id } = await arrangeTrainee(call, a, { fy: FY, who, suffix: ` ${i + 1}`, photo: true, serial: 1000 + i });
      ids.push(id);
    }
    const cohort = call('reports.cohort', { fiscalYear: FY }) as { trainees: { entries: unknown[] }[] };
    expect(cohort.trainees).toHaveLength(COHORT);
    expect(cohort.trainees.every((t) => t.entries.length === 16)).toBe(true);
    fs.writeFileSync(
      path.join(dir as string, 'reports-bench.json'),
      JSON.stringify({ traineeId: ids[0], traineeIds: ids, fiscalYear: FY, cohort: COHORT }),
    );
    console.log(
      `reports data (FY${FY}, ${COHORT} trainees) added in ${((performance.now() - start) / 1000).toFixed(1)} s`,
    );
  } finally {
    core.close();
  }
});
