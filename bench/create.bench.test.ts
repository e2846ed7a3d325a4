// trainees.create_p95_ms: a validated create through dispatch('trainees.create') — contract parsing,
// reference checks, passport and duplicate look-ups, the insert with its keys and FTS entry, the
// audit entry, all in one transaction — on a copy of the 50,000-trainee dataset. The database runs
// with synchronous=FULL as the app does (every commit waits for the disk); the same loop with
// synchronous=NORMAL is reported beside it as trainees.create_p95_ms_sync_normal.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Core } from '../electron/core/app';
import type { TraineeInput } from '../shared/trainees/schema';
import { benchRecords, datasetCopy, openBenchCore } from './lib/dataset';
import { fmt, report, summarise, time } from './lib/stats';

const WARMUP = 20;
const TIMED = 400;

let core: Core;
let folder: { dir: string; cleanup(): void };

beforeAll(() => {
  folder = datasetCopy('create');
  core = openBenchCore(folder.dir, () => new Date());
});

afterAll(() => {
  core?.close();
  folder?.cleanup();
});

function create(data: TraineeInput): void {
  // confirm: true, as a person does after seeing a possible-duplicate warning (the generator's
  // names repeat, so some records have a same-name, same-birthday twin).
  const result = core.dispatch('trainees.create', { data, confirm: true });
  if (!result.ok) throw new Error(`trainees.create failed: ${result.error.message}`);
}

function timeCreates(records: TraineeInput[]): number[] {
  for (const r of records.slice(0, WARMUP)) create(r);
  return records.slice(WARMUP).map((r) => time(() => create(r)));
}

test('create: validated, with audit entry, on 50,000 trainees', () => {
  // Another seed: new people with passport numbers the dataset does not have.
  const records = benchRecords(core, 2 * (WARMUP + TIMED), 4242);
  const before = Number(core.db.pragma('synchronous'));
  expect(before).toBe(2); // FULL
  const full = summarise(timeCreates(records.slice(0, WARMUP + TIMED)));
  core.db.raw.pragma('synchronous = NORMAL');
  const normal = summarise(timeCreates(records.slice(WARMUP + TIMED)));
  const audits = core.db.get<{ n: number }>({
    text: "SELECT count(*) AS n FROM audit_log WHERE action = 'create'",
    params: [],
  });
  expect(audits?.n).toBe(2 * (WARMUP + TIMED));
  report({
    'trainees.create_p95_ms': { value: full.p95, note: `synchronous=FULL, ${fmt(full)}, ${WARMUP} warm-up` },
    'trainees.create_p95_ms_sync_normal': { value: normal.p95, note: `synchronous=NORMAL, ${fmt(normal)}` },
  });
});
