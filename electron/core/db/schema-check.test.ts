// The expected schema comes from the migrations, and a difference is named by kind, type and name.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations';
import {
  compareSchemas,
  differenceParams,
  differencesText,
  expectedSchema,
  readSchema,
  schemaDifferences,
} from './schema-check';

const open: Database.Database[] = [];
afterEach(() => {
  for (const raw of open.splice(0)) raw.close();
});

/** A database made by migrations 1..version, as the app makes one. */
function migrated(version: number): Database.Database {
  const raw = new Database(':memory:');
  open.push(raw);
  for (const m of migrations.filter((m) => m.version <= version)) raw.exec(m.sql);
  return raw;
}

describe('the expected schema', () => {
  test('of every version is what its migrations make, and nothing for version 0', () => {
    expect(expectedSchema(0).size).toBe(0);
    for (const { version } of migrations) {
      expect(schemaDifferences(migrated(version), version)).toEqual([]);
    }
  });

  test('grows with the versions and holds tables, indexes, triggers and the search index’s own tables', () => {
    const latest = [...expectedSchema(LATEST_SCHEMA_VERSION).values()];
    expect(expectedSchema(1).size).toBeLessThan(latest.length);
    const types = latest.map((o) => o.type);
    for (const type of ['table', 'index', 'trigger']) expect(types).toContain(type);
    const names = latest.map((o) => o.name);
    expect(names).toContain('placements');
    expect(names).toContain('trainee_fts');
    expect(names).toContain('trainee_fts_data');
    // SQLite's own objects are not compared.
    expect(names.some((n) => n.startsWith('sqlite_'))).toBe(false);
  });

  test('is kept once made', () => {
    expect(expectedSchema(LATEST_SCHEMA_VERSION)).toBe(expectedSchema(LATEST_SCHEMA_VERSION));
  });
});

describe('a comparison', () => {
  test('names what is missing, altered and extra, in that order', () => {
    const raw = migrated(LATEST_SCHEMA_VERSION);
    raw.exec('DROP TABLE drafts; DROP INDEX audit_at; CREATE INDEX audit_at ON audit_log (actor);');
    raw.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY); CREATE VIEW v AS SELECT 1;');
    expect(schemaDifferences(raw, LATEST_SCHEMA_VERSION)).toEqual([
      { kind: 'missing', type: 'table', name: 'drafts' },
      { kind: 'altered', type: 'index', name: 'audit_at' },
      { kind: 'extra', type: 'table', name: 'notes' },
      { kind: 'extra', type: 'view', name: 'v' },
    ]);
  });

  test('a file of an older version is compared with that version, not the latest', () => {
    const raw = migrated(3);
    expect(schemaDifferences(raw, 3)).toEqual([]);
    // Against the latest version the same file lacks what later migrations add (and may differ where
    // one rebuilt a table, as 0008 did trainee_photos), so it would be refused.
    const againstLatest = schemaDifferences(raw, LATEST_SCHEMA_VERSION);
    expect(againstLatest.filter((d) => d.kind === 'missing').length).toBeGreaterThan(0);
    expect(againstLatest.filter((d) => d.kind === 'extra')).toEqual([]);
  });

  test('line breaks and indentation do not count; any other change to a statement does', () => {
    const a = migrated(1);
    const b = migrated(1);
    const original = a.prepare("SELECT sql FROM sqlite_schema WHERE name = 'trainees_fy'").pluck().get() as string;
    b.exec(`DROP INDEX trainees_fy; ${original.replaceAll(' ', '\n\t  ')}`);
    expect(compareSchemas(readSchema(b), readSchema(a))).toEqual([]);
    b.exec('DROP INDEX trainees_fy; CREATE INDEX trainees_fy ON trainees (fiscal_year DESC)');
    expect(compareSchemas(readSchema(b), readSchema(a))).toEqual([
      { kind: 'altered', type: 'index', name: 'trainees_fy' },
    ]);
  });

  test('SQLite’s statistics tables (after ANALYZE) are not a difference', () => {
    const raw = migrated(LATEST_SCHEMA_VERSION);
    raw.exec('ANALYZE');
    expect(raw.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'").pluck().get()).toBe(1);
    expect(schemaDifferences(raw, LATEST_SCHEMA_VERSION)).toEqual([]);
  });
});

describe('the words of a difference', () => {
  const many = ['a', 'b', 'c', 'd', 'e'].map((name) => ({ kind: 'missing' as const, type: 'table', name }));

  test('name the first three and count the rest', () => {
    expect(differenceParams(many)).toEqual({ objects: 'missing table a\nmissing table b\nmissing table c', count: 5 });
    expect(differencesText(many)).toBe('missing table a; missing table b; missing table c; and 2 more');
    expect(differencesText(many.slice(0, 1))).toBe('missing table a');
  });

  test('each kind is named before a second of any kind', () => {
    const mixed = [
      ...many,
      { kind: 'altered' as const, type: 'index', name: 'x' },
      { kind: 'extra' as const, type: 'table', name: 'notes' },
    ];
    expect(differenceParams(mixed).objects).toBe('missing table a\naltered index x\nextra table notes');
  });

  test('a hostile name cannot add lines or run on', () => {
    const params = differenceParams([{ kind: 'extra', type: 'table', name: `x\ny${'z'.repeat(200)}` }]);
    expect(params.objects.split('\n')).toHaveLength(1);
    expect(params.objects.length).toBeLessThan(100);
  });
});
