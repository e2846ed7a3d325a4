// The reference-data benchmark:
//   import.reference_ms    referenceData.check + referenceData.import of all three shipped files (their
//                          findings included) through core.dispatch, into a database holding none of
//                          them: median over fresh databases
//   stats.country_year_ms  referenceData.statistics.combined ({}: the whole printed table beside every year of the
//                          app) through core.dispatch, the accepted-trainee table imported, on a copy of
//                          the 50,000-trainee dataset: median after warm-up
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Core } from '../electron/core/app';
import type {
  CombinedCountryYear,
  ReferenceCheck,
  ReferenceImportResult,
} from '../shared/reference-data/import-schema';
import { datasetCopy, openBenchCore, tempDir } from './lib/dataset';
import { report, summarise, time, timeCases } from './lib/stats';

function call<T>(core: Core, channel: string, input: unknown): T {
  const result = core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

test('check and import of the three shipped files into an empty database', () => {
  const runs: number[] = [];
  let created = 0;
  for (let i = 0; i < 9; i++) {
    const folder = tempDir('reference-import');
    const core = openBenchCore(folder.dir);
    try {
      let result: ReferenceImportResult | undefined;
      runs.push(
        time(() => {
          const check = call<ReferenceCheck>(core, 'referenceData.check', {});
          result = call<ReferenceImportResult>(core, 'referenceData.import', {
            hashes: {
              counterparts: check.counterparts.contentHash,
              dispatch_projects: check.dispatchProjects.contentHash,
              accepted_trainees: check.acceptedTrainees.contentHash,
            },
          });
        }),
      );
      created = result?.files.reduce((a, f) => a + f.created, 0) ?? 0;
    } finally {
      core.close();
      folder.cleanup();
    }
  }
  expect(created).toBe(56);
  const s = summarise(runs);
  report({
    'import.reference_ms': {
      value: s.p50,
      note: `median of ${s.n} fresh databases (max ${s.max.toFixed(2)} ms): check (13 findings) + import of 56 rows, one transaction`,
    },
  });
});

let core: Core;
let folder: { dir: string; cleanup(): void };

beforeAll(() => {
  folder = datasetCopy('reference');
  core = openBenchCore(folder.dir);
  call(core, 'referenceData.import', { files: ['accepted_trainees'] });
});

afterAll(() => {
  core?.close();
  folder?.cleanup();
});

test('statistics.combined on 50,000 trainees with the historical facts', () => {
  const table = call<CombinedCountryYear>(core, 'referenceData.statistics.combined', {});
  expect(table.referenceImported).toBe(true);
  expect(table.referenceRowTotalsSum).toBe(234);
  const app = table.grandTotal.app;
  expect(app).toBeGreaterThan(10_000);
  const s = summarise(timeCases([{}], (q) => call(core, 'referenceData.statistics.combined', q), 40, 5));
  const ranged = summarise(
    timeCases([{ fromYear: 2011, toYear: 2017 }], (q) => call(core, 'referenceData.statistics.combined', q), 40, 5),
  );
  report({
    'stats.country_year_ms': {
      value: s.p50,
      note:
        `median of ${s.n} dispatch('referenceData.statistics.combined', {}) after 5 (p95 ${s.p95.toFixed(2)} ms): ` +
        `${table.columns.length} columns × ${table.rows.length} countries, ${app} accepted trainees in the app beside ` +
        `the printed table; 2011–2017 median ${ranged.p50.toFixed(2)} ms`,
    },
  });
});
