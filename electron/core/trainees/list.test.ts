// The trainee list through dispatch: search in every script, filters, every sort, natural order, paging.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TRAINEE_SORTS, type TraineeInputRaw, type TraineeListQuery } from '../../../shared/trainees/schema';
import { openTestCore, snapshot, type TestCore, traineeInput } from '../../../tests/support/test-core';

let t: TestCore;

// name, native, kana, government, country, fiscal year, status, field. Refs follow in creation order.
const PEOPLE: Partial<TraineeInputRaw>[] = [
  {
    fullName: 'Nguyễn Thị Lan',
    nativeName: 'Nguyễn Thị Lan',
    katakanaName: 'グエン・ティ・ラン',
    homeGovernment: 'Hue City',
    country: 'VN',
    fiscalYear: 2026,
    status: 'accepted',
    fieldId: 2,
  },
  {
    fullName: 'Somchai Srisuk',
    nativeName: 'สมชาย ศรีสุข',
    katakanaName: 'ソムチャイ・シースック',
    homeGovernment: 'Phitsanulok Municipality',
    country: 'TH',
    fiscalYear: 2025,
    status: 'completed',
    fieldId: 1,
  },
  {
    fullName: 'Juan dela Cruz',
    nativeName: null,
    katakanaName: 'フアン・デラクルス',
    homeGovernment: 'Cebu City',
    country: 'PH',
    fiscalYear: 2026,
    status: 'applicant',
    fieldId: 3,
  },
  {
    fullName: 'Trần Đức Anh',
    nativeName: 'Trần Đức Anh',
    katakanaName: 'チャン・ドゥック・アイン',
    homeGovernment: 'Đà Nẵng City',
    department: 'Tourism Bureau',
    country: 'VN',
    fiscalYear: 2026,
    status: 'on_placement',
    fieldId: 5,
  },
  {
    fullName: 'Aung',
    nativeName: 'အောင်',
    katakanaName: 'アウン',
    homeGovernment: 'Yangon Region',
    country: 'MM',
    fiscalYear: 2024,
    status: 'withdrawn',
    fieldId: 1,
  },
  {
    fullName: 'Siti Rahmawati',
    nativeName: null,
    katakanaName: 'シティ・ラフマワティ',
    homeGovernment: 'Bandung City',
    country: 'ID',
    fiscalYear: 2026,
    status: 'accepted',
    fieldId: 4,
  },
];
let ids: number[] = [];

const person = (i: number) =>
  traineeInput({
    familyName: null,
    givenName: null,
    department: null,
    passportNumber: `P${1000000 + i}`,
    ...PEOPLE[i],
  });

/** Each block gets its own database with the six people, so no block sees another's changes. */
function withPeople(): void {
  beforeAll(() => {
    t = openTestCore();
    ids = PEOPLE.map((_, i) => t.ok('trainees.create', { data: person(i) }).trainee.id);
  });
  afterAll(() => {
    expect(t.logged).toEqual([]);
    t.close();
  });
}

const list = (query: TraineeListQuery) => t.ok('trainees.list', query);
const names = (query: TraineeListQuery) => list({ pageSize: 500, ...query }).rows.map((r) => r.fullName);
const found = (search: string) => names({ search }).sort();

describe('search', () => {
  withPeople();

  test.each([
    ['lan', ['Nguyễn Thị Lan']],
    ['nguyen thi', ['Nguyễn Thị Lan']],
    ['NGUYỄN', ['Nguyễn Thị Lan']],
    ['tran duc', ['Trần Đức Anh']],
    ['đức', ['Trần Đức Anh']],
    ['da nang', ['Trần Đức Anh']],
    ['tourism', ['Trần Đức Anh']],
    ['สมชาย', ['Somchai Srisuk']],
    ['ศรีสุ', ['Somchai Srisuk']],
    ['ソムチャイ', ['Somchai Srisuk']],
    ['そむちゃい', ['Somchai Srisuk']],
    ['ｿﾑﾁｬｲ', ['Somchai Srisuk']],
    ['クルス', ['Juan dela Cruz']],
    ['ＣＥＢＵ', ['Juan dela Cruz']],
    ['အောင်', ['Aung']],
    ['city', ['Juan dela Cruz', 'Nguyễn Thị Lan', 'Siti Rahmawati', 'Trần Đức Anh']],
    ['FY2025-0001', ['Somchai Srisuk']],
    ['fy2026', ['Juan dela Cruz', 'Nguyễn Thị Lan', 'Siti Rahmawati', 'Trần Đức Anh']],
    ['  siti   bandung ', ['Siti Rahmawati']],
  ])('%j finds %j', (search, expected) => {
    expect(found(search)).toEqual([...expected].sort());
  });

  test.each(['nobody', 'lan somchai', '%', '_', '"', '\\', "'; DROP TABLE trainees; --", '<script>', 'zq\u0000xj'])(
    '%j finds nothing, harmlessly',
    (search) => {
      const before = snapshot(t.core);
      expect(list({ search }).total).toBe(0);
      expect(snapshot(t.core)).toEqual(before);
    },
  );

  test('an empty search lists everyone active', () => {
    expect(list({ search: '' }).total).toBe(PEOPLE.length);
  });
});

