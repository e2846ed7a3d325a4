// The palette's search on a real database: each kind found in its own scripts with the lists' keys,
// active records before archived ones, a few per kind, and input refused as every channel refuses it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SearchHit } from '../../../shared/search/schema';
import { openTestCore, type TestCore, traineeInput } from '../../../tests/support/test-core';
import { hostData } from '../hosts/__tests__/arbitraries';
import { requestData, specialistData } from '../specialist-dispatch/__tests__/arbitraries';

let t: TestCore;
const PEOPLE = [
  { fullName: 'Nguyễn Thị Hương', nativeName: null, katakanaName: 'グエン・ティ・フオン', country: 'VN' },
  { fullName: 'Somchai Srisuk', nativeName: 'สมชาย ศรีสุข', katakanaName: 'ソムチャイ・シースック', country: 'TH' },
  { fullName: 'Sok Dara', nativeName: 'សុខ ដារា', katakanaName: 'ソク・ダラ', country: 'KH' },
  { fullName: 'Aung Ko', nativeName: 'အောင်ကို', katakanaName: 'アウン・コー', country: 'MM' },
] as const;

beforeAll(() => {
  t = openTestCore();
  for (const [i, p] of PEOPLE.entries()) {
    t.ok('trainees.create', {
      data: traineeInput({ ...p, familyName: null, givenName: null, passportNumber: `P${1000000 + i}` }),
    });
  }
  for (let i = 0; i < 7; i++) {
    t.ok('trainees.create', {
      data: traineeInput({ fullName: `Tran Van ${i}`, nativeName: null, passportNumber: `Q${1000000 + i}` }),
      confirm: true,
    });
  }
  t.ok('hosts.create', { data: hostData({ nameEn: 'Setagaya City', nameJa: 'せたがや区', fieldIds: [] }) });
  t.ok('specialistDispatch.specialists.create', { data: specialistData() });
  t.ok('specialistDispatch.requests.create', { data: requestData() });
  t.ok('cohorts.create', { fiscalYear: 2026, introStart: '2026-04-01' });
});
afterAll(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const find = (text: string, perKind?: number) => t.ok('search.find', { text, perKind }).hits;
const titles = (hits: SearchHit[]) => hits.map((h) => `${h.kind}:${h.title}`);

describe('search.find', () => {
  test.each([
    ['nguyen huong', 'Nguyễn Thị Hương'],
    ['Nguyễn', 'Nguyễn Thị Hương'],
    ['ぐえん', 'Nguyễn Thị Hương'],
    ['สมชาย', 'Somchai Srisuk'],
    ['ដារា', 'Sok Dara'],
    ['အောင်', 'Aung Ko'],
  ])('finds a trainee by %s', (text, name) => {
    expect(titles(find(text))).toEqual([`trainee:${name}`]);
  });

  test('finds hosts, specialists, requests and cohorts by their lists keys', () => {
    expect(titles(find('セタガヤ'))).toEqual(['host:Setagaya City']);
    expect(titles(find('佐藤'))).toEqual(['specialist:Sato Ken']);
    expect(titles(find('chiang mai'))).toEqual(['request:SD-FY2027-001']);
    expect(find('2026年度')).toEqual([
      {
        kind: 'cohort',
        key: 2026,
        title: 'FY2026',
        detail: null,
        period: { start: '2026-04-01', end: expect.any(String) },
        inactive: false,
      },
    ]);
  });

  test('answers a few of each kind, active records first', () => {
    expect(find('tran van', 3)).toHaveLength(3);
    const [first] = find('tran van 0');
    t.ok('trainees.archive', { id: first?.key ?? 0 });
    expect(find('tran van')).toHaveLength(5);
    expect(find('tran van', 20).at(-1)).toMatchObject({ title: 'Tran Van 0', inactive: true });
  });

  test('nothing typed asks nothing; too long or unknown input is refused', () => {
    expect(find('   ')).toEqual([]);
    expect(t.fail('search.find', { text: 'x'.repeat(201) }).issues).toMatchObject([{ path: 'text', code: 'too_long' }]);
    expect(t.fail('search.find', { text: 'a', extra: 1 }).code).toBe('invalid_input');
  });
});
