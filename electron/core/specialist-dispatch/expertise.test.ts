import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { SEED_FIELDS } from '../../../shared/specialist-dispatch/vocabulary';
import { openTestCore, snapshot, type TestCore } from '../../../tests/support/test-core';
import { requestData, specialistData } from './__tests__/arbitraries';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const field = (overrides: Record<string, unknown> = {}) => ({
  nameEn: 'Port Management',
  nameJa: '港湾管理',
  group: 'urban' as const,
  ...overrides,
});

describe('the field-of-expertise vocabulary', () => {
  test('the rows migration 0006 seeds are SEED_FIELDS, in order, with groups and aliases', () => {
    const rows = t.core.db.raw
      .prepare('SELECT seed_key, name_en, name_ja, field_group, aliases, sort_order FROM expertise_fields ORDER BY id')
      .all() as {
      seed_key: string;
      name_en: string;
      name_ja: string;
      field_group: string;
      aliases: string;
      sort_order: number;
    }[];
    expect(
      rows.map((r) => ({
        key: r.seed_key,
        nameEn: r.name_en,
        nameJa: r.name_ja,
        group: r.field_group,
        aliases: JSON.parse(r.aliases),
        order: r.sort_order,
      })),
    ).toEqual(
      SEED_FIELDS.map((f, i) => ({
        key: f.key,
        nameEn: f.nameEn,
        nameJa: f.nameJa,
        group: f.group,
        aliases: [...f.aliases],
        order: i + 1,
      })),
    );
  });

  test('listed in order with how many requests, specialists and past projects use each', () => {
    t.ok('specialistDispatch.specialists.create', { data: specialistData({ fieldIds: [2, 3] }) });
    t.ok('specialistDispatch.requests.create', { data: requestData({ fieldId: 2 }) });
    const list = t.ok('specialistDispatch.expertise.list', {});
    expect(list.map((f) => f.seedKey).slice(0, 3)).toEqual(SEED_FIELDS.slice(0, 3).map((f) => f.key));
    expect(list.map((f) => f.usage).slice(0, 4)).toEqual([0, 2, 1, 0]);
  });

  test('a new field: aliases trimmed and once each, placed last, audited', () => {
    const saved = t.ok('specialistDispatch.expertise.create', {
      ...field(),
      aliases: ['  Port Administration ', 'port administration', 'Harbour Management', 'PORT MANAGEMENT'],
    });
    expect(saved).toMatchObject({ seedKey: null, group: 'urban', active: true, usage: 0 });
    expect(saved.aliases).toEqual(['Port Administration', 'Harbour Management']);
    expect(t.ok('specialistDispatch.expertise.list', {}).at(-1)?.id).toBe(saved.id);
    expect(t.ok('audit.list', { entity: 'expertise_field', entityId: String(saved.id) })[0]?.action).toBe('create');
  });

  test('a name another field has (in any case or spelling) is a conflict, and nothing is written', () => {
    const before = snapshot(t.core);
    const error = t.fail('specialistDispatch.expertise.create', field({ nameEn: 'water supply & sewerage' }));
    expect(error.code).toBe('conflict');
    expect(error.issues).toEqual([
      { path: 'data.nameEn', code: 'field_name_taken', params: { field: 'Water Supply and Sewerage' } },
    ]);
    expect(t.fail('specialistDispatch.expertise.create', field({ nameJa: '上下水道' })).issues?.[0]?.code).toBe(
      'field_name_taken',
    );
    expect(snapshot(t.core)).toEqual(before);
  });

  test('an alias may not be another field’s name or alias', () => {
    const error = t.fail('specialistDispatch.expertise.create', field({ aliases: ['Harbours', 'Waste Management'] }));
    expect(error.code).toBe('conflict');
    expect(error.issues).toEqual([
      {
        path: 'data.aliases.1',
        code: 'alias_taken',
        params: { alias: 'Waste Management', field: 'Solid Waste Management' },
      },
    ]);
  });

  test('editing keeps its own names free, can retire a field, and is audited', () => {
    const updated = t.ok('specialistDispatch.expertise.update', {
      id: 5,
      data: { nameEn: 'Sewerage Management', nameJa: '下水道', group: 'water', aliases: ['Sewerage'], active: false },
    });
    expect(updated).toMatchObject({ id: 5, active: false, aliases: ['Sewerage'], seedKey: 'sewerage' });
    expect(t.fail('specialistDispatch.expertise.update', { id: 5, data: field({ nameEn: 'Agriculture' }) }).code).toBe(
      'conflict',
    );
    expect(t.fail('specialistDispatch.expertise.update', { id: 999, data: field() }).code).toBe('not_found');
    expect(t.ok('audit.list', { entity: 'expertise_field', entityId: '5' })).toHaveLength(1);
  });
});
