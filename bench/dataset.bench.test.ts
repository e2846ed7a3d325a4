// Makes sure the cached 50,000-trainee dataset exists (building it through the core if not), for
// the benchmarks that run outside Vite (scripts/bench-server.mjs, scripts/bench-ui.mjs).
import fs from 'node:fs';
import { expect, test } from 'vitest';
import { ensureDataset } from './lib/dataset';

test('the benchmark dataset exists', () => {
  expect(fs.statSync(ensureDataset()).size).toBeGreaterThan(0);
});
