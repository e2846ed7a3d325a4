// Where the shipped resources are found: the variable first, then the repository's resources/ from
// the running code (source in electron/core/, bundle in out/main/ or a chunk below it).
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { makeTempDir } from '../../tests/support/test-core';
import { REFERENCE_FOLDER, resolveResourcesDir } from './paths';

const repoResources = path.resolve(import.meta.dirname, '..', '..', 'resources');

test('the repository resources from the source and from a bundle folder; the variable wins', () => {
  expect(resolveResourcesDir({})).toBe(repoResources);
  expect(fs.existsSync(path.join(repoResources, REFERENCE_FOLDER, 'counterparts.csv'))).toBe(true);
  const bundle = path.join(path.dirname(repoResources), 'out', 'main', 'chunks');
  expect(resolveResourcesDir({}, bundle)).toBe(repoResources);
  const own = makeTempDir();
  expect(resolveResourcesDir({ CLAIR_DESK_RESOURCES_DIR: own })).toBe(own);
});

test('no resources/reference anywhere above: a folder is still named (the files are then unavailable)', () => {
  const nowhere = path.join(makeTempDir(), 'a', 'b');
  expect(resolveResourcesDir({}, nowhere)).toBe(path.join(nowhere, '..', '..', 'resources'));
});
