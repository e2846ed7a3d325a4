// The browser mode under load, short: 8 clients at once for 12 s on a small database, mixed reads
// (list, search, a record, Needs attention, statistics, history) and writes (trainees registered and
// edited, progress entries). Every answer must be a success — no error of any kind, no "database is
// busy". The 60-second run on the 50,000-trainee dataset is `npm run bench -- --only load`.
import { runLoad } from '../../../scripts/bench-load.mjs';
import { expect, test } from '../fixtures';

test('8 clients for 12 seconds: every request answered, none refused', async ({ desk }) => {
  test.setTimeout(90_000);
  await desk.call('demo.load', { trainees: 300 });
  const result = await runLoad(
    { port: Number(new URL(desk.origin).port), token: desk.token },
    { clients: 8, seconds: 12 },
  );
  const summary = `${result.requests} requests, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms`;
  test.info().annotations.push({ type: 'load', description: summary });
  expect(result.errors, summary).toEqual([]);
  expect(result.busy).toBe(0);
  // A stalled server would also answer "without errors": make sure the load was real.
  expect(result.requests).toBeGreaterThan(500);
  for (const op of ['list', 'search', 'get', 'attention', 'statistics', 'history', 'create', 'update', 'progress']) {
    expect(result.ops[op]?.n ?? 0, op).toBeGreaterThan(0);
  }
});
