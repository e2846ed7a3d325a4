// The columns of a host file, shared by import and export so that an exported file imports cleanly:
// header names in English and Japanese (case, spaces, punctuation and full-width forms ignored),
// and how kinds, prefectures, fields and "active" are written and read in either language.

import { findPrefecture, PREFECTURES } from '../../../shared/hosts/prefectures';
import { HOST_KINDS, type HostKind, MAX_CONTACTS } from '../../../shared/hosts/schema';
import type { Field } from '../../../shared/reference/schema';
import { searchKey } from '../../../shared/text/normalize';

export type Language = 'en' | 'ja';

export const CONTACT_PARTS = ['Name', 'Department', 'Title', 'Email', 'Phone'] as const;
export type ContactPart = (typeof CONTACT_PARTS)[number];

/** contactName for the first contact, contact2Name for the second, … */
export const contactKey = (n: number, part: ContactPart) => `contact${n === 1 ? '' : n}${part}`;

const BASE_HEADERS: Record<string, [en: string, ja: string, ...aliases: string[]]> = {
  nameEn: ['Name (English)', '名称（英語）', 'name_en', 'English name', 'name in English', '英語名', '英語名称'],
  nameJa: ['Name (Japanese)', '名称（日本語）', 'name_ja', 'Japanese name', 'name in Japanese', '日本語名', '名称'],
  kind: ['Kind', '種別', 'type', '区分', '団体種別'],
  prefecture: ['Prefecture', '都道府県', '都道府県名'],
  address: ['Address', '住所', '所在地'],
  capacity: ['Capacity', '受入可能人数', '受入人数', '受入れ可能人数', '定員'],
  fields: ['Fields', '研修分野', 'field', 'fields of training', '分野'],
  notes: ['Notes', '備考', 'note', 'メモ'],
  active: ['Active', '有効', '有効無効'],
};

const CONTACT_HEADERS: Record<ContactPart, [en: string, ja: string]> = {
  Name: ['name', '氏名'],
  Department: ['department', '部署'],
  Title: ['title', '役職'],
  Email: ['email', 'メール'],
  Phone: ['phone', '電話'],
};

// Words a header may use for each part of a contact ("Contact 2 e-mail", "担当者メールアドレス", …).
const CONTACT_WORDS: Record<string, ContactPart> = {
  name: 'Name',
  氏名: 'Name',
  名前: 'Name',
  名: 'Name',
  '': 'Name',
  department: 'Department',
  dept: 'Department',
  部署: 'Department',
  所属: 'Department',
  担当部署: 'Department',
  title: 'Title',
  position: 'Title',
  役職: 'Title',
  職名: 'Title',
  email: 'Email',
  mail: 'Email',
  emailaddress: 'Email',
  メール: 'Email',
  メールアドレス: 'Email',
  電子メール: 'Email',
  phone: 'Phone',
  tel: 'Phone',
  telephone: 'Phone',
  電話: 'Phone',
  電話番号: 'Phone',
};
// The first contact's parts may also stand alone ("Email", "部署").
const LONE_CONTACT_WORDS = new Set(Object.keys(CONTACT_WORDS).filter((w) => w !== '' && w !== '名' && w !== 'name'));

/** Case, spaces, punctuation and full-width forms do not matter in a header. */
export const headerKey = (header: string) =>
  header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

const BASE_LOOKUP = new Map<string, string>(
  Object.entries(BASE_HEADERS).flatMap(([key, names]) => [key, ...names].map((n) => [headerKey(n), key])),
);

/** The column key a header stands for, or null when it is not one the import reads. */
export function columnOf(header: string): string | null {
  const h = headerKey(header);
  const base = BASE_LOOKUP.get(h);
  if (base) return base;
  const contact = /^(contact|担当者)(\d{0,2})(.*)$/u.exec(h);
  if (contact) {
    const n = contact[2] ? Number(contact[2]) : 1;
    const part = CONTACT_WORDS[contact[3] ?? ''];
    return part && n >= 1 && n <= MAX_CONTACTS ? contactKey(n, part) : null;
  }
  const lone = CONTACT_WORDS[h];
  return lone && LONE_CONTACT_WORDS.has(h) ? contactKey(1, lone) : null;
}

