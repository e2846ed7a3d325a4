// `node scripts/render-icon.mjs`: renders resources/icon.svg to resources/icon.png at 1024×1024 with a
// transparent background, the one icon file electron-builder needs (it derives Windows' .ico and
// macOS' .icns from it). Run it after changing the SVG and commit both files.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '..');
const SVG = path.join(ROOT, 'resources', 'icon.svg');
const PNG = path.join(ROOT, 'resources', 'icon.png');
const SIZE = 1024;

const browser = await chromium.launch({
  executablePath: process.env.CLAIR_DESK_CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  const svg = fs.readFileSync(SVG, 'utf8');
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: PNG, omitBackground: true });
  console.log(`Wrote ${path.relative(ROOT, PNG)} (${SIZE}×${SIZE}).`);
} finally {
  await browser.close();
}
