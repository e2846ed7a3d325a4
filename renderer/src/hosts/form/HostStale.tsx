// Someone else saved the host while this person was editing it: their edits beside what is saved now
// (StaleChanges), in the words the form uses (kinds, prefectures and fields by name, contacts as text).
// Contacts are compared without their row keys, which only React uses.
import type { TFunction } from 'i18next';
import type { Host } from '../../../../shared/hosts/schema';
import type { Language } from '../../../../shared/settings/schema';
import { keepMine, StaleChanges, staleRows } from '../../ui/forms/StaleChanges';
import { prefectureName } from '../../ui/prefectures';
import { formFieldLabel, kindName } from '../labels';
import { type HostFormValues, newContact, valuesOf } from './formValues';

const comparable = (v: HostFormValues) => ({ ...v, contacts: v.contacts.map(({ key: _key, ...c }) => c) });
type Comparable = ReturnType<typeof comparable>;

function shown(t: TFunction, lang: Language, fieldName: (id: number) => string) {
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '';
    switch (field) {
      case 'kind':
        return kindName(t, value as Host['kind']);
      case 'prefecture':
        return prefectureName(Number(value), lang);
      case 'fieldIds':
        return (value as string[]).map((id) => fieldName(Number(id))).join(', ');
      case 'contacts':
        return (value as Comparable['contacts'])
          .map((c) => [c.name, c.email, c.phone].filter(Boolean).join(' '))
          .join('; ');
      case 'active':
        return value ? t('hosts.showActive') : t('hosts.showInactive');
      default:
        return String(value);
    }
  };
}

interface Props {
  /** The host as saved now (refetched after the stale answer). */
  existing: Host;
  mine: HostFormValues;
  base: HostFormValues;
  t: TFunction;
  lang: Language;
  fieldName: (id: number) => string;
  /** The values the form takes, and the version they now apply to. */
  onChoose: (values: HostFormValues, initial: HostFormValues, version: number) => void;
}

export function HostStale({ existing, mine, base, t, lang, fieldName, onChoose }: Props) {
  const saved = valuesOf(existing);
  const edits = { mine: comparable(mine), base: comparable(base), saved: comparable(saved) };
  return (
    <StaleChanges
      rows={staleRows(edits, (f) => formFieldLabel(t, f), shown(t, lang, fieldName))}
      onKeepMine={() => {
        const merged = keepMine(edits);
        onChoose({ ...merged, contacts: merged.contacts.map((c) => newContact(c)) }, saved, existing.version);
      }}
      onTakeSaved={() => onChoose(saved, saved, existing.version)}
    />
  );
}
