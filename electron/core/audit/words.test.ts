// Every kind of record, action and field the log holds has words in both languages on the history
// screen: the app's own changes (one of each) are run, and each entry's changes are looked up the
// way the renderer names them. A new field in a record's values fails here until it has a label.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundleFor } from '../../../renderer/src/i18n/index';
import { diffEntry } from '../../../renderer/src/ui/history/diff';
import { fieldKeys } from '../../../renderer/src/ui/history/labels';
import type { AuditEntry } from '../../../shared/audit/schema';
import { openTestCore, type TestCore } from '../../../tests/support/test-core';
import { runScenario } from './__tests__/scenario';

type Messages = { [key: string]: string | Messages };
const localesDir = path.resolve(import.meta.dirname, '../../../renderer/src/i18n/locales');
const read = (lang: string) => JSON.parse(fs.readFileSync(path.join(localesDir, `${lang}.json`), 'utf8')) as Messages;

function has(messages: Messages, key: string): boolean {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return false;
    node = node[part];
  }
  return typeof node === 'string';
}

let t: TestCore;
let entries: AuditEntry[];
beforeAll(() => {
  t = openTestCore();
  runScenario(t);
  t.ok('demo.load', { trainees: 5 });
  t.ok('demo.remove', {});
  entries = t.ok('audit.list', { limit: 500 });
});
afterAll(() => t.close());

describe.each(['en', 'ja'])('%s', (lang) => {
  const messages = bundleFor(lang as 'en' | 'ja', read(lang));

  test('every kind of record and action has a name', () => {
    const missing = entries.flatMap((e) => [
      ...(has(messages, `audit.entity.${e.entity}`) ? [] : [`audit.entity.${e.entity}`]),
      ...(has(messages, `history.action.${e.action}`) ? [] : [`history.action.${e.action}`]),
    ]);
    expect([...new Set(missing)]).toEqual([]);
  });

  test('every field and item of every change has a label', () => {
    const missing = new Set<string>();
    for (const entry of entries) {
      for (const change of diffEntry(entry)) {
        change.path.forEach((step, i) => {
          if ('field' in step) {
            const keys = fieldKeys(entry.entity, change.path.slice(0, i + 1));
            if (!keys.some((k) => has(messages, k))) missing.add(`${entry.entity}: ${keys.at(-1)}`);
          } else if (!has(messages, `audit.item.${step.by}`)) missing.add(`audit.item.${step.by}`);
        });
      }
    }
    expect([...missing]).toEqual([]);
  });
});
