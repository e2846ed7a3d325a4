// The specialist-matching benchmark on a fresh database (specialists need no trainee dataset):
//   dispatch.match_p95_ms  dispatch('specialistDispatch.requests.match') for open requests against 5,000 specialists
//                          (with fields, availability and 2,000 past dispatches): the request read,
//                          the scoring of every active specialist, the reasons of the top 10, and the
//                          contract's parsing in and out; p95 over every case and round, each call after
//                          a write to another record, as between two matches in a working day.
//   dispatch.match_cold_p95_ms  the same, each after a specialist changed: the pool read again from the
//                          database every time (match.ts keeps it while nothing it is read from changes).
// The same calls without any write between them are reported beside them.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Core } from '../electron/core/app';
import type { MatchResult } from '../shared/specialist-dispatch/schema';
import { openBenchCore, tempDir } from './lib/dataset';
import { addDispatchData, type DispatchData } from './lib/dispatch-data';
import { report, summarise, time, timeCases } from './lib/stats';

let core: Core;
let folder: { dir: string; cleanup(): void };
let data: DispatchData;

beforeAll(() => {
  folder = tempDir('dispatch');
  core = openBenchCore(folder.dir);
  const start = performance.now();
  data = addDispatchData(core);
  console.log(
    `dispatch data added in ${((performance.now() - start) / 1000).toFixed(1)} s: ${data.specialists} specialists, ` +
      `${data.pastDispatches} past dispatches, ${data.openRequests.length} open requests`,
  );
});

afterAll(() => {
  core?.close();
  folder?.cleanup();
});

function match(id: number): MatchResult {
  const result = core.dispatch('specialistDispatch.requests.match', { id, limit: 10 });
  if (!result.ok) throw new Error(`requests.match failed: ${result.error.code}: ${result.error.message}`);
  return result.value as MatchResult;
}

test('requests.match over 5,000 specialists', () => {
  const first = match(data.openRequests[0] as number);
  expect(first.considered).toBe(data.specialists);
  expect(first.matches).toHaveLength(10);
  expect(first.matches[0]?.field).toBe('exact');
  const write = (text: string, id: number) => core.db.run({ text, params: [id] });
  const timedAfter = (text: string) => (id: number) => {
    write(text, id);
    return time(() => match(id));
  };
  const rounds = (call: (id: number) => number) => {
    for (const id of data.openRequests.slice(0, 5)) call(id);
    const times: number[] = [];
    for (let round = 0; round < 5; round++) for (const id of data.openRequests) times.push(call(id));
    return summarise(times);
  };
  // Staff work between two matches: a request's text edited (the pool is not read from it).
  const usual = rounds(timedAfter('UPDATE dispatch_requests SET summary = summary WHERE id = ?'));
  // A specialist changed before each match: the pool is read again from the database every time.
  const cold = rounds(timedAfter('UPDATE specialists SET version = version WHERE id = ?'));
  const warm = summarise(timeCases(data.openRequests, match, 5, 2));
  const pool = `${data.specialists} active specialists, ${data.pastDispatches} past dispatches`;
  report({
    'dispatch.match_p95_ms': {
      value: usual.p95,
      note:
        `p95 of ${usual.n} dispatch('specialistDispatch.requests.match', { limit: 10 }) over ${data.openRequests.length} open requests × 5 rounds, ` +
        `each after another record was written (p50 ${usual.p50.toFixed(2)} ms, max ${usual.max.toFixed(2)} ms): ${pool}`,
    },
    'dispatch.match_cold_p95_ms': {
      value: cold.p95,
      note:
        `the same, each after a specialist was changed, so the pool is read from the database every time ` +
        `(p50 ${cold.p50.toFixed(2)} ms, max ${cold.max.toFixed(2)} ms)`,
    },
    'dispatch.match_warm_p95_ms': {
      value: warm.p95,
      note: `p95 of ${warm.n} dispatch('specialistDispatch.requests.match') with no write between calls (p50 ${warm.p50.toFixed(2)} ms)`,
    },
  });
});
