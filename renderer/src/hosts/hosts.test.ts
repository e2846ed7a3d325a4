// The host screens' pure parts: the import decisions, the form's validation paths, the URL state and
// the column labels used in import messages.
import { describe, expect, test } from 'vitest';
import { problemKey } from '../../../shared/forms/problems';
import type { ImportPreview, ImportRow } from '../../../shared/hosts/import-schema';
import { emptyValues, inputOf, LISTS, newContact, validateValues } from './form/formValues';
import { createValid, filterRows, initialDecisions, setAction, skipProblems, toCommit } from './import/decisions';
import { columnLabel, formFieldLabel } from './labels';
import { DEFAULT_STATE, parseListState, toSearchParams } from './list/listParams';

const host = { nameEn: 'A', nameJa: 'あ', kind: 'city', prefecture: 1, address: null, capacity: 1 } as const;
const row = (line: number, problems: ImportRow['problems'], ok = true): ImportRow => ({
  line,
  values: [],
  host: ok ? { ...host, fieldIds: [], contacts: [], notes: null, active: true } : null,
  problems,
  action: problems.length === 0 ? 'create' : 'skip',
});
const dup = { column: null, code: 'duplicate_host', severity: 'warning' as const };
const bad = { column: 'prefecture', code: 'unknown_prefecture', severity: 'error' as const };
const preview = {
  rows: [row(2, []), row(3, [dup]), row(4, [bad], false)],
} as unknown as ImportPreview;

describe('import decisions', () => {
  test('start as the preview proposes; error rows stay skipped whatever is asked', () => {
    const d = initialDecisions(preview);
    expect(d).toEqual({ 2: 'create', 3: 'skip', 4: 'skip' });
    expect(setAction(d, preview.rows[2] as ImportRow, 'create')[4]).toBe('skip');
    expect(setAction(d, preview.rows[1] as ImportRow, 'create')[3]).toBe('create');
  });

  test('bulk choices: create everything without errors, or skip everything with a problem', () => {
    const all = createValid(preview);
    expect(all).toEqual({ 2: 'create', 3: 'create', 4: 'skip' });
    expect(skipProblems(preview, all)).toEqual({ 2: 'create', 3: 'skip', 4: 'skip' });
  });

  test('the commit gets one decision for every row, and filters pick rows by problem or choice', () => {
    const d = initialDecisions(preview);
    expect(toCommit(preview, { ...d, 4: 'create' }).map((x) => x.action)).toEqual(['create', 'skip', 'skip']);
    expect(filterRows(preview.rows, d, 'problems').map((r) => r.line)).toEqual([3, 4]);
    expect(filterRows(preview.rows, d, 'create').map((r) => r.line)).toEqual([2]);
  });
});

describe('host form values', () => {
  test('an empty form reports required fields, choices included, by their paths', () => {
    const problems = validateValues({ ...emptyValues(), capacity: '' });
    expect(Object.keys(problems).sort()).toEqual(['capacity', 'kind', 'nameEn', 'nameJa', 'prefecture']);
    expect(problems.kind?.code).toBe('required');
  });

  test('contact problems are keyed by row and part, as the core names them', () => {
    const values = {
      ...emptyValues(),
      nameEn: 'Aoba City',
      nameJa: '青葉市',
      kind: 'city' as const,
      prefecture: '4',
      contacts: [newContact({ name: 'Sato' }), newContact({ name: '', email: 'nope' })],
    };
    expect(validateValues(values)).toEqual({
      'contacts.1.name': { code: 'required' },
      'contacts.1.email': { code: 'invalid_email' },
    });
    expect(inputOf(values)).toMatchObject({ prefecture: 4, capacity: 1, contacts: [{ name: 'Sato' }, {}] });
    expect(problemKey('data.contacts.1.email', LISTS)).toBe('contacts.1.email');
    expect(problemKey('data.fieldIds.3', LISTS)).toBe('fieldIds');
  });
});

describe('directory URL state', () => {
  test('defaults are left out; what is set comes back', () => {
    expect(toSearchParams(DEFAULT_STATE).toString()).toBe('');
    const state = { ...DEFAULT_STATE, q: '青葉', prefecture: 4, kind: 'city' as const, show: 'all' as const, page: 2 };
    expect(parseListState(toSearchParams(state))).toEqual(state);
    expect(parseListState(new URLSearchParams('pref=99&kind=castle&sort=evil')).prefecture).toBeNull();
  });
});

describe('labels', () => {
  const t = ((key: string, o?: Record<string, unknown>) =>
    o && Object.keys(o).some((k) => k !== 'defaultValue') ? `${key}(${JSON.stringify(o)})` : key) as never;

  test('contact columns and fields are named with their number', () => {
    expect(columnLabel(t, 'contact2Email')).toContain('"n":"2"');
    expect(columnLabel(t, 'contactPhone')).toContain('hosts.import.column.firstContact');
    expect(formFieldLabel(t, 'contacts.0.email')).toContain('"n":1');
  });
});
