// hosts.bulk.setActive through dispatch: each host changed with its own audit entry, or none; the
// selection as ids or as the directory's filters; the export limited to a selection.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { openTestCore, snapshot, type TestCore } from '../../../tests/support/test-core';
import { hostData } from './__tests__/arbitraries';

let t: TestCore;
beforeEach(() => {
  t = openTestCore({ now: () => new Date(2026, 5, 15, 12) });
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const host = (nameEn: string, nameJa: string) =>
  t.ok('hosts.create', { data: hostData({ nameEn, nameJa }), confirm: true }).host.id;
const auditCount = () => t.core.db.raw.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
const active = (id: number) => t.ok('hosts.get', { id }).host.active;

test('marks every host chosen inactive and back, one audit entry each', () => {
  const ids = [host('Aoba City', '青葉市'), host('Bando Town', '坂東町'), host('Chiyo Village', '千代村')];
  const before = auditCount();
  expect(t.ok('hosts.bulk.setActive', { selection: { ids }, active: false })).toEqual({ changed: 3 });
  expect(ids.map(active)).toEqual([false, false, false]);
  expect(auditCount()).toBe(before + 3);
  const all = { query: { active: 'inactive' as const }, expected: 3 };
  expect(t.ok('hosts.bulk.setActive', { selection: all, active: true })).toEqual({ changed: 3 });
  expect(ids.map(active)).toEqual([true, true, true]);
  expect(auditCount()).toBe(before + 6);
});

test('an unknown host or a changed count refuses the whole action, writing nothing', () => {
  const a = host('Aoba City', '青葉市');
  const snap = snapshot(t.core);
  expect(t.fail('hosts.bulk.setActive', { selection: { ids: [a, 999] }, active: false }).code).toBe('not_found');
  expect(
    t.fail('hosts.bulk.setActive', { selection: { query: { active: 'active' }, expected: 2 }, active: false }).code,
  ).toBe('stale');
  expect(snapshot(t.core)).toEqual(snap);
});

test('the export holds only the hosts selected', async () => {
  const a = host('Aoba City', '青葉市');
  host('Bando Town', '坂東町');
  const file = await t.okAsync('hosts.export', { format: 'csv', language: 'en', ids: [a] });
  const text = Buffer.from(file.data, 'base64').toString('utf8');
  expect(text).toContain('Aoba City');
  expect(text).not.toContain('Bando Town');
});
