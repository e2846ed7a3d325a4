// Screenshots of the screens in English and Japanese at 1280×800, and PDFs of some print views, for
// people to look at (not a test; `npm test` does not run them). One project per screen area, each
// running its own spec in this folder. Build first (`npx electron-vite build`), then:
//   npm run e2e:screens                         every area, one after another
//   npm run e2e:screens -- --project=reports    one area (several: repeat --project)
// PNGs and PDFs land in test-results/screens/, the reports' in test-results/screens/reports/.
import path from 'node:path';
import { defineConfig, type PlaywrightTestProject } from '@playwright/test';
import base from '../playwright.config';

const results = path.resolve(import.meta.dirname, '..', '..', '..', 'test-results');

/**
 * An area's project. The match is anchored at this folder: a bare `screenshots.spec.ts` would also
 * match `hosts/screenshots.spec.ts`. Each area keeps its own run folder, since Playwright empties it
 * when the area runs and would otherwise wipe another area's traces.
 */
const area = (
  name: string,
  spec: string,
  options: PlaywrightTestProject = {},
  runFolder = `${name}-screens-run`,
): PlaywrightTestProject => ({
  name,
  testMatch: `tools/${spec}`,
  outputDir: path.join(results, runFolder),
  ...options,
});

export default defineConfig({
  ...base,
  testDir: import.meta.dirname,
  workers: 1,
  projects: [
    area('general', 'screenshots.spec.ts', {}, 'screens-run'),
    area('audit', 'audit-screens.spec.ts'),
    area('backup', 'backup-screens.spec.ts'),
    area('cohorts', 'cohorts-screens.spec.ts'),
    area('dispatch', 'dispatch-screens.spec.ts'),
    area('hosts', 'hosts/screenshots.spec.ts'),
    // The only spec that sets no timeout of its own (the others call test.setTimeout).
    area('placements', 'placements-screens.spec.ts', { timeout: 180_000 }),
    area('progress', 'progress-screens.spec.ts'),
    area('recovery', 'recovery-screens.spec.ts'),
    area('reference', 'reference-screens.spec.ts'),
    area('reports', 'reports-screens.spec.ts'),
    area('statistics', 'statistics-screens.spec.ts'),
  ],
});
