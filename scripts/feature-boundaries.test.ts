// The feature-boundaries check finds what it should in small trees of its own, the renderer has no
// import across features, and no product file imports test code.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { crossFeatureImports, testCodeImports } from './feature-boundaries.mjs';

const SCRIPT = path.join(import.meta.dirname, 'feature-boundaries.mjs');
const trees: string[] = [];

/** A renderer/src-like tree (or a project-like one) in a temp folder: { 'alpha/Page.tsx': source, … }. */
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

/** The same files under `folder`/ of a project-like tree. */
const under = (folder: string, files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).map(([file, text]) => [`${folder}/${file}`, text]));

test('the command says which import, and fails', () => {
  const root = tree(under('renderer/src', SMALL));
  const run = spawnSync(process.execPath, [SCRIPT, root], { cwd: root, encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('alpha/Page.tsx:2: imports ../beta/Card');
  expect(run.stderr).not.toContain('../ui/Button');
});

test('the renderer has no import across features', () => {
  expect(crossFeatureImports()).toEqual([]);
});

const TEST_CODE = [
  "import { expect } from 'vitest';",
  "import fc from 'fast-check';",
  "import type { Arbitrary } from 'fast-check/lib/types';",
  "import { test } from '@playwright/test';",
  "import { hostData } from '../hosts/__tests__/arbitraries';",
  "import { openTestCore } from '../../../tests/support/test-core';",
  "export { seed } from './__tests__/seed';",
  "const later = () => import('../__tests__/later');",
  '',
].join('\n');
const TEST_SPECS = [
  'vitest',
  'fast-check',
  'fast-check/lib/types',
  '@playwright/test',
  '../hosts/__tests__/arbitraries',
  '../../../tests/support/test-core',
  './__tests__/seed',
  '../__tests__/later',
];

test('a product file in electron/, shared/ or renderer/ that imports test code is reported, each import', () => {
  const root = tree({
    'electron/core/cohorts/service.ts': TEST_CODE,
    'shared/cohorts/dates.ts': "import { expect } from 'vitest';\n",
    'renderer/src/cohorts/Page.tsx': "import { page } from '../../../tests/e2e/pages/cohorts';\n",
  });
  const found = testCodeImports(root);
  expect(found.filter((f) => f.file === 'electron/core/cohorts/service.ts').map((f) => f.spec)).toEqual(TEST_SPECS);
  expect(found.find((f) => f.spec === './__tests__/seed')?.line).toBe(7);
  expect(found.filter((f) => f.file !== 'electron/core/cohorts/service.ts')).toEqual([
    { file: 'shared/cohorts/dates.ts', line: 1, spec: 'vitest' },
    { file: 'renderer/src/cohorts/Page.tsx', line: 1, spec: '../../../tests/e2e/pages/cohorts' },
  ]);
});

test('tests, __tests__/ helpers and code outside the product folders may import test code', () => {
  const root = tree({
    'electron/core/cohorts/service.test.ts': TEST_CODE,
    'renderer/src/cohorts/Page.test.tsx': TEST_CODE,
    'electron/core/cohorts/__tests__/testing.ts': TEST_CODE,
    'shared/cohorts/__tests__/arbitraries.ts': TEST_CODE,
    'tests/support/test-core.ts': TEST_CODE,
    'bench/read.bench.test.ts': TEST_CODE,
    'scripts/check.ts': TEST_CODE,
  });
  expect(testCodeImports(root)).toEqual([]);
});

test('names that only look like test code pass', () => {
  const root = tree({
    'electron/core/cohorts/service.ts': [
      "import { run } from 'vitest-like';",
      "import { check } from 'fast-checker';",
      "import { test } from '@playwright/testing';",
      "import { seed } from './testing';",
      "import { tests } from '../tests/list';",
      "import { fixtures } from './__tests__.ts';",
      '',
    ].join('\n'),
  });
  expect(testCodeImports(root)).toEqual([]);
});

test('the command names the product file that imports test code, and fails', () => {
  const root = tree({
    'electron/core/cohorts/service.ts': "import fc from 'fast-check';\n",
    'electron/core/cohorts/service.test.ts': "import fc from 'fast-check';\n",
  });
  const run = spawnSync(process.execPath, [SCRIPT, root], { cwd: root, encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('electron/core/cohorts/service.ts:1: imports fast-check');
  expect(run.stderr).not.toContain('service.test.ts');
});

test('no product file imports test code', () => {
  expect(testCodeImports()).toEqual([]);
});
