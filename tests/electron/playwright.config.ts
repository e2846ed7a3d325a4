// Playwright against the real Electron app (`_electron`). Runs wherever Electron's binary is
// installed; elsewhere every test is reported as skipped, and global-setup says so plainly.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  // One Electron at a time: each test file launches the app once and shares it between its tests.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: '../../test-results/electron',
  reporter: [['list']],
});
