// Placement benchmarks on a copy of the 50,000-trainee dataset with 2,000 hosts and 100,000
// placements (bench/lib/placements-data.ts), all through dispatch (contract parsing in and out):
//   placements.suggest_p95_ms  host suggestions for a trainee and a period
//   placements.assign_p95_ms   placements.create with every check, the insert and its audit entry
//   timeline.cohort_400_ms     the timeline data of the 400-trainee FY2026 cohort (median)
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Core } from '../electron/core/app';
import { addDays } from '../shared/placements/dates';
import { datasetCopy, openBenchCore } from './lib/dataset';
import { addPlacementData, COHORT_SIZE, COHORT_YEAR, PLACEMENTS, type PlacementData } from './lib/placements-data';
import { fmt, report, summarise, time, timeCases } from './lib/stats';

let core: Core;
let folder: { dir: string; cleanup(): void };
let data: PlacementData;

beforeAll(() => {
  folder = datasetCopy('placements');
  core = openBenchCore(folder.dir, () => new Date());
  const start = performance.now();
  data = addPlacementData(core);
  console.log(`placements data added in ${((performance.now() - start) / 1000).toFixed(1)} s`);
});

afterAll(() => {
  core?.close();
  folder?.cleanup();
});

function call(channel: string, input: unknown): unknown {
  const result = core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

test('the dataset has the sizes the issue names', () => {
  const n = (q: string) => core.db.get<{ n: number }>({ text: q, params: [] })?.n;
  expect(n('SELECT count(*) AS n FROM hosts')).toBe(2_000);
  expect(n('SELECT count(*) AS n FROM placements WHERE cancelled = 0')).toBe(PLACEMENTS);
  expect(n(`SELECT count(*) AS n FROM trainees WHERE fiscal_year = ${COHORT_YEAR}`)).toBe(COHORT_SIZE);
});

test('suggest: 2,000 hosts, occupancy over the period from 100,000 placements', () => {
  // Periods people ask about: the new cohort's placements (the busy present), the year before, and a
  // few in the past; with and without a preferred prefecture; the default 10 and a longer list.
  const cases = data.cohort.slice(0, 30).flatMap((t, i) => {
    const start = `${COHORT_YEAR}-0${5 + (i % 4)}-01`;
    return [
      { traineeId: t.id, start, end: addDays(start, 150 + i) },
      { traineeId: t.id, start, end: addDays(start, 240), prefecture: 1 + (i % 47), limit: 50 },
    ];
  });
  for (const year of [2005, 2015, 2024])
    cases.push({ traineeId: data.recent[0]?.id ?? 1, start: `${year}-06-01`, end: `${year}-12-31` });
  const first = call('placements.suggest', cases[0]) as { hosts: { free: number; reasons: unknown[] }[] };
  expect(first.hosts).toHaveLength(10);
  const s = summarise(timeCases(cases, (c) => call('placements.suggest', c), 8, 2));
  report({
    'placements.suggest_p95_ms': {
      value: s.p95,
      note: `dispatch('placements.suggest'), ${cases.length} trainee/period cases × 8 rounds after 2, ${fmt(s)}`,
    },
  });
});

test('timeline: the 400-trainee cohort', () => {
  const timeline = call('placements.timeline.cohort', { fiscalYear: COHORT_YEAR }) as {
    rows: { placements: unknown[] }[];
  };
  expect(timeline.rows).toHaveLength(COHORT_SIZE);
  expect(timeline.rows.every((r) => r.placements.length === 2)).toBe(true);
  const s = summarise(timeCases([COHORT_YEAR], (fy) => call('placements.timeline.cohort', { fiscalYear: fy }), 40, 3));
  report({
    'timeline.cohort_400_ms': {
      value: s.p50,
      note: `median of ${s.n} dispatch('placements.timeline.cohort') after 3; p95 ${s.p95.toFixed(2)} ms, max ${s.max.toFixed(2)} ms; 800 placements, capacity recomputed per host`,
    },
  });
});

test('assign: placements.create with every check, on 100,000 placements', () => {
  // Active FY2025 trainees get a third, short placement after their last one, at a random active host:
  // every rule runs, and the warnings that come up (programme too long, after departure, capacity,
  // field) are accepted with a reason, as a person would.
  const WARMUP = 20;
  const TIMED = 400;
  const picks = data.recent.slice(0, WARMUP + TIMED).map((t, i) => {
    const start = addDays(t.lastEnd, 1);
    return {
      traineeId: t.id,
      hostId: data.hosts[(i * 7919) % data.hosts.length]?.id as number,
      start,
      end: addDays(start, 30 + (i % 60)),
      supervisor: 'Bench supervisor',
      confirm: true,
      reason: 'benchmark: accepted on purpose',
    };
  });
  expect(picks).toHaveLength(WARMUP + TIMED);
  for (const p of picks.slice(0, WARMUP)) call('placements.create', p);
  const s = summarise(picks.slice(WARMUP).map((p) => time(() => call('placements.create', p))));
  report({
    'placements.assign_p95_ms': {
      value: s.p95,
      note: `dispatch('placements.create'), synchronous=FULL, ${TIMED} creates after ${WARMUP}, ${fmt(s)}`,
    },
  });
  // Checks alone, as the form calls them while the person types.
  const checks = picks.map(({ traineeId, hostId, start, end }) => ({
    traineeId,
    hostId,
    start: addDays(start, 40),
    end: addDays(end, 40),
  }));
  const c = summarise(timeCases(checks, (x) => call('placements.check', x), 3, 1));
  report({ 'placements.check_p95_ms': { value: c.p95, note: `dispatch('placements.check'), ${fmt(c)}` } });
});
