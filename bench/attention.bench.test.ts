// The Needs-attention benchmark on a copy of the 50,000-trainee dataset with the placements data and
// years of progress entries added (bench/lib/progress-data.ts), the clock on BENCH_TODAY:
//   attention.list_ms  dispatch('progress.attention.list') with the default query (all followed trainees, every
//                      kind, first page of 100): reads, derivation, sort, contract parsing in and out
// The kind-filtered list (monthly reports only) is reported beside it for information.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Core } from '../electron/core/app';
import type { AttentionPage } from '../shared/progress/schema';
import { datasetCopy, openBenchCore } from './lib/dataset';
import { addProgressData, BENCH_TODAY, type ProgressData } from './lib/progress-data';
import { report, summarise, timeCases } from './lib/stats';

let core: Core;
let folder: { dir: string; cleanup(): void };
let data: ProgressData;

beforeAll(() => {
  folder = datasetCopy('progress');
  core = openBenchCore(folder.dir, () => new Date(`${BENCH_TODAY}T03:00:00Z`));
  const start = performance.now();
  data = addProgressData(core);
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  console.log(
    `progress data added in ${seconds} s: ${data.followed} followed trainees, ${data.reports} reports, ${data.evaluations} evaluations`,
  );
});

afterAll(() => {
  core?.close();
  folder?.cleanup();
});

function call(input: unknown): AttentionPage {
  const result = core.dispatch('progress.attention.list', input);
  if (!result.ok) throw new Error(`attention.list failed: ${result.error.code}: ${result.error.message}`);
  return result.value as AttentionPage;
}

test('attention.list over every followed trainee', () => {
  const page = call({});
  expect(page.today).toBe(BENCH_TODAY);
  expect(page.total).toBeGreaterThan(100);
  expect(page.items).toHaveLength(100);
  expect(Object.values(page.byKind).reduce((a, b) => a + b, 0)).toBe(page.total);
  expect(page.counts.overdue + page.counts.dueSoon).toBe(page.total);
  for (const kind of ['monthly_report', 'mid_term_evaluation', 'final_evaluation', 'residence_card_expiry']) {
    expect(page.byKind[kind] ?? 0, kind).toBeGreaterThan(0);
  }
  // Overdue first, each part by due date.
  const states = page.items.map((i) => i.state);
  expect(states).toEqual([...states].sort((a, b) => (a === b ? 0 : a === 'overdue' ? -1 : 1)));

  const all = summarise(timeCases([{}], (q) => call(q), 40, 5));
  const reports = summarise(timeCases([{ kind: 'monthly_report' }], (q) => call(q), 40, 5));
  const count = (table: string) =>
    core.db.get<{ n: number }>({ text: `SELECT count(*) AS n FROM ${table}`, params: [] })?.n ?? 0;
  const byKind = Object.entries(page.byKind)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  report({
    'attention.list_ms': {
      value: all.p50,
      note:
        `median of ${all.n} dispatch('progress.attention.list', {}) after 5 (p95 ${all.p95.toFixed(2)} ms): ${data.followed} followed ` +
        `of ${count('trainees')} trainees, ${count('placements')} placements, ${data.reports} reports, ${data.evaluations} evaluations; ` +
        `${page.total} items (${byKind}), first page of 100; kind=monthly_report median ${reports.p50.toFixed(2)} ms`,
    },
    'attention.list_reports_ms': {
      value: reports.p50,
      note: `median of ${reports.n} dispatch('progress.attention.list', { kind: 'monthly_report' }) after 5`,
    },
  });
});
