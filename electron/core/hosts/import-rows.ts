// From a table to preview rows: each record read into a host, every problem named with its column,
// duplicates found against the directory and against earlier rows of the same file. The checks of one
// row's values are one RowRules (hostRowRules): a value typed for a host while importing goes through
// the same function as the file's cells.

import { contractIssues } from '../../../shared/contract-issues';
import type { ImportPreview, ImportProblem, ImportRow } from '../../../shared/hosts/import-schema';
import { HostInput, type HostInputRaw, MAX_CAPACITY, MAX_CONTACTS } from '../../../shared/hosts/schema';
import type { RowRules, RuleText } from '../../../shared/import-rules';
import { DuplicateIndex } from './checks';
import {
  CONTACT_PARTS,
  type ContactPart,
  columnOf,
  contactKey,
  parseActive,
  parseFields,
  parseKind,
  parsePrefecture,
} from './columns';
import { type FileRecord, isBlank, type Table } from './import-parse';

const REQUIRED_COLUMNS = ['nameEn', 'nameJa', 'kind', 'prefecture', 'capacity'];
const error = (column: string | null, code: string, params?: ImportProblem['params']): ImportProblem => ({
  column,
  code,
  severity: 'error',
  ...(params ? { params } : {}),
});
const warning = (column: string | null, code: string, params?: ImportProblem['params']): ImportProblem => ({
  ...error(column, code, params),
  severity: 'warning',
});

export interface RowContext {
  format: 'csv' | 'xlsx';
  /** Field ids by name, from fieldNames(). */
  fields: Map<string, number>;
  existing: DuplicateIndex;
}

/** Which column index holds each key; unknown, blank and repeated headers become file problems. */
export function mapColumns(table: Table) {
  const columns: ImportPreview['columns'] = [];
  const problems: ImportProblem[] = [];
  const indexOf = new Map<string, number>();
  (table.header?.cells ?? []).forEach((header, index) => {
    const key = header.trim() === '' ? null : columnOf(header);
    if (key && indexOf.has(key)) {
      problems.push(warning(key, 'duplicate_column', { header, column: index + 1 }));
      columns.push({ index, header, key: null });
      return;
    }
    if (key) indexOf.set(key, index);
    else if (header.trim() !== '') problems.push(warning(null, 'unknown_column', { header, column: index + 1 }));
    else if (table.records.some((r) => (r.cells[index] ?? '').trim() !== '')) {
      problems.push(warning(null, 'unnamed_column', { column: index + 1 }));
    }
    columns.push({ index, header, key });
  });
  if (table.header) {
    for (const key of REQUIRED_COLUMNS) if (!indexOf.has(key)) problems.push(error(key, 'missing_column', { key }));
  }
  return { columns, problems, indexOf };
}

// A CSV export guards cells that a spreadsheet would run as formulas with a leading apostrophe.
const FORMULA_GUARD = /^'+[=+\-@\t\r]/;

function capacityOf(text: string): number | null {
  const t = text.normalize('NFKC').trim();
  if (!/^\d{1,3}(\.0+)?$/.test(t)) return null;
  const n = Number.parseFloat(t);
  return n <= MAX_CAPACITY ? n : null;
}

/** Maps a zod issue path of HostInput to the column it came from. */
function columnOfPath(path: string): string {
  const [head, index, part] = path.split('.');
  if (head === 'contacts') {
    const name = `${part?.[0]?.toUpperCase() ?? ''}${part?.slice(1) ?? ''}` as ContactPart;
    return contactKey(Number(index) + 1, CONTACT_PARTS.includes(name) ? name : 'Name');
  }
  return head === 'fieldIds' ? 'fields' : (head ?? '');
}

/** Reads a cell by column key ('' where the column is absent), without a CSV export's formula guard. */
type Cell = (key: string) => string;

function cellReader(values: string[], indexOf: Map<string, number>, format: RowContext['format']): Cell {
  return (key) => {
    const at = indexOf.get(key);
    const v = at === undefined ? '' : (values[at] ?? '');
    return format === 'csv' && FORMULA_GUARD.test(v) ? v.slice(1) : v;
  };
}

/** Problems of the record as a whole: as read from the file, and cells past the last column. */
function recordProblems(record: FileRecord, width: number): ImportProblem[] {
  if (record.cells.slice(width).some((v) => v.trim() !== '')) {
    // Cells with values past the last heading say more than "more cells than the header".
    const problems = record.problems.filter((p) => p.code !== 'cell_count');
    return [...problems, error(null, 'extra_cells', { columns: width })];
  }
  return [...record.problems];
}

/** The columns read by the import itself, each problem named with its column (blank ones are `required`). */
function readColumns(cell: Cell, fieldIds: Map<string, number>, problems: ImportProblem[]) {
  const blank = (key: string) => cell(key).trim() === '';
  for (const key of ['nameEn', 'nameJa']) if (blank(key)) problems.push(error(key, 'missing_name'));
  const kind = parseKind(cell('kind'));
  if (blank('kind')) problems.push(error('kind', 'required'));
  else if (!kind) problems.push(error('kind', 'unknown_kind', { value: cell('kind') }));
  const prefecture = parsePrefecture(cell('prefecture'));
  if (blank('prefecture')) problems.push(error('prefecture', 'required'));
  else if (!prefecture) problems.push(error('prefecture', 'unknown_prefecture', { value: cell('prefecture') }));
  const capacity = capacityOf(cell('capacity'));
  if (blank('capacity')) problems.push(error('capacity', 'required'));
  else if (capacity === null)
    problems.push(error('capacity', 'invalid_capacity', { value: cell('capacity'), max: MAX_CAPACITY }));
  const fields = parseFields(cell('fields'), fieldIds);
  for (const name of fields.unknown) problems.push(error('fields', 'unknown_field', { value: name }));
  const active = parseActive(cell('active'));
  if (active === null) problems.push(error('active', 'invalid_active', { value: cell('active') }));
  return { kind, prefecture, capacity, fields, active };
}

