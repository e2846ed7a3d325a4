// Stored text reaches the screen only as React text (escaped): no source file of the renderer, the
// preload or the main process puts strings into the page as markup or runs them as code.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const FOLDERS = ['renderer/src', 'electron/preload', 'electron/main'];
const RAW = [
  /dangerouslySetInnerHTML/,
  /\.(inner|outer)HTML\s*=/,
  /insertAdjacentHTML/,
  /document\.write/,
  /\beval\s*\(/,
  /new Function\s*\(/,
  /createContextualFragment/,
  /DOMParser/,
];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

test('no markup from strings, no code from strings', () => {
  const found = FOLDERS.flatMap((folder) => sources(path.join(ROOT, folder))).flatMap((file) => {
    const text = fs.readFileSync(file, 'utf8');
    return RAW.filter((pattern) => pattern.test(text)).map((p) => `${path.relative(ROOT, file)}: ${p.source}`);
  });
  expect(found).toEqual([]);
});
