// A history entry's before and after as a field-by-field list of changes. Pure: the words (field
// names, values) are put on by the components. Lists of records inside a value (a host's contacts,
// an evaluation's ratings, a session's marks) are compared item by item under a readable key.
import type { AuditEntry } from '../../../../shared/audit/schema';

/** Book-keeping every record carries; a change to these alone is not a change a person made. */
export const HIDDEN_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'version',
  'createdAt',
  'updatedAt',
  'isDemo',
  'hasPhoto',
  'sha256',
  'marks',
  'ref',
  'traineeRef',
]);

/** Values that are never repeated in the history, only said to have changed. */
export const SECRET_FIELDS: ReadonlySet<string> = new Set(['passportNumber', 'residenceCardNumber']);

/** Fields that merely repeat the record the entry is about (the subject says it already). */
const REDUNDANT: Record<string, ReadonlySet<string>> = {
  placement: new Set(['traineeId', 'traineeName', 'hostId']),
  progress_entry: new Set(['traineeId', 'placementId', 'attachments']),
};

/** One step of a change's path: a field name, or an item of a list (named by its key). */
export type Step = { field: string } | { item: string; by: string };

export interface Change {
  path: Step[];
  before: unknown;
  after: unknown;
  /** A secret value: the list says it changed, never what it was or became. */
  secret: boolean;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The key an item of a list is known by: the first of these it has, else its position. */
const ITEM_KEYS = ['traineeId', 'criterionId', 'score', 'name', 'fileName', 'id'] as const;

function itemKey(item: unknown, index: number): { item: string; by: string } {
  if (isObject(item)) {
    for (const key of ITEM_KEYS) {
      const v = item[key];
      if (typeof v === 'string' || typeof v === 'number') {
        // The criterion's name reads better than its number.
        if (key === 'criterionId' && typeof item.criterionEn === 'string') {
          return { item: String(item.criterionEn), by: 'criterion' };
        }
        return { item: String(v), by: key };
      }
    }
  }
  return { item: String(index + 1), by: 'position' };
}

const KEY_FIELDS: Record<string, string[]> = {
  traineeId: ['traineeId'],
  score: ['score'],
  id: ['id'],
  criterion: ['criterionId', 'criterionEn', 'criterionJa'],
};

/** A list of records (objects) is compared item by item; a list of plain values is one value. */
const isRecordList = (v: unknown): v is unknown[] => Array.isArray(v) && v.length > 0 && v.every(isObject);

/** Leaves of a value: path → plain value, one level into nested records and lists of records. */
function leaves(value: unknown, hidden: ReadonlySet<string>, depth = 0, prefix: Step[] = []): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  const put = (path: Step[], v: unknown) => out.set(JSON.stringify(path), { path, value: v });
  if (isRecordList(value) && depth < 2) {
    value.forEach((item, i) => {
      const step = itemKey(item, i);
      // The number an item is known by is in its name already; a name stays (it is what was typed).
      const inName = KEY_FIELDS[step.by] ?? [];
      const itemHidden = new Set([...hidden, ...inName]);
      for (const [k, leaf] of leaves(item, itemHidden, depth + 1, [...prefix, step])) out.set(k, leaf);
    });
    return out;
  }
  if (!isObject(value)) {
    if (value !== null && value !== undefined) put(prefix, value);
    return out;
  }
  for (const [field, v] of Object.entries(value)) {
    if (hidden.has(field)) continue;
    const path = [...prefix, { field }];
    if ((isObject(v) || isRecordList(v)) && depth < 2) {
      const inner = leaves(v, hidden, depth + 1, path);
      // An object or list that became empty still counts as a value ("none").
      if (inner.size === 0) put(path, null);
      for (const [k, leaf] of inner) out.set(k, leaf);
    } else put(path, v);
  }
  return out;
}

interface Leaf {
  path: Step[];
  value: unknown;
}

/**
 * Values put the way they are compared: a deleted session keeps its values under `session` (the
 * marks deleted with it beside); one attendance mark is an item of the session's marks, named by
 * the trainee, like the marks of a whole-session change.
 */
function unwrap(entity: string, value: unknown): unknown {
  if (isObject(value) && isObject(value.session)) return { ...value.session, attendance: value.attendance };
  if (entity === 'attendance' && isObject(value)) return [value];
  return value;
}

const isEmpty = (v: unknown) =>
  v === null ||
  v === undefined ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (isObject(v) && Object.keys(v).length === 0);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The changes an entry records: for an edit, the fields whose value differs; for a creation, the
 * values set (empty ones left out); for a deletion, the values it had. In the order of the record's fields.
 */
export function diffEntry(entry: Pick<AuditEntry, 'entity' | 'action' | 'before' | 'after'>): Change[] {
  // A photo is said to have changed, never shown; an attachment by its file name alone.
  if (entry.action.startsWith('photo-'))
    return [{ path: [{ field: 'photo' }], before: null, after: null, secret: true }];
  const pickFile = (v: unknown) => (isObject(v) ? { fileName: v.fileName } : v);
  const attachment = entry.action.startsWith('attachment-');
  const hidden = new Set([...HIDDEN_FIELDS, ...(REDUNDANT[entry.entity] ?? [])]);
  const before = leaves(unwrap(entry.entity, attachment ? pickFile(entry.before) : entry.before), hidden);
  const after = leaves(unwrap(entry.entity, attachment ? pickFile(entry.after) : entry.after), hidden);
  const keys = [...new Set([...after.keys(), ...before.keys()])];
  const changes: Change[] = [];
  for (const key of keys) {
    const a = before.get(key);
    const b = after.get(key);
    const path = (b ?? a)?.path ?? [];
    if (same(a?.value, b?.value) || (isEmpty(a?.value) && isEmpty(b?.value))) continue;
    const last = path.at(-1);
    const secret = last !== undefined && 'field' in last && SECRET_FIELDS.has(last.field);
    changes.push({ path, before: a?.value ?? null, after: b?.value ?? null, secret });
  }
  return changes;
}

/** The field names an edit changed (top level), for the one-line summary of an entry. */
export function changedFieldNames(entry: Pick<AuditEntry, 'entity' | 'action' | 'before' | 'after'>): string[] {
  const names: string[] = [];
  for (const change of diffEntry(entry)) {
    const first = change.path.find((step) => 'field' in step);
    if (first && 'field' in first && !names.includes(first.field)) names.push(first.field);
  }
  return names;
}

/** Long text shortened to `max` characters (whole code points), with an ellipsis. */
export function shorten(text: string, max = 120): { text: string; shortened: boolean } {
  const chars = [...text];
  if (chars.length <= max) return { text, shortened: false };
  const kept = chars
    .slice(0, max - 1)
    .join('')
    .trimEnd();
  return { text: `${kept}…`, shortened: true };
}
