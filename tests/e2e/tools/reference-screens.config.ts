// Screenshots of the reference-data offer, the import screen and the combined statistics in both
// languages, and a PDF of the statistics print view (not a test):
// npx playwright test -c tests/e2e/tools/reference-screens.config.ts — PNGs and PDFs in test-results/screens/.
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

export default defineConfig({
  ...base,
  testDir: import.meta.dirname,
  testMatch: 'reference-screens.spec.ts',
  outputDir: path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'reference-screens-run'),
  workers: 1,
});
