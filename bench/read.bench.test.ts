// trainees.search_p95_ms and trainees.page_p95_ms: the trainee list through dispatch (contract
// parsing in and out, as IPC and HTTP use it) on a copy of the 50,000-trainee dataset.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Core } from '../electron/core/app';
import type { TraineeListQuery, TraineePage } from '../shared/trainees/schema';
import { ARCHIVE_BEFORE_FISCAL_YEAR, describeQuery, PAGE_FILTERS, pageCases, SEARCH_FRAGMENTS } from './lib/cases';
import { datasetCopy, openBenchCore } from './lib/dataset';
import { fmt, report, summarise, time, timeCases } from './lib/stats';

let core: Core;
let folder: { dir: string; cleanup(): void };

function list(query: TraineeListQuery): TraineePage {
  const result = core.dispatch('trainees.list', query);
  if (!result.ok) throw new Error(`trainees.list failed: ${result.error.message}`);
  return result.value as TraineePage;
}

/** The slowest cases, to see what to look at when a target is missed. */
function slowest<T>(cases: T[], run: (c: T) => unknown, show: (c: T) => string, count = 5): string[] {
  return cases
    .map((c) => ({
      c,
      ms: Math.min(
        time(() => run(c)),
        time(() => run(c)),
        time(() => run(c)),
      ),
    }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map(({ c, ms }) => `${ms.toFixed(2)} ms  ${show(c)}`);
}

beforeAll(() => {
  folder = datasetCopy('read');
  core = openBenchCore(folder.dir);
});

afterAll(() => {
  core?.close();
  folder?.cleanup();
});

test('search: name fragments in every script', () => {
  const queries = SEARCH_FRAGMENTS.map(({ text }) => ({ search: text }));
  SEARCH_FRAGMENTS.forEach(({ text, none }) => {
    expect(list({ search: text }).total > 0, text).toBe(!none);
  });
  const samples = summarise(timeCases(queries, list, 30, 3));
  console.log(`slowest searches:\n  ${slowest(queries, list, (q) => q.search).join('\n  ')}`);
  report({
    'trainees.search_p95_ms': {
      value: samples.p95,
      note: `${SEARCH_FRAGMENTS.length} fragments × 30 rounds, first page of 50 by reference; ${fmt(samples)}`,
    },
  });
});

test('pages: sorted, filtered pages of 50, deep pages included', () => {
  // Old intakes archived (a fixture on this private copy, so the archived views have rows).
  core.db.raw.prepare('UPDATE trainees SET archived = 1 WHERE fiscal_year < ?').run(ARCHIVE_BEFORE_FISCAL_YEAR);
  const totals = new Map(PAGE_FILTERS.map((f) => [JSON.stringify(f), list({ ...f, pageSize: 1 }).total]));
  const cases = pageCases((f) => totals.get(JSON.stringify(f)) ?? 0);
  for (const q of cases) expect(list(q).rows.length, describeQuery(q)).toBeGreaterThan(0);
  const samples = summarise(timeCases(cases, list, 3, 1));
  console.log(`slowest pages:\n  ${slowest(cases, list, describeQuery).join('\n  ')}`);
  report({
    'trainees.page_p95_ms': {
      value: samples.p95,
      note: `${cases.length} cases (7 sorts × ${PAGE_FILTERS.length} filter sets incl. the archived and all views × first/second/middle/last page) × 3 rounds; ${fmt(samples)}`,
    },
  });
});

test('facets: fiscal years and counts (the list filters and the home page load them)', () => {
  const facets = () => {
    const result = core.dispatch('trainees.facets', {});
    if (!result.ok) throw new Error(result.error.message);
  };
  const samples = summarise(timeCases([0], facets, 200, 10));
  report({ 'trainees.facets_p95_ms': { value: samples.p95, note: fmt(samples) } });
});
