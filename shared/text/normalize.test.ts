import { describe, expect, test } from 'vitest';
import { naturalKey, searchKey } from './normalize';

describe('searchKey', () => {
  test('Vietnamese matches without its diacritics, đ included', () => {
    expect(searchKey('Nguyễn Thị Đức')).toBe('nguyen thi duc');
    expect(searchKey('Trần Văn Đạt')).toBe(searchKey('tran van dat'));
    expect(searchKey('đường')).toBe('duong');
  });

  test('Latin accents and case go', () => {
    expect(searchKey('José MARÍA Ñúñez')).toBe('jose maria nunez');
  });

  test('hiragana becomes katakana, half-width katakana becomes full-width', () => {
    expect(searchKey('そむちゃい')).toBe('ソムチャイ');
    expect(searchKey('ｿﾑﾁｬｲ')).toBe('ソムチャイ');
    expect(searchKey('がっこう')).toBe(searchKey('ガッコウ'));
  });

  test('full-width Latin, digits and spaces become plain ones', () => {
    expect(searchKey('ＡＢＣ　１２３')).toBe('abc 123');
  });

  test('Thai keeps its vowel and tone marks', () => {
    expect(searchKey('สมศักดิ์ ศรีสุข')).toBe('สมศักดิ์ ศรีสุข');
    expect(searchKey('สมศักดิ์')).not.toBe(searchKey('สมศักด'));
  });

  test('runs of white space collapse and the ends are trimmed', () => {
    expect(searchKey('  Aung \t\n  San  ')).toBe('aung san');
  });

  test('control characters count as spaces (a NUL would cut a full-text query short)', () => {
    expect(searchKey('a\u0000b\u0007c\u007f')).toBe('a b c');
  });
});

describe('naturalKey', () => {
  const sorted = (list: string[]) => [...list].sort((a, b) => (naturalKey(a) < naturalKey(b) ? -1 : 1));

  test('numbers compare as numbers: FY2026-2 before FY2026-10', () => {
    expect(naturalKey('FY2026-2') < naturalKey('FY2026-10')).toBe(true);
    expect(sorted(['FY2026-10', 'FY2026-2', 'FY2025-0100', 'FY2026-0001'])).toEqual([
      'FY2025-0100',
      'FY2026-0001',
      'FY2026-2',
      'FY2026-10',
    ]);
  });

  test('leading zeros do not matter', () => {
    expect(naturalKey('FY2026-0007')).toBe(naturalKey('fy2026-7'));
  });

  test('names sort without case or diacritics getting in the way', () => {
    expect(sorted(['Zaw', 'ánh', 'Bảo'])).toEqual(['ánh', 'Bảo', 'Zaw']);
  });
});
