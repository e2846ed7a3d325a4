// What the host form holds (strings, as inputs give them) ↔ what the contract takes, and client-side
// validation with the very schema the core uses (shared/forms/problems). Problems are keyed by path:
// "nameEn", "contacts.1.email", so the core's issues ("data.contacts.1.email") land on the same inputs.
import { type Problems, schemaProblems } from '../../../../shared/forms/problems';
import { type Host, HostInput, type HostKind } from '../../../../shared/hosts/schema';

export interface ContactValues {
  /** A stable React key: rows can be removed from the middle. */
  key: string;
  name: string;
  department: string;
  title: string;
  email: string;
  phone: string;
}

export type HostFormValues = {
  nameEn: string;
  nameJa: string;
  kind: HostKind | null;
  prefecture: string | null;
  address: string;
  capacity: number | string;
  fieldIds: string[];
  contacts: ContactValues[];
  notes: string;
  active: boolean;
};

export const CONTACT_PARTS = ['name', 'department', 'title', 'email', 'phone'] as const;

let nextKey = 0;
export const newContact = (c: Partial<Record<(typeof CONTACT_PARTS)[number], string | null>> = {}): ContactValues => {
  nextKey += 1;
  return {
    key: `c${nextKey}`,
    name: c.name ?? '',
    department: c.department ?? '',
    title: c.title ?? '',
    email: c.email ?? '',
    phone: c.phone ?? '',
  };
};

export function emptyValues(): HostFormValues {
  return {
    nameEn: '',
    nameJa: '',
    kind: null,
    prefecture: null,
    address: '',
    capacity: 1,
    fieldIds: [],
    contacts: [],
    notes: '',
    active: true,
  };
}

export function valuesOf(h: Host): HostFormValues {
  return {
    nameEn: h.nameEn,
    nameJa: h.nameJa,
    kind: h.kind,
    prefecture: String(h.prefecture),
    address: h.address ?? '',
    capacity: h.capacity,
    fieldIds: h.fieldIds.map(String),
    contacts: h.contacts.map((c) => newContact(c)),
    notes: h.notes ?? '',
    active: h.active,
  };
}

/** The contract's input; empty choices are left out so the schema reports them as required. */
export function inputOf(v: HostFormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {
    nameEn: v.nameEn,
    nameJa: v.nameJa,
    address: v.address,
    fieldIds: v.fieldIds.map(Number),
    contacts: v.contacts.map(({ key: _key, ...c }) => c),
    notes: v.notes,
    active: v.active,
  };
  if (v.kind) input.kind = v.kind;
  if (v.prefecture) input.prefecture = Number(v.prefecture);
  if (v.capacity !== '' && v.capacity !== null) input.capacity = Number(v.capacity);
  return input;
}

/** Inputs that show a list as one input (a multi-select): their items' problems land on it. */
export const LISTS = ['fieldIds'] as const;

/** Checked with the very schema the core uses (shared/forms): "contacts.1.email", "fieldIds", "nameEn". */
export const validateValues = (values: HostFormValues): Problems => schemaProblems(HostInput, inputOf(values), LISTS);

/** Every input in screen order, for the error summary: the names, then place, training, contacts. */
export function fieldOrder(values: HostFormValues): string[] {
  return [
    'nameEn',
    'nameJa',
    'kind',
    'prefecture',
    'address',
    'capacity',
    'fieldIds',
    'contacts',
    ...values.contacts.flatMap((_, i) => CONTACT_PARTS.map((p) => `contacts.${i}.${p}`)),
    'notes',
  ];
}

/** The id of the input a problem key belongs to, for labels and "jump to the field". */
export const inputId = (key: string) => `host-${key.replaceAll('.', '-')}`;
