import { describe, expect, test } from 'vitest';
import {
  FIELD_GROUPS,
  fieldNameKey,
  fieldTokens,
  groupsRelated,
  RELATED_GROUPS,
  SEED_FIELDS,
  seedFieldByName,
  tokenSimilarity,
} from './vocabulary';

describe('the seed vocabulary', () => {
  test('names the fields of the source text, English and Japanese, each once', () => {
    const en = SEED_FIELDS.map((f) => fieldNameKey(f.nameEn));
    const ja = SEED_FIELDS.map((f) => f.nameJa);
    const keys = SEED_FIELDS.map((f) => f.key);
    expect(new Set(en).size).toBe(en.length);
    expect(new Set(ja).size).toBe(ja.length);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of SEED_FIELDS) {
      expect(f.nameJa).toMatch(/[\u3000-\u9fff]/);
      expect(FIELD_GROUPS).toContain(f.group);
      expect(f.key).toMatch(/^[a-z_]+$/);
    }
    // The fields the prose names, and examples from the table.
    for (const name of [
      'Fire and Disaster Prevention',
      'Water Supply and Sewerage',
      'Social Welfare',
      'Public Health and Sanitation',
      'Local Administration',
      'Tourism Promotion',
      'Solid Waste Management',
    ]) {
      expect(seedFieldByName(name)?.nameEn).toBe(name);
    }
  });

  test('no alias belongs to two fields, and none is another field’s name', () => {
    const owner = new Map<string, string>();
    for (const f of SEED_FIELDS) {
      for (const name of [f.nameEn, f.nameJa, ...f.aliases]) {
        const key = fieldNameKey(name);
        expect(owner.get(key) ?? f.key, name).toBe(f.key);
        owner.set(key, f.key);
      }
    }
  });

  test.each([
    // Correctly spelt variants in the source table find their field exactly …
    ['Water supply and sewerage management', 'Water Supply and Sewerage'],
    ['Water Supply and Sewage Management', 'Water Supply and Sewerage'],
    ['Agriculture and commerce', 'Agriculture and Commerce'],
    ['Fire Fighting', 'Firefighting and Rescue'],
    ['Firefighting and rescue', 'Firefighting and Rescue'],
    ['Health and Sanitation', 'Public Health and Sanitation'],
    ['Environment Conservation', 'Environmental Conservation'],
    ['Tourism', 'Tourism Promotion'],
    ['  water supply & sewerage ', 'Water Supply and Sewerage'],
    ['消防・防災', 'Fire and Disaster Prevention'],
    ['上下水道', 'Water Supply and Sewerage'],
  ])('%s → %s', (name, expected) => {
    expect(seedFieldByName(name)?.nameEn).toBe(expected);
  });

  test('… misspellings do not: closeness is the import’s job', () => {
    expect(seedFieldByName('Fire and desaster preverntion')).toBeNull();
    expect(seedFieldByName('Health and social walfare')).toBeNull();
  });
});

describe('relatedness', () => {
  test('groups relate to themselves and to their listed neighbours, both ways', () => {
    expect(groupsRelated('water', 'water')).toBe(true);
    for (const [a, b] of RELATED_GROUPS) {
      expect(groupsRelated(a, b)).toBe(true);
      expect(groupsRelated(b, a)).toBe(true);
    }
    expect(groupsRelated('safety', 'tourism')).toBe(false);
  });

  test('content words, lightly stemmed', () => {
    expect(fieldTokens('Management of Markets and Food Courts')).toEqual(['market', 'food', 'court']);
    expect(fieldTokens('Environmental Conservation')).toEqual(fieldTokens('Environment Conservation'));
    expect(tokenSimilarity('Fire and Disaster Prevention', 'Disaster Management and Prevention')).toBeCloseTo(2 / 3);
    expect(tokenSimilarity('Public Health and Sanitation', 'Public Works')).toBe(0.25);
    expect(tokenSimilarity('Agriculture', 'Tourism')).toBe(0);
    expect(tokenSimilarity('and', 'Tourism')).toBe(0);
  });
});
