// The specialist-matching benchmark on a fresh database (specialists need no trainee dataset):
//   dispatch.match_p95_ms  dispatch('requests.match') for open requests against 5,000 specialists
//                          (with fields, availability and 2,000 past dispatches): the set-based reads,
//                          the scoring of every active specialist, the reasons of the top 10, and the
//                          contract's parsing in and out. p95 over every case and round, each call
//                          after a write, so the pool is read from the database every time (cold).
// The same calls without writes between them (the pool kept in memory, match.ts) are reported beside it.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Core } from '../electron/core/app';
import type { MatchResult } from '../shared/dispatch/schema';
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
  const result = core.dispatch('requests.match', { id, limit: 10 });
  if (!result.ok) throw new Error(`requests.match failed: ${result.error.code}: ${result.error.message}`);
  return result.value as MatchResult;
}

test('requests.match over 5,000 specialists', () => {
  const first = match(data.openRequests[0] as number);
  expect(first.considered).toBe(data.specialists);
  expect(first.matches).toHaveLength(10);
  expect(first.matches[0]?.field).toBe('exact');
  // Any write makes the next match read the pool again; this one changes nothing else.
  const touch = () => core.db.run({ text: 'UPDATE specialists SET version = version WHERE id = 1', params: [] });
  const cold = (id: number) => {
    touch();
    return time(() => match(id));
  };
  for (const id of data.openRequests.slice(0, 5)) cold(id);
  const coldTimes: number[] = [];
  for (let round = 0; round < 5; round++) for (const id of data.openRequests) coldTimes.push(cold(id));
  const sample = summarise(coldTimes);
  const warm = summarise(timeCases(data.openRequests, match, 5, 2));
  report({
    'dispatch.match_p95_ms': {
      value: sample.p95,
      note:
        `p95 of ${sample.n} dispatch('requests.match', { limit: 10 }), each after a write (pool read afresh), over ` +
        `${data.openRequests.length} open requests × 5 rounds (p50 ${sample.p50.toFixed(2)} ms, max ${sample.max.toFixed(2)} ms): ` +
        `${data.specialists} active specialists, ${data.pastDispatches} past dispatches; without writes between calls ` +
        `p50 ${warm.p50.toFixed(2)} ms, p95 ${warm.p95.toFixed(2)} ms`,
    },
    'dispatch.match_warm_p95_ms': {
      value: warm.p95,
      note: `p95 of ${warm.n} dispatch('requests.match') with no write between calls (the pool kept in memory)`,
    },
  });
});
