import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  aptPackages,
  chooseChromium,
  DEBIAN_CHROMIUM,
  otherToolsProblem,
  playwrightChromium,
  SYSTEM_PACKAGES,
} from './test-tools.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const only =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);
const OWN = '/home/me/.cache/ms-playwright/chromium/chrome';

describe('chooseChromium', () => {
  it('takes CLAIR_DESK_CHROMIUM first, then Debian’s, then Playwright’s own', () => {
    const env = { CLAIR_DESK_CHROMIUM: 'C:\\Chrome\\chrome.exe' };
    const all = only(DEBIAN_CHROMIUM, OWN);
    expect(chooseChromium({ env, exists: all, bundled: () => OWN })).toEqual({
      path: 'C:\\Chrome\\chrome.exe',
      source: 'CLAIR_DESK_CHROMIUM',
    });
    expect(chooseChromium({ env: {}, exists: all, bundled: () => OWN })).toEqual({
      path: DEBIAN_CHROMIUM,
      source: 'debian',
    });
    expect(chooseChromium({ env: {}, exists: only(OWN), bundled: () => OWN })).toEqual({
      path: OWN,
      source: 'playwright',
    });
  });

  it('is null when no Chromium is there (Playwright’s not downloaded, or Playwright not installed)', () => {
    expect(chooseChromium({ env: {}, exists: only(), bundled: () => OWN })).toBeNull();
    expect(chooseChromium({ env: {}, exists: only(), bundled: () => null })).toBeNull();
  });

  it('Playwright’s own Chromium path comes from the installed playwright-core', () => {
    expect(playwrightChromium(ROOT)).toMatch(/chrom/i);
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'clair-desk-no-modules-'));
    try {
      expect(playwrightChromium(empty)).toBeNull();
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('aptPackages', () => {
  it('on Debian with apt: every package, as before', () => {
    expect(aptPackages({ platform: 'linux', hasApt: true, env: {} })).toEqual(SYSTEM_PACKAGES);
    expect(SYSTEM_PACKAGES).toEqual(['chromium', 'poppler-utils', 'fonts-noto-cjk', 'fonts-noto-core']);
  });

  it('a Chromium named by CLAIR_DESK_CHROMIUM replaces the chromium package', () => {
    const env = { CLAIR_DESK_CHROMIUM: '/opt/chrome' };
    expect(aptPackages({ platform: 'linux', hasApt: true, env })).toEqual([
      'poppler-utils',
      'fonts-noto-cjk',
      'fonts-noto-core',
    ]);
  });

  it('no apt on Windows, macOS or a Linux without it', () => {
    for (const platform of ['win32', 'darwin'] as const)
      expect(aptPackages({ platform, hasApt: false, env: {} })).toBeNull();
    expect(aptPackages({ platform: 'darwin', hasApt: true, env: {} })).toBeNull();
    expect(aptPackages({ platform: 'linux', hasApt: false, env: {} })).toBeNull();
  });
});

describe('otherToolsProblem', () => {
  const chromium = { path: OWN, source: 'playwright' as const };

  it('nothing to say when both are there', () => {
    expect(otherToolsProblem({ platform: 'win32', hasPdftotext: true, chromium })).toBeNull();
  });

  it('names what is missing and the command for this OS', () => {
    expect(otherToolsProblem({ platform: 'darwin', hasPdftotext: false, chromium })).toBe(
      "The end-to-end tests need poppler's pdftotext on the PATH (install it with `brew install poppler`); then run npm test again.",
    );
    const both = otherToolsProblem({ platform: 'win32', hasPdftotext: false, chromium: null });
    expect(both).toMatch(/npx playwright install chromium/);
    expect(both).toMatch(/choco install poppler/);
  });
});
