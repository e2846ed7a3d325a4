// The feature-boundaries check finds what it should in small trees of its own, and the renderer has
// no import across features.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { crossFeatureImports } from './feature-boundaries.mjs';

const SCRIPT = path.join(import.meta.dirname, 'feature-boundaries.mjs');
const trees: string[] = [];

/** A renderer/src-like tree in a temp folder: { 'alpha/Page.tsx': source, … }. */
function tree(files: Record<string, string>): string {
  const src = fs.mkdtempSync(path.join(os.tmpdir(), 'clair-desk-boundaries-'));
  trees.push(src);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(src, file)), { recursive: true });
    fs.writeFileSync(path.join(src, file), text);
  }
  return src;
}
afterAll(() => {
  for (const src of trees) fs.rmSync(src, { recursive: true, force: true });
});

const SMALL = {
  'ui/Button.tsx': 'export const Button = 1;\n',
  'beta/Card.tsx': 'export const Card = 2;\n',
  'alpha/Page.tsx': "import { Button } from '../ui/Button';\nimport { Card } from '../beta/Card';\n",
};

test('an import of the kit passes; an import of another feature is reported', () => {
  expect(crossFeatureImports(tree(SMALL))).toEqual([
    { file: 'alpha/Page.tsx', line: 2, spec: '../beta/Card', area: 'beta' },
  ]);
});

test('the kit imports no feature, app/ may import any, and a bare stylesheet import counts', () => {
  const src = tree({
    'beta/Card.tsx': 'export const Card = 2;\n',
    'ui/Menu.tsx': "import { Card } from '../beta/Card';\n",
    'app/Route.tsx': "import { Card } from '../beta/Card';\n",
    'alpha/Table.tsx': "import '../beta/list.css';\n",
  });
  const found = crossFeatureImports(src).map((f) => `${f.file}: ${f.spec}`);
  expect(found.sort()).toEqual(['alpha/Table.tsx: ../beta/list.css', 'ui/Menu.tsx: ../beta/Card']);
});

test('the command says which import, and fails', () => {
  const src = tree(SMALL);
  const run = spawnSync(process.execPath, [SCRIPT, src], { cwd: src, encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('alpha/Page.tsx:2: imports ../beta/Card');
  expect(run.stderr).not.toContain('../ui/Button');
});

test('the renderer has no import across features', () => {
  expect(crossFeatureImports()).toEqual([]);
});
