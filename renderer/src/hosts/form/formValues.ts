// What the host form holds (strings, as inputs give them) ↔ what the contract takes, and client-side
// validation with the very schema the core uses. Problems are keyed by path: "nameEn",
// "contacts.1.email", so the core's issues ("data.contacts.1.email") land on the same inputs.
import { type Host, HostInput, type HostKind } from '../../../../shared/hosts/schema';
import type { FieldIssue } from '../../../../shared/result';

export interface ContactValues {
  /** A stable React key: rows can be removed from the middle. */
  key: string;
  name: string;
  department: string;
  title: string;
  email: string;
  phone: string;
}

export interface HostFormValues {
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
}

export const CONTACT_PARTS = ['name', 'department', 'title', 'email', 'phone'] as const;
export type FieldProblem = Pick<FieldIssue, 'code' | 'params'>;
export type Problems = Record<string, FieldProblem>;

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

/** Where a problem shows: contacts by row and part, fieldIds.3 on the fields input as a whole. */
export const problemKey = (path: string) => path.replace(/^data\./, '').replace(/^(fieldIds)\.\d+$/, '$1');

export function validateValues(values: HostFormValues): Problems {
  const input = inputOf(values);
  const result = HostInput.safeParse(input);
  if (result.success) return {};
  const problems: Problems = {};
  for (const issue of result.error.issues) {
    const key = problemKey(issue.path.map(String).join('.'));
    if (!key || problems[key]) continue;
    const top = String(issue.path[0] ?? '');
    const missing = input[top] === undefined || input[top] === '';
    // A missing choice fails as a wrong type or value; to a person it is simply "required".
    const code = missing ? 'required' : /^[a-z_]+$/.test(issue.message) ? issue.message : 'invalid_value';
    const params = 'maximum' in issue && typeof issue.maximum === 'number' ? { max: issue.maximum } : undefined;
    problems[key] = params ? { code, params } : { code };
  }
  return problems;
}

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
