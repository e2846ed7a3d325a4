// Screenshots of every screen in both languages at 1280×800, for people to look at (not a test):
//   npx playwright test -c tests/e2e/tools/screenshots.config.ts
// PNGs land in test-results/screens/.
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

export default defineConfig({
  ...base,
  testDir: import.meta.dirname,
  testMatch: 'screenshots.spec.ts',
  outputDir: path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screens-run'),
  workers: 1,
});
