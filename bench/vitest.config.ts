// The benchmarks' own Vitest config: the core imports its migrations with `?raw`, so benchmark code
// runs through Vite. One file at a time, in a forked process, with generous timeouts. `npm run bench`
// (scripts/bench.mjs) runs each file on its own; the files report, they never fail on a missed target.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import pkg from '../package.json' with { type: 'json' };

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  test: {
    include: ['bench/**/*.bench.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
