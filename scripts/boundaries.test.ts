// The import boundaries in biome.json fire: shared/ and renderer/ import neither Electron, nor Node's
// built-ins, nor better-sqlite3; electron/main and electron/preload do not touch better-sqlite3; the
// core may, and so may a test helper in a __tests__ folder. Probe files are linted in a temp copy of
// the layout with the project's own biome.json.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { makeTempDir } from '../tests/support/test-core';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIOME = path.join(ROOT, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');

const PROBE = [
  "import fs from 'node:fs';",
  "import path from 'path';",
  "import { readFile } from 'fs/promises';",
  "import { ReadableStream } from 'node:stream/web';",
  "import { app } from 'electron';",
  "import { ipcRenderer } from 'electron/renderer';",
  "import Database from 'better-sqlite3';",
  "import { channels } from './contract';",
  'export const all = [fs, path, readFile, ReadableStream, app, ipcRenderer, Database, channels];',
  '',
].join('\n');
const FOLDERS = [
  'shared',
  'renderer/src',
  'electron/main',
  'electron/preload',
  'electron/core',
  'shared/cohorts/__tests__',
];

let dir: string;
let flagged: Record<string, string[]>;

beforeAll(() => {
  dir = makeTempDir('clair-desk-lint-');
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'biome.json'), 'utf8'));
  delete config.$schema;
  delete config.vcs;
  fs.writeFileSync(path.join(dir, 'biome.json'), JSON.stringify(config));
  for (const folder of FOLDERS) {
    fs.mkdirSync(path.join(dir, folder), { recursive: true });
    fs.writeFileSync(path.join(dir, folder, 'probe.ts'), PROBE);
  }
  const run = spawnSync(process.execPath, [BIOME, 'lint', '--reporter=json', '--max-diagnostics=none', '.'], {
    cwd: dir,
    encoding: 'utf8',
  });
  const report = JSON.parse(run.stdout) as {
    diagnostics: { category: string; location: { path: string; start: { line: number } } }[];
  };
  flagged = {};
  for (const d of report.diagnostics.filter((d) => d.category === 'lint/style/noRestrictedImports')) {
    const folder = path.dirname(d.location.path).split(path.sep).join('/');
    const line = PROBE.split('\n')[d.location.start.line - 1] ?? '';
    const from = /from '([^']+)'/.exec(line)?.[1] ?? line;
    flagged[folder] = [...(flagged[folder] ?? []), from];
  }
}, 30_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const EVERYTHING = [
  'node:fs',
  'path',
  'fs/promises',
  'node:stream/web',
  'electron',
  'electron/renderer',
  'better-sqlite3',
];

test('shared/ may import none of Electron, Node built-ins or better-sqlite3', () => {
  expect(flagged.shared?.sort()).toEqual([...EVERYTHING].sort());
});

test('renderer/ likewise', () => {
  expect(flagged['renderer/src']?.sort()).toEqual([...EVERYTHING].sort());
});

test('electron/main and electron/preload may not open the database themselves', () => {
  expect(flagged['electron/main']).toEqual(['better-sqlite3']);
  expect(flagged['electron/preload']).toEqual(['better-sqlite3']);
});

test('the core may import all of them', () => {
  expect(flagged['electron/core']).toBeUndefined();
});

test('so may a test helper in shared/ (a __tests__ folder runs under Node only)', () => {
  expect(flagged['shared/cohorts/__tests__']).toBeUndefined();
});
