import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { channels } from '../shared/contract';
import { renderApiDoc } from './api-doc';

const file = path.join(import.meta.dirname, '..', 'docs', 'api.md');

test('docs/api.md lists every channel and matches the contract', () => {
  const doc = renderApiDoc();
  for (const channel of channels) expect(doc).toContain(`### \`${channel}\``);
  if (process.env.UPDATE_DOCS === '1') fs.writeFileSync(file, doc);
  expect(
    fs.readFileSync(file, 'utf8'),
    'docs/api.md is out of date: run UPDATE_DOCS=1 npx vitest run scripts/api-doc',
  ).toBe(doc);
});
