// Enter in a searchable select chooses the first match even before Mantine has highlighted one.
import { expect, test } from 'vitest';
import { firstMatch, flatOptions } from './SearchableSelect';

const PREFECTURES = [
  { group: 'Hokkaidō', items: [{ value: '01', label: 'Hokkaido 北海道' }] },
  {
    group: 'Tōhoku',
    items: [
      { value: '02', label: 'Aomori 青森県' },
      { value: '03', label: 'Iwate 岩手県', disabled: true },
    ],
  },
];

test('options are found in every shape Mantine takes', () => {
  expect(flatOptions(['A', { value: 'b', label: 'B' }]).map((o) => o.value)).toEqual(['A', 'b']);
  expect(flatOptions(PREFECTURES).map((o) => o.value)).toEqual(['01', '02', '03']);
});

test('the first enabled option containing the typed text, in any case; nothing for nothing typed', () => {
  expect(firstMatch(PREFECTURES, 'Hokk')?.value).toBe('01');
  expect(firstMatch(PREFECTURES, '青森')?.value).toBe('02');
  expect(firstMatch(PREFECTURES, 'iwate')).toBeNull();
  expect(firstMatch(PREFECTURES, '  ')).toBeNull();
  expect(firstMatch(PREFECTURES, 'zzz')).toBeNull();
});

test("a select's own filter decides what matches (a prefecture typed in the other language)", () => {
  const data = [
    { value: '4', label: 'Miyagi' },
    { value: '27', label: 'Osaka' },
  ];
  const ja: Record<string, string> = { '4': '宮城県', '27': '大阪府' };
  const filter = ({ options, search }: { options: unknown[]; search: string }) =>
    (options as { value: string; label: string }[]).filter(
      (o) => o.label.includes(search) || ja[o.value]?.includes(search),
    );
  expect(firstMatch(data, '宮城', filter as never)?.value).toBe('4');
  expect(firstMatch(data, '宮城')).toBeNull();
});
