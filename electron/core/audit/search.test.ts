// The whole database's history: filters, paging with a total, the record each entry is about.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { AuditRow } from '../../../shared/audit/schema';
import { openTestCore, snapshot, type TestCore, traineeInput } from '../../../tests/support/test-core';
import { runScenario, type Scenario } from './__tests__/scenario';

let t: TestCore;
let s: Scenario;

beforeEach(() => {
  t = openTestCore();
  s = runScenario(t);
});
afterEach(() => t.close());

const all = () => t.ok('audit.search', { pageSize: 200 });
/** The oldest entry of that kind and action. */
const find = (rows: AuditRow[], entity: string, action: string) => {
  const row = rows.findLast((r) => r.entity === entity && r.action === action);
  if (!row) throw new Error(`no ${entity} ${action} entry`);
  return row;
};

describe('paging', () => {
  test('newest first, a page at a time, with the total', () => {
    const { rows, total } = all();
    expect(total).toBe(rows.length);
    expect(rows.map((r) => r.id)).toEqual([...rows.map((r) => r.id)].sort((a, b) => b - a));
    const first = t.ok('audit.search', { pageSize: 5 });
    const second = t.ok('audit.search', { pageSize: 5, page: 2 });
    expect(first).toMatchObject({ total, page: 1, pageSize: 5 });
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(rows.slice(0, 10).map((r) => r.id));
  });

  test('a page past the end gives the last page', () => {
    const { total } = all();
    const last = t.ok('audit.search', { pageSize: 10, page: 999 });
    expect(last.page).toBe(Math.ceil(total / 10));
    expect(last.rows).toHaveLength(total % 10 || 10);
  });

  test('an empty log gives an empty first page', () => {
    const empty = openTestCore();
    try {
      expect(empty.ok('audit.search', { page: 3 })).toEqual({ rows: [], total: 0, page: 1, pageSize: 50 });
    } finally {
      empty.close();
    }
  });
});

describe('filters', () => {
  test('by person', () => {
    t.ok('settings.update', { staffName: 'Suzuki Ken' });
    t.ok('trainees.archive', { id: s.trainee });
    const mine = t.ok('audit.search', { actor: 'Suzuki Ken' });
    // The change of name itself is recorded under the new name.
    expect(mine.rows.map((r) => [r.entity, r.action])).toEqual([
      ['trainee', 'archive'],
      ['settings', 'update'],
    ]);
    expect(t.ok('audit.search', { actor: 'Tanaka Yuki' }).total).toBe(all().total - 2);
  });

  test('by kind of record, record, and action', () => {
    const trainees = t.ok('audit.search', { entity: 'trainee', pageSize: 200 });
    expect(new Set(trainees.rows.map((r) => r.entity))).toEqual(new Set(['trainee']));
    const one = t.ok('audit.search', { entity: 'trainee', entityId: String(s.trainee), pageSize: 200 });
    expect(one.rows.map((r) => r.action).reverse()).toEqual([
      'create',
      'update',
      'photo-set',
      'photo-remove',
      'transition',
      'archive',
      'restore',
    ]);
    const updates = t.ok('audit.search', { action: 'update', pageSize: 200 });
    expect(updates.total).toBeGreaterThan(5);
    expect(updates.rows.every((r) => r.action === 'update')).toBe(true);
  });

  test('by time: since inclusive, until exclusive, offsets understood', () => {
    const { rows } = all();
    const oldest = rows.at(-1) as AuditRow;
    const third = rows.at(-3) as AuditRow;
    const window = t.ok('audit.search', { since: oldest.at, until: third.at });
    expect(window.rows.map((r) => r.id)).toEqual([rows.at(-2)?.id, oldest.id]);
    // The same instant written in Japan's time zone.
    const jst = new Date(Date.parse(third.at) + 9 * 3600_000).toISOString().replace('Z', '+09:00');
    expect(t.ok('audit.search', { since: oldest.at, until: jst }).total).toBe(2);
    expect(t.fail('audit.search', { since: 'yesterday' }).code).toBe('invalid_input');
  });

  test('by text: in the values before or after and in the name, case-insensitive, wildcards literal', () => {
    const matches = (text: string) => t.ok('audit.search', { text, pageSize: 200 }).rows;
    expect(matches('prefers MORNINGS').map((r) => [r.entity, r.action])).toEqual([['trainee', 'update']]);
    expect(matches('札幌').length).toBeGreaterThan(0);
    expect(matches('tanaka yuki')).toHaveLength(all().total);
    expect(matches('%')).toEqual([]);
    expect(matches('_')).toEqual([]);
    // Quotes and line breaks are found though the log keeps them in their JSON spelling.
    const created = t.ok('trainees.create', {
      data: traineeInput({ fullName: 'Ann', passportNumber: null, notes: 'Said "hi"\nthen left' }),
      confirm: true,
    });
    expect(matches('"hi"\nthen').map((r) => r.entityId)).toEqual([String(created.trainee.id)]);
    expect(matches('   ')).toHaveLength(all().total);
  });

  test('filters combine; audit.list takes them too', () => {
    const both = t.ok('audit.search', { entity: 'host', action: 'update' });
    expect(both.rows.map((r) => r.entityId)).toEqual([String(s.host)]);
    expect(t.ok('audit.list', { entity: 'host', action: 'update' }).map((r) => r.id)).toEqual(
      both.rows.map((r) => r.id),
    );
  });

  test('reading the history writes nothing', () => {
    const before = snapshot(t.core);
    all();
    t.ok('audit.facets', {});
    t.ok('audit.search', { text: "'; DROP TABLE audit_log; --", actor: 'x', since: '2026-01-01T00:00:00Z' });
    expect(snapshot(t.core)).toEqual(before);
  });
});

