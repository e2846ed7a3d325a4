// Screenshots of the statistics page and its print view in both languages, and a PDF of the print view
// (not a test): npx playwright test -c tests/e2e/tools/statistics-screens.config.ts
// PNGs and PDFs land in test-results/screens/ beside the others.
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

export default defineConfig({
  ...base,
  testDir: import.meta.dirname,
  testMatch: 'statistics-screens.spec.ts',
  outputDir: path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'statistics-screens-run'),
  workers: 1,
});
