// The printable reports as PDFs and PNG pages in both languages, for looking at (not a test):
//   npx playwright test -c tests/e2e/tools/reports-screens.config.ts
// PDFs and PNGs land in test-results/screens/reports/.
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

export default defineConfig({
  ...base,
  testDir: import.meta.dirname,
  testMatch: 'reports-screens.spec.ts',
  outputDir: path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'reports-screens-run'),
  workers: 1,
});