describe('the record each entry is about', () => {
  test('named as it is now, linked to the page that shows it', () => {
    const { rows } = all();
    const trainee = find(rows, 'trainee', 'create');
    expect(trainee.subject).toEqual({
      label: 'Somchai Srisuk (FY2026-0001)',
      labelJa: null,
      exists: true,
      link: { page: 'trainee', id: String(s.trainee) },
    });
    expect(find(rows, 'host', 'update').subject).toMatchObject({
      label: 'Sapporo City',
      labelJa: '札幌市',
      link: { page: 'host', id: String(s.host) },
    });
    expect(find(rows, 'cohort', 'update').subject).toMatchObject({
      exists: true,
      link: { page: 'cohort', id: '2026' },
    });
    expect(find(rows, 'intro_session', 'update').subject).toMatchObject({
      label: 'Orientation day (2026-04-02)',
      link: { page: 'cohort', id: '2026' },
    });
    expect(find(rows, 'attendance', 'set').subject.link).toEqual({ page: 'cohort', id: '2026' });
    expect(find(rows, 'placement', 'create').subject).toMatchObject({
      label: 'Somchai Srisuk → Sapporo City',
      labelJa: 'Somchai Srisuk → 札幌市',
      link: { page: 'trainee', id: String(s.trainee) },
    });
    expect(find(rows, 'progress_entry', 'create').subject).toMatchObject({
      label: 'Somchai Srisuk · First week',
      link: { page: 'trainee', id: String(s.trainee) },
    });
    expect(find(rows, 'field', 'update').subject).toMatchObject({
      label: 'Disaster risk reduction',
      labelJa: '防災',
      link: { page: 'settings' },
    });
    expect(find(rows, 'country', 'update').subject).toMatchObject({ label: 'Timor-Leste', link: { page: 'settings' } });
    expect(find(rows, 'evaluation_criterion', 'update').subject).toMatchObject({ label: 'Punctuality' });
    expect(find(rows, 'evaluation_scale', 'update').subject).toMatchObject({
      exists: true,
      link: { page: 'settings' },
    });
    expect(find(rows, 'settings', 'update').subject).toMatchObject({ exists: true, link: { page: 'settings' } });
  });

  test('a record that is gone keeps the name the log last knew, without a link', () => {
    const deleted = find(all().rows, 'intro_session', 'delete');
    expect(deleted.subject).toEqual({ label: 'City tour (2026-04-03)', labelJa: null, exists: false, link: null });
    t.ok('demo.load', { trainees: 3 });
    const demoTrainee = t.ok('trainees.list', { archived: 'all' }).rows.find((r) => r.isDemo);
    t.ok('trainees.archive', { id: demoTrainee?.id as number });
    t.ok('demo.remove', {});
    const archived = t.ok('audit.search', { entity: 'trainee', entityId: String(demoTrainee?.id) }).rows[0];
    // An archive entry holds no name, so nothing can be said but that the record is gone.
    expect(archived?.subject).toEqual({ label: null, labelJa: null, exists: false, link: null });
    const bulk = t.ok('audit.search', { action: 'demo-remove' }).rows;
    expect(bulk.every((r) => r.entityId === '*' && r.subject.link === null)).toBe(true);
  });
});

test('facets: the people, kinds of record and actions in the log, each once, sorted', () => {
  t.ok('settings.update', { staffName: 'Abe Mari' });
  t.ok('trainees.archive', { id: s.trainee });
  const facets = t.ok('audit.facets', {});
  expect(facets.actors).toEqual(['Abe Mari', 'Tanaka Yuki']);
  expect(facets.entities).toEqual([
    'attendance',
    'cohort',
    'country',
    'evaluation_criterion',
    'evaluation_scale',
    'field',
    'host',
    'intro_session',
    'placement',
    'progress_entry',
    'settings',
    'trainee',
  ]);
  expect(facets.actions).toContain('photo-set');
  expect(facets.actions).toEqual([...new Set(facets.actions)].sort());
});

test('every filter is served by an index, in the list order (no sort of the whole log)', () => {
  const plan = (where: string) =>
    (
      t.core.db.raw.prepare(`EXPLAIN QUERY PLAN SELECT id FROM audit_log WHERE ${where} ORDER BY id DESC`).all() as {
        detail: string;
      }[]
    )
      .map((r) => r.detail)
      .join(' | ');
  expect(plan("actor = 'x'")).toMatch(/USING (COVERING )?INDEX audit_actor/);
  expect(plan("entity = 'trainee'")).toMatch(/USING (COVERING )?INDEX audit_kind/);
  expect(plan("action = 'update'")).toMatch(/USING (COVERING )?INDEX audit_action/);
  expect(plan("entity = 'trainee' AND entity_id = '1'")).toMatch(/USING (COVERING )?INDEX audit_entity/);
  for (const where of ["actor = 'x'", "entity = 'trainee'", "action = 'update'"]) {
    expect(plan(where)).not.toMatch(/TEMP B-TREE/);
  }
});
