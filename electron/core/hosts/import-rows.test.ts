// The host import's row rules: the file's cells and a value typed for a row go through one function,
// so a typed value gets exactly the problems the same value gets in the file, with the rule in words.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { checkTypedValue } from '../../../shared/import-rules';
import { openTestCore, type TestCore } from '../../../tests/support/test-core';
import { listFields } from '../reference/service';
import { fieldNames } from './columns';
import { hostRowRules } from './import-rows';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.close());

const good = { nameEn: 'Aobakawa City', nameJa: '青葉川市', kind: 'city', prefecture: 'Kagawa', capacity: '2' };

test.each([
  ['capacity', 'lots', 'invalid_capacity'],
  ['capacity', '999', 'invalid_capacity'],
  ['kind', 'county', 'unknown_kind'],
  ['prefecture', 'Atlantis', 'unknown_prefecture'],
  ['fields', 'Astrology', 'unknown_field'],
])('typed %s “%s”: %s, as in the file, refused with its rule', (column, value, code) => {
  const ctx = { fields: fieldNames(listFields(t.core.ctx)) };
  const typed = checkTypedValue(hostRowRules, good, column, value, ctx);
  expect(typed.findings.map((f) => [f.column, f.code])).toEqual([[column, code]]);
  expect(typed.refused).toBe(true);
  expect(typed.rule?.code).toBe(code);
  // The same value in the file's row: the same problem.
  expect(hostRowRules.check({ ...good, [column]: value }, ctx).map((p) => p.code)).toEqual([code]);
});

test('a typed value that meets the rules is taken', () => {
  const ctx = { fields: fieldNames(listFields(t.core.ctx)) };
  expect(hostRowRules.check(good, ctx)).toEqual([]);
  const typed = checkTypedValue(hostRowRules, good, 'capacity', '３', ctx);
  expect(typed).toMatchObject({ findings: [], refused: false });
});
