// The database behind one module: opening (with the version check), pragmas, migrations,
// cached prepared statements, synchronous transactions, and a log of slow queries.
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/result';
import { backupBeforeMigration } from '../backup/premigration';
import { connect, setNativeBinding } from './driver';
import { APPLICATION_ID } from './identity';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations';
import type { Sql } from './sql';

export { APPLICATION_ID };

const SLOW_QUERY_MS = 40;

export interface OpenOptions {
  file: string;
  /** Path of a better_sqlite3.node built for this runtime (Electron keeps its own build). */
  nativeBinding?: string;
  /** Log queries slower than 40 ms (off in benchmarks). */
  logSlow?: boolean;
  /** The data folder whose backups/ receives the copy taken before a migration (default: the file's folder). */
  dataDir?: string;
  /** The clock of that backup's name (default: real time). */
  backupClock?: () => Date;
}

export type Row = Record<string, unknown>;

export class Db {
  private readonly statements = new Map<string, Database.Statement>();
  /** Called after each committed change (the daily backup watches for the first one of a day). */
  onChange: (() => void) | null = null;

  constructor(
    readonly raw: Database.Database,
    private readonly logSlow: boolean,
  ) {}

  private readonly arrayStatements = new Map<string, Database.Statement>();

  private prepare(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.raw.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  private timed<T>(query: Sql, run: () => T): T {
    if (!this.logSlow) return run();
    const start = performance.now();
    const result = run();
    const ms = performance.now() - start;
    if (ms > SLOW_QUERY_MS) console.warn(`slow query (${ms.toFixed(1)} ms): ${query.text.slice(0, 200)}`);
    return result;
  }

  all<T = Row>(query: Sql): T[] {
    return this.timed(query, () => this.prepare(query.text).all(...query.params) as T[]);
  }

  /** Rows as arrays of column values, in select order: for reads of thousands of rows, where objects cost. */
  rows<T extends unknown[]>(query: Sql): T[] {
    let statement = this.arrayStatements.get(query.text);
    if (!statement) {
      statement = this.raw.prepare(query.text).raw(true);
      this.arrayStatements.set(query.text, statement);
    }
    const prepared = statement;
    return this.timed(query, () => prepared.all(...query.params) as T[]);
  }

  get<T = Row>(query: Sql): T | undefined {
    return this.timed(query, () => this.prepare(query.text).get(...query.params) as T | undefined);
  }

  run(query: Sql): Database.RunResult {
    const result = this.timed(query, () => this.prepare(query.text).run(...query.params));
    if (!this.raw.inTransaction) this.changed();
    return result;
  }

  /**
   * A write that is no change of the records (a form's draft, saved every few seconds): onChange is not
   * called, so it sets off no daily or quit backup. Outside a transaction only; one statement.
   */
  runQuietly(query: Sql): Database.RunResult {
    return this.timed(query, () => this.prepare(query.text).run(...query.params));
  }

  /** Runs `fn` in one synchronous transaction; any throw rolls everything back. */
  tx<T>(fn: () => T): T {
    const result = this.raw.transaction(fn)();
    if (!this.raw.inTransaction) this.changed();
    return result;
  }

  private changed(): void {
    this.onChange?.();
  }

  pragma(name: string): unknown {
    return this.raw.pragma(name, { simple: true });
  }

  close(): void {
    this.statements.clear();
    this.arrayStatements.clear();
    if (this.raw.open) this.raw.close();
  }
}

function refuse(message: string): never {
  throw new AppFailure({ code: 'unsupported', message });
}

/**
 * Opens (creating if needed) and migrates a database. A file from a newer app version, or one that
 * is not a CLAIR Desk database, is refused before anything is written to it.
 */
export function openDatabase(options: OpenOptions): Db {
  setNativeBinding(options.nativeBinding);
  const raw = connect(options.file);
  try {
    const version = raw.pragma('user_version', { simple: true }) as number;
    const appId = raw.pragma('application_id', { simple: true }) as number;
    if (appId !== 0 && appId !== APPLICATION_ID) {
      refuse(`This file is not a CLAIR Desk database (application id ${appId}). It was left untouched.`);
    }
    // Without our id, only an empty file is ours to create; another program's database (versioned
    // or not) must not be migrated into.
    if (
      appId === 0 &&
      (version > 0 || (raw.prepare('SELECT count(*) FROM sqlite_master').pluck().get() as number) > 0)
    ) {
      refuse('This file is not a CLAIR Desk database. It was left untouched.');
    }
    if (version > LATEST_SCHEMA_VERSION) {
      refuse(
        `This database was saved by a newer version of CLAIR Desk (schema ${version}; this version knows up to ${LATEST_SCHEMA_VERSION}). ` +
          'Install the newer version of CLAIR Desk to open it. The file was left untouched.',
      );
    }
    // An existing database is copied before a migration changes it (a new one has nothing to keep).
    if (version > 0 && version < LATEST_SCHEMA_VERSION) {
      const at = options.backupClock?.() ?? new Date();
      backupBeforeMigration(raw, options.dataDir ?? path.dirname(options.file), version, at);
    }
    raw.pragma('journal_mode = WAL');
    // FULL: a commit that returned is on disk, even if the process is killed right after.
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 5000');
    migrate(raw, version);
    return new Db(raw, options.logSlow ?? true);
  } catch (error) {
    raw.close();
    throw error;
  }
}

/** All pending migrations in one transaction: either the database moves to the latest version, or not at all. */
function migrate(raw: Database.Database, from: number): void {
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return;
  raw.transaction(() => {
    for (const migration of pending) {
      raw.exec(migration.sql);
      raw.pragma(`user_version = ${migration.version}`);
    }
  })();
}
