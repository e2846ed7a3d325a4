// Screenshots of the recovery screen in both languages (not a test):
//   npx playwright test -c tests/e2e/tools/recovery-screens.config.ts
// PNGs land in test-results/screens/ beside the others.
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

export default defineConfig({
  ...base,
  testDir: import.meta.dirname,
  testMatch: 'recovery-screens.spec.ts',
  outputDir: path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'recovery-screens-run'),
  workers: 1,
});
