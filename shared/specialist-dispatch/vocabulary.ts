// The seed vocabulary of fields of expertise for the Specialist Dispatch Project: every field the
// source text names (its table of past projects and its prose), spelt the way an office would write
// it, with the Japanese name a CLAIR office would use. The vocabulary stays editable in the app; this
// list only seeds it and gives each seed field a group, so matching can call two fields related.
import { searchKey } from '../text/normalize';

/** Broad domains: fields in the same group (or in related groups) count as related for matching. */
export const FIELD_GROUPS = [
  'safety',
  'water',
  'environment',
  'health',
  'welfare',
  'agriculture',
  'commerce',
  'tourism',
  'culture',
  'urban',
  'education',
  'administration',
] as const;
export type FieldGroup = (typeof FIELD_GROUPS)[number];

export interface SeedField {
  /** A stable code for the seed entry (not shown; survives renames in the app). */
  key: string;
  nameEn: string;
  nameJa: string;
  group: FieldGroup;
  /** Other correct ways the same field is written (never misspellings: those are found by closeness). */
  aliases: readonly string[];
}

export const SEED_FIELDS: readonly SeedField[] = [
  {
    key: 'fire_disaster_prevention',
    nameEn: 'Fire and Disaster Prevention',
    nameJa: '消防・防災',
    group: 'safety',
    aliases: [],
  },
  {
    key: 'firefighting_rescue',
    nameEn: 'Firefighting and Rescue',
    nameJa: '消防・救助',
    group: 'safety',
    aliases: ['Fire Fighting', 'Firefighting', 'Fire Fighting and Rescue'],
  },
  {
    key: 'disaster_management',
    nameEn: 'Disaster Management and Prevention',
    nameJa: '防災・危機管理',
    group: 'safety',
    aliases: ['Disaster Prevention', 'Disaster Management', 'Disaster Prevention and Management'],
  },
  {
    key: 'water_supply_sewerage',
    nameEn: 'Water Supply and Sewerage',
    nameJa: '上下水道',
    group: 'water',
    aliases: ['Water Supply and Sewerage Management', 'Water Supply and Sewage Management', 'Water Supply and Sewage'],
  },
  {
    key: 'sewerage',
    nameEn: 'Sewerage Management',
    nameJa: '下水道',
    group: 'water',
    aliases: ['Sewerage', 'Sewage Management'],
  },
  {
    key: 'solid_waste',
    nameEn: 'Solid Waste Management',
    nameJa: '廃棄物処理',
    group: 'environment',
    aliases: ['Waste Management'],
  },
  {
    key: 'environmental_conservation',
    nameEn: 'Environmental Conservation',
    nameJa: '環境保全',
    group: 'environment',
    aliases: ['Environment Conservation', 'Environmental Protection'],
  },
  {
    key: 'public_health_sanitation',
    nameEn: 'Public Health and Sanitation',
    nameJa: '公衆衛生',
    group: 'health',
    aliases: ['Health and Sanitation', 'Public Health', 'Public Health Management'],
  },
  {
    key: 'health_social_welfare',
    nameEn: 'Health and Social Welfare',
    nameJa: '保健・福祉',
    group: 'welfare',
    aliases: ['Health and Welfare'],
  },
  { key: 'social_welfare', nameEn: 'Social Welfare', nameJa: '社会福祉', group: 'welfare', aliases: ['Welfare'] },
  { key: 'agriculture', nameEn: 'Agriculture', nameJa: '農業', group: 'agriculture', aliases: [] },
  {
    key: 'agriculture_commerce',
    nameEn: 'Agriculture and Commerce',
    nameJa: '農業・商業',
    group: 'agriculture',
    aliases: ['Agriculture and Trade'],
  },
  {
    key: 'markets_food_courts',
    nameEn: 'Management of Markets and Food Courts',
    nameJa: '市場・フードコート管理',
    group: 'commerce',
    aliases: ['Market and Food Court Management', 'Markets and Food Courts'],
  },
  {
    key: 'tourism_promotion',
    nameEn: 'Tourism Promotion',
    nameJa: '観光振興',
    group: 'tourism',
    aliases: ['Tourism', 'Tourism Development'],
  },
  {
    key: 'intangible_cultural_assets',
    nameEn: 'Preservation of Intangible Cultural Assets',
    nameJa: '無形文化財の保護',
    group: 'culture',
    aliases: ['Preservation of Intangible Cultural Heritage', 'Intangible Cultural Assets'],
  },
  {
    key: 'urban_planning',
    nameEn: 'Urban Planning',
    nameJa: '都市計画',
    group: 'urban',
    aliases: ['City Planning', 'Town Planning'],
  },
  { key: 'education', nameEn: 'Education', nameJa: '教育', group: 'education', aliases: [] },
  {
    key: 'japanese_language',
    nameEn: 'Japanese Language',
    nameJa: '日本語教育',
    group: 'education',
    aliases: ['Japanese Language Education', 'Japanese Language Teaching'],
  },
  {
    key: 'local_administration',
    nameEn: 'Local Administration',
    nameJa: '地方行政',
    group: 'administration',
    aliases: ['Local Government Administration'],
  },
];

/** Groups whose fields are close enough to suggest each other's specialists (both directions). */
export const RELATED_GROUPS: readonly (readonly [FieldGroup, FieldGroup])[] = [
  ['water', 'environment'],
  ['health', 'welfare'],
  ['health', 'environment'],
  ['agriculture', 'commerce'],
  ['tourism', 'culture'],
  ['tourism', 'commerce'],
  ['urban', 'safety'],
  ['urban', 'water'],
  ['administration', 'urban'],
];

export function groupsRelated(a: FieldGroup, b: FieldGroup): boolean {
  return a === b || RELATED_GROUPS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/**
 * The key two spellings of one field name share: case, diacritics, width, "&" for "and", punctuation
 * and spacing ignored ("Water supply & sewerage" = "Water Supply and Sewerage").
 */
export function fieldNameKey(name: string): string {
  return searchKey(name)
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const BY_NAME = new Map<string, SeedField>();
for (const field of SEED_FIELDS) {
  for (const name of [field.nameEn, field.nameJa, ...field.aliases]) BY_NAME.set(fieldNameKey(name), field);
}

/** The seed field a name denotes (its English or Japanese name, or an alias), else null. Exact only. */
export function seedFieldByName(name: string): SeedField | null {
  return BY_NAME.get(fieldNameKey(name)) ?? null;
}

/** Words that say little about the field ("Management of …", "… and …"). */
const WEAK_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'a', 'an', 'management']);

/**
 * The content words of a field name, lightly stemmed so that "Markets"/"Market" and
 * "Environmental"/"Environment" meet. For token similarity only; never shown.
 */
export function fieldTokens(name: string): string[] {
  const words = fieldNameKey(name).split(' ');
  const out: string[] = [];
  for (const word of words) {
    if (word === '' || WEAK_WORDS.has(word)) continue;
    const stem = word.replace(/(al|s)$/, '');
    if (!out.includes(stem)) out.push(stem);
  }
  return out;
}

/** Jaccard similarity of the content words of two field names, 0 … 1. */
export function tokenSimilarity(a: string, b: string): number {
  const ta = fieldTokens(a);
  const tb = fieldTokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const shared = ta.filter((t) => tb.includes(t)).length;
  return shared / (ta.length + tb.length - shared);
}

/** Names at or above this similarity count as related when the seed groups do not decide. */
export const RELATED_SIMILARITY = 1 / 3;