/** Header row of an export with `contacts` contact groups. */
export function exportColumns(contacts: number, language: Language): { key: string; header: string }[] {
  const lang = language === 'en' ? 0 : 1;
  const base = (key: string) => ({ key, header: BASE_HEADERS[key]?.[lang] ?? key });
  const groups = Array.from({ length: contacts }, (_, i) =>
    CONTACT_PARTS.map((part) => {
      const n = i + 1;
      const word = CONTACT_HEADERS[part][lang];
      const header =
        language === 'en' ? `Contact${n === 1 ? '' : ` ${n}`} ${word}` : `担当者${n === 1 ? '' : n}${word}`;
      return { key: contactKey(n, part), header };
    }),
  ).flat();
  return [
    ...['nameEn', 'nameJa', 'kind', 'prefecture', 'address', 'capacity', 'fields'].map(base),
    ...groups,
    ...['notes', 'active'].map(base),
  ];
}

const KIND_LABELS: Record<HostKind, [en: string, ja: string, ...aliases: string[]]> = {
  prefecture: ['Prefecture', '都道府県'],
  city: ['City', '市'],
  town: ['Town', '町'],
  village: ['Village', '村'],
  special_ward: ['Special ward', '特別区', 'ward', '区'],
  related_organisation: ['Related organisation', '関係団体', 'related organization', '関連団体', 'organisation'],
};
const KIND_LOOKUP = new Map<string, HostKind>(
  HOST_KINDS.flatMap((kind) => [kind, ...KIND_LABELS[kind]].map((label) => [headerKey(label), kind])),
);

export const kindLabel = (kind: HostKind, language: Language) => KIND_LABELS[kind][language === 'en' ? 0 : 1];
export const parseKind = (text: string): HostKind | null => KIND_LOOKUP.get(headerKey(text)) ?? null;

export const prefectureLabel = (code: number, language: Language) =>
  PREFECTURES[code - 1]?.[language === 'en' ? 'en' : 'ja'] ?? String(code);
export const parsePrefecture = (text: string): number | null => findPrefecture(text.normalize('NFKC'))?.code ?? null;

const YES = new Set(['yes', 'y', 'true', '1', 'active', '有効', 'はい', '○', '〇']);
const NO = new Set(['no', 'n', 'false', '0', 'inactive', '無効', 'いいえ', '×', '✕']);
export const activeLabel = (active: boolean, language: Language) =>
  language === 'en' ? (active ? 'Yes' : 'No') : active ? '有効' : '無効';
/** Blank means active (a new host usually is); null when the text means neither. */
export function parseActive(text: string): boolean | null {
  const t = text.normalize('NFKC').trim().toLowerCase();
  if (t === '' || YES.has(t)) return true;
  return NO.has(t) ? false : null;
}

export const FIELD_SEPARATOR = ';';
export const fieldsLabel = (ids: number[], fields: Map<number, Field>, language: Language) =>
  ids
    .map((id) => fields.get(id))
    .map((f, i) => (f ? (language === 'en' ? f.nameEn : f.nameJa) : String(ids[i])))
    .join(`${FIELD_SEPARATOR} `);

/** Field ids by name in either language (built once per file). */
export function fieldNames(fields: Field[]): Map<string, number> {
  const byName = new Map<string, number>();
  for (const f of fields) {
    byName.set(searchKey(f.nameEn), f.id);
    byName.set(searchKey(f.nameJa), f.id);
  }
  return byName;
}

/** Splits a list of field names (either language) into known ids and unknown names. */
export function parseFields(text: string, byName: Map<string, number>): { ids: number[]; unknown: string[] } {
  const ids: number[] = [];
  const unknown: string[] = [];
  for (const name of text.normalize('NFKC').split(FIELD_SEPARATOR)) {
    if (name.trim() === '') continue;
    const id = byName.get(searchKey(name));
    if (id === undefined) unknown.push(name.trim());
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids, unknown };
}
