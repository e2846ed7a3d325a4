// Timing helpers shared by the benchmark files: percentiles, timed loops, and the results file the
// orchestrator (scripts/bench.mjs) reads.
import fs from 'node:fs';
import path from 'node:path';

export interface Sample {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile of already sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function summarise(values: number[]): Sample {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean: sorted.reduce((s, v) => s + v, 0) / Math.max(1, sorted.length),
  };
}

/** Times one call with performance.now(), in milliseconds. */
export function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * Runs every case `warmup` times untimed, then `rounds` timed rounds; within a round the cases run
 * in order, so no single case gets a warm streak of its own.
 */
export function timeCases<T>(cases: T[], run: (c: T) => unknown, rounds: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) for (const c of cases) run(c);
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) for (const c of cases) out.push(time(() => run(c)));
  return out;
}

export interface Metric {
  value: number;
  /** How it was measured: n, method, extra figures. */
  note?: string;
}

/** Adds metrics to the results file named by BENCH_RESULTS (one JSON object, merged). */
export function report(metrics: Record<string, Metric>): void {
  for (const [name, m] of Object.entries(metrics)) {
    console.log(`${name} = ${m.value.toFixed(2)}${m.note ? `  (${m.note})` : ''}`);
  }
  const file = process.env.BENCH_RESULTS;
  if (!file) return;
  const current = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Metric>) : {};
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ ...current, ...metrics }, null, 2));
}

export const fmt = (s: Sample) => `n=${s.n}, p50 ${s.p50.toFixed(2)} ms, max ${s.max.toFixed(2)} ms`;
