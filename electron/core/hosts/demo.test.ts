// Demo hosts: valid, varied, repeatable records; loading and removing them (with the placements at
// them) through demo.load / demo.remove, leaving real hosts alone.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { HOST_KINDS, HostInput } from '../../../shared/hosts/schema';
import { naturalKey } from '../../../shared/text/normalize';
import { openTestCore, snapshot, type TestCore, traineeInput } from '../../../tests/support/test-core';
import { insertInto } from '../db/sql-build';
import { hostData } from './__tests__/arbitraries';
import { DEMO_HOST_COUNT, generateHosts, loadDemoHosts } from './demo';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

test('2,000 generated hosts: valid, no duplicates within a prefecture, spread over kinds and prefectures', () => {
  const hosts = generateHosts({ count: 2000, seed: 5, fieldIds: [1, 2, 3, 4, 5, 6] });
  expect(hosts).toHaveLength(2000);
  for (const host of hosts) expect(HostInput.safeParse(host).error?.issues ?? []).toEqual([]);
  const keys = hosts.flatMap((h) => [
    `${h.prefecture}|${naturalKey(h.nameEn)}`,
    `${h.prefecture}|ja|${naturalKey(h.nameJa)}`,
  ]);
  expect(new Set(keys).size).toBe(keys.length);
  expect(new Set(hosts.map((h) => h.kind))).toEqual(new Set(HOST_KINDS));
  expect(new Set(hosts.map((h) => h.prefecture)).size).toBe(47);
  expect(hosts.every((h) => h.contacts.length >= 1 && h.fieldIds.length >= 1)).toBe(true);
  expect(hosts.filter((h) => h.kind === 'special_ward').every((h) => h.prefecture === 13)).toBe(true);
});

test('the same seed gives the same hosts', () => {
  const options = { count: 30, seed: 9, fieldIds: [1, 2] };
  expect(generateHosts(options)).toEqual(generateHosts(options));
  expect(generateHosts({ ...options, seed: 10 })).not.toEqual(generateHosts(options));
});

test('demo.load brings demo hosts, once; demo.remove takes them and their placements, keeps real ones', () => {
  const real = t.ok('hosts.create', { data: hostData() }).host;
  t.ok('demo.load', { trainees: 5 });
  const demo = t.ok('hosts.list', { active: 'all', pageSize: 500 }).rows.filter((r) => r.isDemo);
  expect(demo).toHaveLength(DEMO_HOST_COUNT);
  expect(t.ok('audit.list', { entity: 'host', limit: 1 })[0]).toMatchObject({
    action: 'demo-load',
    after: { count: DEMO_HOST_COUNT },
  });
  const loaded = snapshot(t.core);
  expect(loadDemoHosts(t.core.ctx, 10)).toBe(DEMO_HOST_COUNT);
  expect(snapshot(t.core)).toEqual(loaded);

  // A real trainee placed at a demo host, and a demo placement: both go with the demo host.
  const trainee = t.ok('trainees.create', { data: traineeInput() }).trainee;
  const place = (hostId: number, isDemo: number) =>
    t.core.db.run(
      insertInto('placements', {
        trainee_id: trainee.id,
        host_id: hostId,
        start_date: '2026-07-01',
        end_date: '2026-12-31',
        is_demo: isDemo,
        created_at: 'x',
        updated_at: 'x',
      }),
    );
  place(demo[0]?.id ?? 0, 0);
  place(demo[1]?.id ?? 0, 1);
  place(real.id, 0);

  t.ok('demo.remove', {});
  expect(t.ok('hosts.list', { active: 'all', pageSize: 500 }).rows.map((r) => r.id)).toEqual([real.id]);
  expect(t.core.db.raw.prepare('SELECT host_id FROM placements').pluck().all()).toEqual([real.id]);
  expect(t.ok('audit.list', { entity: 'host', limit: 1 })[0]).toMatchObject({
    action: 'demo-remove',
    before: { count: DEMO_HOST_COUNT, placements: 2, realPlacements: [{ traineeId: trainee.id, hostId: demo[0]?.id }] },
  });
});
