// Screenshots of the backups screen in both languages at 1280×800 (not a test):
//   npx playwright test -c tests/e2e/tools/backup-screens.config.ts
// PNGs land in test-results/screens/ beside the others.
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

export default defineConfig({
  ...base,
  testDir: import.meta.dirname,
  testMatch: 'backup-screens.spec.ts',
  outputDir: path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'backup-screens-run'),
  workers: 1,
});
