// Test helper (not app code): copies of a real database with one object of its schema dropped or
// altered, found by reading the file's own sqlite_schema (never a hand-written list).
import fs from 'node:fs';
import Database from 'better-sqlite3';

export interface SchemaEntry {
  type: 'table' | 'index' | 'trigger' | 'view';
  name: string;
  sql: string;
}

export interface SchemaFault {
  entry: SchemaEntry;
  change: 'drop' | 'alter';
  /** The line the refusal must name: "missing table placements", "altered index audit_at". */
  expected: string;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Every table (virtual tables and their shadow tables included), index, trigger and view of a file. */
export function schemaEntries(file: string): SchemaEntry[] {
  const raw = new Database(file, { readonly: true });
  try {
    return raw
      .prepare(
        "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name",
      )
      .all() as SchemaEntry[];
  } finally {
    raw.close();
  }
}

/** Both faults of every entry. */
export function schemaFaults(entries: SchemaEntry[]): SchemaFault[] {
  return entries.flatMap((entry) => [
    { entry, change: 'drop' as const, expected: `missing ${entry.type} ${entry.name}` },
    { entry, change: 'alter' as const, expected: `altered ${entry.type} ${entry.name}` },
  ]);
}

/** A table one column short (the first from the end SQLite lets go), else one column longer. */
function alterTable(raw: Database.Database, entry: SchemaEntry): void {
  const columns = (raw.prepare(`PRAGMA table_info(${quote(entry.name)})`).all() as { name: string }[]).map(
    (c) => c.name,
  );
  for (const column of columns.reverse()) {
    try {
      raw.exec(`ALTER TABLE ${quote(entry.name)} DROP COLUMN ${quote(column)}`);
      return;
    } catch {
      // Part of a key, an index or a trigger: try the next one.
    }
  }
  try {
    raw.exec(`ALTER TABLE ${quote(entry.name)} ADD COLUMN zz_extra TEXT`);
  } catch {
    // A table SQLite will not alter (the search index's own tables): its statement rewritten, as a forger would.
    raw.pragma('writable_schema = ON');
    raw
      .prepare('UPDATE sqlite_schema SET sql = ? WHERE name = ?')
      .run(entry.sql.replace(/\)([^)]*)$/, ', zz_extra)$1'), entry.name);
    raw.pragma('writable_schema = OFF');
  }
}

/** The object made again from a statement that says something else. */
function alter(raw: Database.Database, entry: SchemaEntry): void {
  if (entry.type === 'index') {
    raw.exec(`DROP INDEX ${quote(entry.name)}`);
    raw.exec(`${entry.sql} ${/\bWHERE\b/i.test(entry.sql) ? 'AND 1 = 1' : 'WHERE 1 = 1'}`);
  } else if (entry.type === 'trigger') {
    raw.exec(`DROP TRIGGER ${quote(entry.name)}`);
    raw.exec(entry.sql.replace(/\bBEGIN\b/i, 'BEGIN SELECT 1;'));
  } else if (entry.type === 'view') {
    raw.exec(`DROP VIEW ${quote(entry.name)}`);
    raw.exec(`${entry.sql} LIMIT 1`);
  } else if (/^CREATE VIRTUAL TABLE/i.test(entry.sql)) {
    raw.exec(`DROP TABLE ${quote(entry.name)}`);
    raw.exec(entry.sql.replace(/\)\s*$/, ', zz_extra)'));
  } else {
    alterTable(raw, entry);
  }
}

/** A copy of `source` at `target` with the fault applied (one connection). */
export function faultyCopy(source: string, target: string, fault: SchemaFault): void {
  fs.copyFileSync(source, target);
  const raw = new Database(target);
  try {
    // As the sqlite3 shell would: the search index's own tables may be dropped and altered too.
    raw.unsafeMode(true);
    raw.pragma('foreign_keys = OFF');
    if (fault.change === 'drop') raw.exec(`DROP ${fault.entry.type.toUpperCase()} ${quote(fault.entry.name)}`);
    else alter(raw, fault.entry);
  } finally {
    raw.close();
  }
}
