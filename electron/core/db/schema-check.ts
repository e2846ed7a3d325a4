// Whether a database's schema is exactly the one CLAIR Desk's migrations make for its version. The
// header (application_id, user_version) only says what a file claims to be; its sqlite_schema says what
// it is. The expected schema of each version is derived from the migrations themselves (applied to an
// in-memory database), never written by hand, and kept in memory once made.
import type Database from 'better-sqlite3';
import { connect } from './driver';
import { migrations } from './migrations';

export interface SchemaObject {
  type: string;
  name: string;
  /** The statement that made it, whitespace collapsed. */
  sql: string;
}

export type DifferenceKind = 'missing' | 'extra' | 'altered';

export interface SchemaDifference {
  kind: DifferenceKind;
  /** table, index, trigger or view (SQLite's own word). */
  type: string;
  name: string;
}

/** SQLite's own objects (sqlite_sequence, sqlite_stat1 after ANALYZE, automatic indexes) are not ours to compare. */
const OWN_OBJECTS = `SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`;

/** Line breaks and indentation are not part of what an object is. */
function normalise(sql: string | null): string {
  return (sql ?? '').replace(/\s+/g, ' ').trim();
}

const keyOf = (o: { type: string; name: string }) => `${o.type}\u0000${o.name}`;

/** Every object of the connection's main schema, by type and name. */
export function readSchema(raw: Database.Database): Map<string, SchemaObject> {
  const rows = raw.prepare(OWN_OBJECTS).all() as { type: string; name: string; sql: string | null }[];
  return new Map(rows.map((r) => [keyOf(r), { type: r.type, name: r.name, sql: normalise(r.sql) }]));
}

const expected = new Map<number, Map<string, SchemaObject>>();

/** The schema migrations 1..version make (empty for version 0), derived once per version. */
export function expectedSchema(version: number): Map<string, SchemaObject> {
  const known = expected.get(version);
  if (known) return known;
  const raw = connect(':memory:');
  try {
    for (const migration of migrations.filter((m) => m.version <= version)) raw.exec(migration.sql);
    const schema = readSchema(raw);
    expected.set(version, schema);
    return schema;
  } finally {
    raw.close();
  }
}

const KIND_ORDER: DifferenceKind[] = ['missing', 'altered', 'extra'];
const TYPE_ORDER = ['table', 'view', 'index', 'trigger'];
const rank = (list: string[], value: string) => (list.includes(value) ? list.indexOf(value) : list.length);

/** What `actual` lacks, has in addition, or has under the same name but made differently. */
export function compareSchemas(
  actual: Map<string, SchemaObject>,
  wanted: Map<string, SchemaObject>,
): SchemaDifference[] {
  const differences: SchemaDifference[] = [];
  for (const [key, object] of wanted) {
    const found = actual.get(key);
    if (!found) differences.push({ kind: 'missing', type: object.type, name: object.name });
    else if (found.sql !== object.sql) differences.push({ kind: 'altered', type: object.type, name: object.name });
  }
  for (const [key, object] of actual) {
    if (!wanted.has(key)) differences.push({ kind: 'extra', type: object.type, name: object.name });
  }
  return differences.sort(
    (a, b) =>
      rank(KIND_ORDER, a.kind) - rank(KIND_ORDER, b.kind) ||
      rank(TYPE_ORDER, a.type) - rank(TYPE_ORDER, b.type) ||
      a.name.localeCompare(b.name),
  );
}

/**
 * The differences between a database and the schema of the version it says it is (its user_version,
 * which the caller has checked is one this app knows). Empty when it is exactly CLAIR Desk's.
 */
export function schemaDifferences(raw: Database.Database, version: number): SchemaDifference[] {
  return compareSchemas(readSchema(raw), expectedSchema(version));
}

/** How many differences are named in a message; the rest are counted ("and 4 more"). */
export const NAMED_DIFFERENCES = 3;

/** A name as it may be shown: control characters (a hostile file's) replaced, length bounded. */
function shown(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 79)}…` : clean;
}

/** The few differences a message names: each kind's first before any kind's second (missing, altered, extra). */
function named(differences: SchemaDifference[]): SchemaDifference[] {
  const byKind = KIND_ORDER.map((kind) => differences.filter((d) => d.kind === kind));
  const chosen: SchemaDifference[] = [];
  for (let i = 0; chosen.length < Math.min(NAMED_DIFFERENCES, differences.length); i++) {
    for (const list of byKind) {
      const next = list[i];
      if (next && chosen.length < NAMED_DIFFERENCES) chosen.push(next);
    }
  }
  return chosen;
}

const said = (d: SchemaDifference) => `${d.kind} ${d.type} ${shown(d.name)}`;

/**
 * The differences as message parameters (i18n keys carry the words): `objects` lists a few, one per
 * line as "kind type name"; `count` is how many there are in all.
 */
export function differenceParams(differences: SchemaDifference[]): { objects: string; count: number } {
  return {
    objects: named(differences).map(said).join('\n'),
    count: differences.length,
  };
}

/** The same in English, for logs and the technical details: "missing table placements; altered index x; and 2 more". */
export function differencesText(differences: SchemaDifference[]): string {
  const lines = named(differences).map(said);
  const more = differences.length - lines.length;
  return [...lines, ...(more > 0 ? [`and ${more} more`] : [])].join('; ');
}