describe('filters', () => {
  withPeople();

  test('by fiscal year, country, field, status, and together', () => {
    expect(names({ fiscalYear: 2025 })).toEqual(['Somchai Srisuk']);
    expect(names({ country: 'VN' })).toEqual(['Nguyễn Thị Lan', 'Trần Đức Anh']);
    expect(names({ fieldId: 1 })).toEqual(['Aung', 'Somchai Srisuk']);
    expect(names({ status: 'accepted' })).toEqual(['Nguyễn Thị Lan', 'Siti Rahmawati']);
    expect(names({ country: 'VN', fiscalYear: 2026, status: 'on_placement', search: 'anh' })).toEqual(['Trần Đức Anh']);
    expect(names({ country: 'SG' })).toEqual([]);
  });

  test('archived trainees appear only when asked for', () => {
    const id = ids[4] as number;
    t.ok('trainees.archive', { id });
    try {
      expect(names({})).not.toContain('Aung');
      expect(names({ archived: 'archived' })).toEqual(['Aung']);
      expect(names({ archived: 'all' })).toHaveLength(PEOPLE.length);
    } finally {
      t.ok('trainees.restore', { id });
    }
  });
});

describe('sorting', () => {
  withPeople();

  // Ties within a sort are broken by reference number (natural order).
  const EXPECTED: Record<(typeof TRAINEE_SORTS)[number], string[]> = {
    ref: ['Aung', 'Somchai Srisuk', 'Nguyễn Thị Lan', 'Juan dela Cruz', 'Trần Đức Anh', 'Siti Rahmawati'],
    name: ['Aung', 'Juan dela Cruz', 'Nguyễn Thị Lan', 'Siti Rahmawati', 'Somchai Srisuk', 'Trần Đức Anh'],
    country: ['Siti Rahmawati', 'Aung', 'Juan dela Cruz', 'Somchai Srisuk', 'Nguyễn Thị Lan', 'Trần Đức Anh'],
    fiscalYear: ['Aung', 'Somchai Srisuk', 'Nguyễn Thị Lan', 'Juan dela Cruz', 'Trần Đức Anh', 'Siti Rahmawati'],
    status: ['Nguyễn Thị Lan', 'Siti Rahmawati', 'Juan dela Cruz', 'Somchai Srisuk', 'Trần Đức Anh', 'Aung'],
    homeGovernment: ['Siti Rahmawati', 'Juan dela Cruz', 'Trần Đức Anh', 'Nguyễn Thị Lan', 'Somchai Srisuk', 'Aung'],
    updated: ['Nguyễn Thị Lan', 'Somchai Srisuk', 'Juan dela Cruz', 'Trần Đức Anh', 'Aung', 'Siti Rahmawati'],
  };

  test('the expectations cover every sort the contract offers', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...TRAINEE_SORTS].sort());
  });

  test.each(TRAINEE_SORTS)('by %s, ascending and descending', (sort) => {
    expect(names({ sort })).toEqual(EXPECTED[sort]);
    expect(names({ sort, dir: 'desc' })).toEqual([...EXPECTED[sort]].reverse());
  });

  test('the most recently changed comes last by "updated"', () => {
    const first = t.ok('trainees.get', { id: ids[0] as number });
    t.ok('trainees.update', { id: first.id, version: first.version, data: person(0) });
    expect(names({ sort: 'updated' }).at(-1)).toBe('Nguyễn Thị Lan');
  });
});

describe('paging', () => {
  withPeople();

  test('pages cover everyone exactly once and each knows the total', () => {
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const result = list({ page, pageSize: 2 });
      expect(result).toMatchObject({ total: PEOPLE.length, page, pageSize: 2 });
      expect(result.rows).toHaveLength(2);
      seen.push(...result.rows.map((r) => r.ref));
    }
    expect(new Set(seen).size).toBe(PEOPLE.length);
    expect(list({ page: 4, pageSize: 2 })).toMatchObject({ rows: [], total: PEOPLE.length });
    expect(list({ page: 2, pageSize: 4 }).rows).toHaveLength(2);
  });

  test('a filtered page counts the filtered total', () => {
    expect(list({ fiscalYear: 2026, pageSize: 3, page: 2 })).toMatchObject({ total: 4 });
    expect(list({ fiscalYear: 2026, pageSize: 3, page: 2 }).rows).toHaveLength(1);
  });
});

describe('natural order of references', () => {
  test('FY2030-9999 comes before FY2030-10000, and FY2030-2 before FY2030-10', () => {
    const other = openTestCore();
    try {
      const make = (i: number) =>
        other.ok('trainees.create', {
          data: traineeInput({ fullName: `T${i}`, passportNumber: null, fiscalYear: 2030 }),
          confirm: true,
        });
      for (let i = 0; i < 10; i++) make(i);
      // Jump the year's counter (test data set up in SQL) to reach five-digit sequence numbers.
      other.core.db.raw.prepare('UPDATE ref_counters SET last = 9998 WHERE fiscal_year = 2030').run();
      make(10);
      make(11);
      const refs = other.ok('trainees.list', { pageSize: 500 }).rows.map((r) => r.ref);
      expect(refs.slice(-3)).toEqual(['FY2030-0010', 'FY2030-9999', 'FY2030-10000']);
      expect(refs.indexOf('FY2030-0002')).toBeLessThan(refs.indexOf('FY2030-0010'));
      expect(other.ok('trainees.list', { search: 'fy2030-10000' }).rows.map((r) => r.ref)).toEqual(['FY2030-10000']);
    } finally {
      other.close();
    }
  });
});
