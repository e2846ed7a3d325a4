// What the end-to-end tests need from the machine, decided without side effects (scripts/test.mjs
// and tests/e2e/playwright.config.ts use it). On the project's Debian machines: Debian's Chromium and
// packages from apt. Elsewhere (a connected Windows or macOS machine, GitHub's runners): a Chromium
// named by CLAIR_DESK_CHROMIUM or Playwright's own, and poppler installed by hand.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/** Debian packages the end-to-end tests and PDF checks use: Chromium, pdftotext, fonts with Japanese. */
export const SYSTEM_PACKAGES = ['chromium', 'poppler-utils', 'fonts-noto-cjk', 'fonts-noto-core'];

/** Playwright's own Chromium (`npx playwright install chromium`), or null when Playwright is not installed. */
export function playwrightChromium(root) {
  try {
    return createRequire(path.join(root, 'package.json'))('playwright-core').chromium.executablePath();
  } catch {
    return null;
  }
}

/**
 * The Chromium the tests launch: CLAIR_DESK_CHROMIUM when set, else Debian's when it exists, else
 * Playwright's own when downloaded; null when there is none.
 */
export function chooseChromium({ env = process.env, exists = fs.existsSync, bundled = () => null } = {}) {
  if (env.CLAIR_DESK_CHROMIUM) return { path: env.CLAIR_DESK_CHROMIUM, source: 'CLAIR_DESK_CHROMIUM' };
  if (exists(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, source: 'debian' };
  const own = bundled();
  return own && exists(own) ? { path: own, source: 'playwright' } : null;
}

/** The Debian packages to have, or null where apt is not how things are installed. */
export function aptPackages({ platform, hasApt, env }) {
  if (platform !== 'linux' || !hasApt) return null;
  // A Chromium named explicitly replaces Debian's (Ubuntu's `chromium` is a snap, useless here).
  return env.CLAIR_DESK_CHROMIUM ? SYSTEM_PACKAGES.filter((name) => name !== 'chromium') : SYSTEM_PACKAGES;
}

/** Without apt: one sentence naming what is missing and how to get it, or null. */
export function otherToolsProblem({ platform, hasPdftotext, chromium }) {
  const missing = [];
  if (!chromium) {
    missing.push(
      'a Chromium (run `npx playwright install chromium`, or set CLAIR_DESK_CHROMIUM to a Chromium or Chrome)',
    );
  }
  if (!hasPdftotext) {
    const how =
      { darwin: '`brew install poppler`', win32: '`choco install poppler`' }[platform] ?? 'your package manager';
    missing.push(`poppler's pdftotext on the PATH (install it with ${how})`);
  }
  return missing.length ? `The end-to-end tests need ${missing.join(' and ')}; then run npm test again.` : null;
}
