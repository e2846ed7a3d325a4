// How hosts read on screen: the name in the UI language first (the other beneath), kinds in the UI
// language, and the label of a form field or import column for messages (prefectures: ui/prefectures).
import type { TFunction } from 'i18next';
import { HOST_KINDS, type HostKind } from '../../../shared/hosts/schema';
import type { Language } from '../../../shared/settings/schema';

export interface HostNames {
  nameEn: string;
  nameJa: string;
}

/** [shown first, shown beneath]; each with the language it is written in, for <span lang>. */
export function namesOf(
  h: HostNames,
  lang: Language,
): [{ text: string; lang: Language }, { text: string; lang: Language }] {
  const en = { text: h.nameEn, lang: 'en' as const };
  const ja = { text: h.nameJa, lang: 'ja' as const };
  return lang === 'ja' ? [ja, en] : [en, ja];
}

export const primaryName = (h: HostNames, lang: Language) => namesOf(h, lang)[0].text;

export const kindOptions = (t: TFunction) => HOST_KINDS.map((k) => ({ value: k, label: t(`hosts.kind.${k}`) }));
export const kindName = (t: TFunction, kind: HostKind) => t(`hosts.kind.${kind}`);

const CONTACT_PARTS: Record<string, string> = {
  Name: 'name',
  Department: 'department',
  Title: 'title',
  Email: 'email',
  Phone: 'phone',
};

/**
 * The label of an import column key: nameEn, prefecture, contactEmail (first contact),
 * contact2Phone … Unknown keys show as themselves.
 */
export function columnLabel(t: TFunction, key: string | null): string {
  if (!key) return t('hosts.import.unknownColumn');
  const contact = /^contact(\d*)(Name|Department|Title|Email|Phone)$/.exec(key);
  if (contact) {
    // Worded as the export writes the heading ("Contact 2 email", "担当者2メール").
    const part = t(`hosts.import.column.part.${CONTACT_PARTS[contact[2] ?? 'Name']}`);
    return contact[1]
      ? t('hosts.import.column.contact', { n: contact[1], part })
      : t('hosts.import.column.firstContact', { part });
  }
  return t(`hosts.import.column.${key}`, { defaultValue: key });
}

/** The label of a form field path: "nameEn", "contacts.1.email" → "Contact 2: Email". */
export function formFieldLabel(t: TFunction, path: string): string {
  const contact = /^contacts\.(\d+)\.(\w+)$/.exec(path);
  if (contact) {
    return `${t('hosts.contact.number', { n: Number(contact[1]) + 1 })}: ${t(`hosts.contact.${contact[2]}`)}`;
  }
  const name = path.replace(/\.\d+$/, '');
  return t(`hosts.field.${name}`, { defaultValue: name });
}
