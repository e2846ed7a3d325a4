// Screenshots of the Specialist Dispatch screens in both languages, and PDFs of the history's print
// view (not a test): npx playwright test -c tests/e2e/tools/dispatch-screens.config.ts
// PNGs and PDFs land in test-results/screens/ beside the others.
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

export default defineConfig({
  ...base,
  testDir: import.meta.dirname,
  testMatch: 'dispatch-screens.spec.ts',
  outputDir: path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'dispatch-screens-run'),
  workers: 1,
});
