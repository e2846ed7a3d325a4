// Screenshots of the History screen, a record's history and the staff-name question, in both
// languages at 1280×800 (not a test):
//   npx playwright test -c tests/e2e/tools/audit-screens.config.ts
// PNGs land in test-results/screens/ beside the others.
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

export default defineConfig({
  ...base,
  testDir: import.meta.dirname,
  testMatch: 'audit-screens.spec.ts',
  outputDir: path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'audit-screens-run'),
  workers: 1,
});