/** The contacts whose columns hold anything, in column order. */
function readContacts(cell: Cell): NonNullable<HostInputRaw['contacts']> {
  const contacts: NonNullable<HostInputRaw['contacts']> = [];
  for (let n = 1; n <= MAX_CONTACTS; n++) {
    const [name, department, title, email, phone] = CONTACT_PARTS.map((p) => cell(contactKey(n, p)));
    if ([name, department, title, email, phone].some((v) => (v ?? '').trim() !== '')) {
      contacts.push({ name: name ?? '', department, title, email, phone });
    }
  }
  return contacts;
}

/** The host for the schema, with stand-ins for values already reported, so it names only what is still wrong. */
function rawHost(cell: Cell, read: ReturnType<typeof readColumns>): HostInputRaw {
  const orStandIn = (key: string) => (cell(key).trim() === '' ? '-' : cell(key));
  return {
    nameEn: orStandIn('nameEn'),
    nameJa: orStandIn('nameJa'),
    kind: read.kind ?? 'city',
    prefecture: read.prefecture ?? 1,
    address: cell('address'),
    capacity: read.capacity ?? 0,
    fieldIds: read.fields.ids,
    contacts: readContacts(cell),
    notes: cell('notes'),
    active: read.active ?? true,
  };
}

/** The schema's issues, one per column not already named. */
function addSchemaProblems(
  parsed: ReturnType<typeof HostInput.safeParse>,
  raw: HostInputRaw,
  problems: ImportProblem[],
) {
  if (parsed.success) return;
  for (const issue of contractIssues(parsed.error, raw)) {
    const column = columnOfPath(issue.path);
    if (!problems.some((p) => p.column === column)) problems.push(error(column, issue.code, issue.params));
  }
}

/** A host's cells checked: every problem named with its column, and the host when there is none. */
function checkCells(cell: Cell, fields: Map<string, number>, problems: ImportProblem[]) {
  const raw = rawHost(cell, readColumns(cell, fields, problems));
  const parsed = HostInput.safeParse(raw);
  addSchemaProblems(parsed, raw, problems);
  return parsed.success && !problems.some((p) => p.severity === 'error') ? parsed.data : null;
}

/** What a column's value must be, in words: the import's own sentences, which state the rule. */
function hostRule(column: string): RuleText | null {
  if (column === 'capacity') return { code: 'invalid_capacity', params: { max: MAX_CAPACITY } };
  if (column === 'kind') return { code: 'unknown_kind', params: {} };
  if (column === 'prefecture') return { code: 'unknown_prefecture', params: {} };
  if (column === 'active') return { code: 'invalid_active', params: {} };
  if (column === 'fields') return { code: 'unknown_field', params: {} };
  return null;
}

/** The rules of one host row, by column key: the file's records go through them, and so must a typed value. */
export const hostRowRules: RowRules<Pick<RowContext, 'fields'>> = {
  check: (values, ctx) => {
    const problems: ImportProblem[] = [];
    checkCells((key) => values[key] ?? '', ctx.fields, problems);
    return problems;
  },
  rule: hostRule,
};

export function buildRow(record: FileRecord, indexOf: Map<string, number>, width: number, ctx: RowContext): ImportRow {
  const values = record.cells;
  const base = { line: record.line, values, host: null };
  if (isBlank(values)) return { ...base, problems: [error(null, 'blank_row')], action: 'skip' };
  const problems = recordProblems(record, width);
  const host = checkCells(cellReader(values, indexOf, ctx.format), ctx.fields, problems);
  return { ...base, host, problems, action: problems.length === 0 ? 'create' : 'skip' };
}

/** Adds duplicate warnings: the same name in the same prefecture in the directory or earlier in the file. */
export function markDuplicates(rows: ImportRow[], existing: DuplicateIndex): void {
  const inFile = new DuplicateIndex();
  for (const row of rows) {
    const host = row.host;
    if (!host) continue;
    const twin = existing.find(host);
    if (twin) {
      row.problems.push(warning(null, 'duplicate_host', { id: twin.id, nameEn: twin.nameEn, nameJa: twin.nameJa }));
      row.duplicateOf = { id: twin.id, nameEn: twin.nameEn, nameJa: twin.nameJa };
    }
    const earlier = inFile.find(host);
    if (earlier) row.problems.push(warning(null, 'duplicate_row', { line: earlier.id }));
    // The line number stands in for an id, so a later row can name the row it repeats.
    else inFile.add({ id: row.line, nameEn: host.nameEn, nameJa: host.nameJa, prefecture: host.prefecture });
    if (row.problems.length > 0) row.action = 'skip';
  }
}

export function countRows(rows: ImportRow[]): ImportPreview['counts'] {
  const has = (row: ImportRow, test: (p: ImportProblem) => boolean) => row.problems.some(test);
  return {
    rows: rows.length,
    create: rows.filter((r) => r.action === 'create').length,
    skip: rows.filter((r) => r.action === 'skip').length,
    errors: rows.filter((r) => has(r, (p) => p.severity === 'error' && p.code !== 'blank_row')).length,
    duplicates: rows.filter((r) => has(r, (p) => p.code === 'duplicate_host' || p.code === 'duplicate_row')).length,
    blank: rows.filter((r) => has(r, (p) => p.code === 'blank_row')).length,
  };
}
