// The build check finds vitest, fast-check and test helpers in a small project and build of its own,
// in the forms the bundler leaves them (an import left external, a module id, minified code), and
// passes a build that holds none.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { helperMarkers, testCodeInBuild } from './test-code-in-build.mjs';

const SCRIPT = path.join(import.meta.dirname, 'test-code-in-build.mjs');
const folders: string[] = [];

/** Files in a temp folder: { 'electron/core/x.ts': source, … }. */
function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clair-desk-build-check-'));
  folders.push(dir);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}
afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

const PROJECT = {
  'electron/core/hosts/service.ts': "export const HEADER = 'name,prefecture,kind,address';\n",
  'electron/core/hosts/__tests__/arbitraries.ts': [
    "import fc from 'fast-check';",
    "import { HEADER } from '../service';",
    "export const SAMPLE = 'Kobe City Water Works Bureau';",
    "export const SAME = 'name,prefecture,kind,address';",
    "export const short = 'Kobe';",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the helper's source, a template with a placeholder.
    'export const row = (n: number) => `trainee number ${n} of the sample cohort`;',
    '',
  ].join('\n'),
  'tests/support/test-core.ts': "export const PREFIX = 'clair-desk-test-core-';\n",
};

test("a helper's long strings are its markers, unless product code has them too", () => {
  const markers = helperMarkers(folder(PROJECT));
  expect(Object.fromEntries(markers)).toEqual({
    'Kobe City Water Works Bureau': 'electron/core/hosts/__tests__/arbitraries.ts',
    ' of the sample cohort': 'electron/core/hosts/__tests__/arbitraries.ts',
    'clair-desk-test-core-': 'tests/support/test-core.ts',
  });
});

test('a clean build passes', () => {
  const out = folder({
    'main/index.js': '// electron/core/hosts/service.ts\nconst HEADER = "name,prefecture,kind,address";\n',
    'renderer/assets/index.js': 'var e=`name,prefecture,kind,address`;console.log(e);\n',
    'main/chunks/lib.js': '// node_modules/some-lib/tests/helpers.js\nexport const a = 1;\n',
    // A library bundled into a chunk that names its modules may hold a helper's string by chance.
    'main/chunks/xml.js': '// node_modules/some-lib/xml.js\nconst NS = "Kobe City Water Works Bureau";\n',
  });
  expect(testCodeInBuild(out, folder(PROJECT))).toEqual([]);
});

test('vitest and fast-check are found external, by module id and minified', () => {
  const out = folder({
    'main/index.js': 'import { expect } from "vitest";\nimport fc from "fast-check";\n',
    'main/chunks/a.js': '// node_modules/@vitest/utils/dist/display.js\nvar x = 1;\n',
    'renderer/assets/a.js': 'var _T=Symbol.for(`fast-check/PreconditionFailure`);\n',
    'renderer/assets/b.js': 'l.startsWith(`__vitest_`)&&l.match(/__vitest_\\d+__/)\n',
  });
  const found = testCodeInBuild(out, folder(PROJECT)).map((f) => `${f.file}: ${f.what}`);
  expect(found.sort()).toEqual([
    'main/chunks/a.js: vitest',
    'main/index.js: fast-check',
    'main/index.js: vitest',
    'renderer/assets/a.js: fast-check',
    'renderer/assets/b.js: vitest',
  ]);
});

test('a helper is found by its module id, or minified by its strings', () => {
  const out = folder({
    'main/index.js': '// tests/support/test-core.ts\nfunction makeTempDir() {}\n',
    'main/server.js': '// electron/core/hosts/__tests__/arbitraries.ts\nvar a = 1;\n',
    'renderer/assets/index.js':
      // biome-ignore lint/suspicious/noTemplateCurlyInString: minified output, a template with a placeholder.
      'var s=`Kobe City Water Works Bureau`,t=n=>`trainee number ${n} of the sample cohort`;\n',
  });
  expect(testCodeInBuild(out, folder(PROJECT))).toEqual([
    { file: 'main/index.js', what: 'tests/support/test-core.ts', evidence: 'its module id' },
    { file: 'main/server.js', what: 'electron/core/hosts/__tests__/arbitraries.ts', evidence: 'its module id' },
    {
      file: 'renderer/assets/index.js',
      what: 'electron/core/hosts/__tests__/arbitraries.ts',
      evidence: 'its string "Kobe City Water Works Bureau"',
    },
  ]);
});

test('the command says what it found where, and fails; with nothing found it passes', () => {
  const root = folder(PROJECT);
  const bad = folder({ 'main/index.js': 'import fc from "fast-check";\n' });
  const run = spawnSync(process.execPath, [SCRIPT, bad, root], { cwd: bad, encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('main/index.js: holds fast-check');
  const good = folder({ 'main/index.js': 'export const a = 1;\n' });
  const clean = spawnSync(process.execPath, [SCRIPT, good, root], { cwd: good, encoding: 'utf8' });
  expect(clean.status).toBe(0);
  expect(clean.stdout).toContain('no vitest, fast-check or test helper');
});

test('no build at all fails', () => {
  const run = spawnSync(process.execPath, [SCRIPT, path.join(folder({}), 'out')], { encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('No build in');
});
