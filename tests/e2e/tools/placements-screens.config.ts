// Screenshots of the placement screens in both languages at 1280×800, for people to look at (not a test):
//   npx playwright test -c tests/e2e/tools/placements-screens.config.ts
// PNGs land in test-results/screens/.
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

export default defineConfig({
  ...base,
  testDir: import.meta.dirname,
  testMatch: 'placements-screens.spec.ts',
  outputDir: path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screens-run'),
  timeout: 180_000,
  workers: 1,
});
