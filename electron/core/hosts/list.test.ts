// The host directory list: search in English and Japanese (kana folded), filters, sorting, paging.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Input } from '../../../shared/contract';
import { openTestCore, snapshot, type TestCore } from '../../../tests/support/test-core';
import { hostData } from './__tests__/arbitraries';

let t: TestCore;
beforeAll(() => {
  t = openTestCore();
  const hosts = [
    { nameEn: 'Sapporo City', nameJa: '札幌市', kind: 'city', prefecture: 1, capacity: 3, fieldIds: [1] },
    { nameEn: 'Niseko Town', nameJa: 'ニセコ町', kind: 'town', prefecture: 1, capacity: 1, fieldIds: [5] },
    { nameEn: 'Kagawa Prefecture', nameJa: '香川県', kind: 'prefecture', prefecture: 37, capacity: 5, fieldIds: [] },
    {
      nameEn: 'Setagaya City',
      nameJa: 'せたがや区',
      kind: 'special_ward',
      prefecture: 13,
      capacity: 2,
      address: '東京都世田谷区世田谷4丁目21-27',
      fieldIds: [2, 4],
    },
    {
      nameEn: 'Tokyo International Association',
      nameJa: '東京国際交流協会',
      kind: 'related_organisation',
      prefecture: 13,
      capacity: 0,
      fieldIds: [6],
    },
    { nameEn: 'Host 10', nameJa: 'ホスト10', kind: 'village', prefecture: 47, capacity: 2, active: false },
    { nameEn: 'Host 9', nameJa: 'ホスト9', kind: 'village', prefecture: 47, capacity: 2 },
  ] satisfies Parameters<typeof hostData>[0][];
  for (const h of hosts) t.ok('hosts.create', { data: hostData({ address: null, fieldIds: [], ...h }) });
});
afterEach(() => expect(t.logged).toEqual([]));
afterAll(() => t.close());

const names = (query: Input<'hosts.list'>) => t.ok('hosts.list', query).rows.map((r) => r.nameEn);

describe('search', () => {
  test('finds English names in any case, and every word must match', () => {
    expect(names({ search: 'SAPPORO' })).toEqual(['Sapporo City']);
    expect(names({ search: 'city' })).toEqual(['Sapporo City', 'Setagaya City']);
    expect(names({ search: 'tokyo association' })).toEqual(['Tokyo International Association']);
    expect(names({ search: 'tokyo zzz' })).toEqual([]);
  });

  test('finds Japanese names, with hiragana and katakana matching each other', () => {
    expect(names({ search: '札幌' })).toEqual(['Sapporo City']);
    expect(names({ search: 'にせこ' })).toEqual(['Niseko Town']);
    expect(names({ search: 'セタガヤ' })).toEqual(['Setagaya City']);
    expect(names({ search: 'ｾﾀｶﾞﾔ' })).toEqual(['Setagaya City']);
  });

  test('finds the address, and treats % and _ as plain characters', () => {
    expect(names({ search: '世田谷4丁目' })).toEqual(['Setagaya City']);
    expect(names({ search: '%' })).toEqual([]);
    expect(names({ search: '_' })).toEqual([]);
  });
});

describe('filters and sorting', () => {
  test('filters by prefecture, field, kind and activity', () => {
    expect(names({ prefecture: 1 })).toEqual(['Niseko Town', 'Sapporo City']);
    expect(names({ fieldId: 4 })).toEqual(['Setagaya City']);
    expect(names({ kind: 'village', active: 'all' })).toEqual(['Host 9', 'Host 10']);
    expect(names({ active: 'inactive' })).toEqual(['Host 10']);
    expect(names({})).not.toContain('Host 10');
  });

  test('sorts by name in natural order, and by prefecture, capacity and kind', () => {
    expect(names({ kind: 'village', active: 'all', dir: 'desc' })).toEqual(['Host 10', 'Host 9']);
    expect(names({ sort: 'prefecture' }).slice(0, 2)).toEqual(['Niseko Town', 'Sapporo City']);
    expect(names({ sort: 'capacity', dir: 'desc' })[0]).toBe('Kagawa Prefecture');
    expect(names({ sort: 'kind' })).toEqual([
      'Kagawa Prefecture',
      'Sapporo City',
      'Niseko Town',
      'Host 9',
      'Setagaya City',
      'Tokyo International Association',
    ]);
  });

  test('rows carry prefecture, kind, capacity, fields and trainees today', () => {
    const row = t.ok('hosts.list', { search: 'setagaya' }).rows[0];
    expect(row).toMatchObject({
      prefecture: 13,
      kind: 'special_ward',
      capacity: 2,
      fieldIds: [2, 4],
      currentTrainees: 0,
      active: true,
      isDemo: false,
    });
  });

  test('pages, with the total of all matches; a read writes nothing', () => {
    const before = snapshot(t.core);
    const page = t.ok('hosts.list', { pageSize: 2, page: 2, active: 'all' });
    expect(page).toMatchObject({ total: 7, page: 2, pageSize: 2 });
    expect(page.rows.map((r) => r.nameEn)).toEqual(['Kagawa Prefecture', 'Niseko Town']);
    expect(t.ok('hosts.list', { page: 99 }).rows).toEqual([]);
    expect(snapshot(t.core)).toEqual(before);
  });
});
