// Which CLAIR Desk last wrote a database: a settings row refreshed at open, so a database from a
// newer version can name the version to install ("…saved by CLAIR Desk 0.3.0").
import type Database from 'better-sqlite3';
import type { Db } from '../db/database';
import { sql } from '../db/sql';
import { StartupRefusal } from './refusal';

export const APP_VERSION_KEY = 'appVersion';

/** The version recorded in a database (opened by anyone, any schema); null when there is none. */
export function savedByVersion(raw: Database.Database): string | null {
  try {
    const value = raw.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(APP_VERSION_KEY);
    return typeof value === 'string' && value ? value : null;
  } catch {
    // No settings table (or a different one) in this file: nothing recorded.
    return null;
  }
}

/**
 * Records this version as the database's last writer. Only when it changed, so an ordinary start
 * writes nothing; a start on a full disk still opens (the row is refreshed next time). It is not a
 * person's change: no audit entry, and it does not count as "changed since start-up" for the quit backup.
 */
export function recordAppVersion(db: Db, version: string): void {
  try {
    const current = db.get<{ value: string }>(sql`SELECT value FROM settings WHERE key = ${APP_VERSION_KEY}`)?.value;
    if (current === version) return;
    const notify = db.onChange;
    db.onChange = null;
    try {
      db.run(sql`INSERT INTO settings (key, value) VALUES (${APP_VERSION_KEY}, ${version})
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
    } finally {
      db.onChange = notify;
    }
  } catch (error) {
    const code = String((error as { code?: unknown })?.code ?? '');
    if (!code.startsWith('SQLITE_FULL') && !code.startsWith('SQLITE_READONLY')) throw error;
  }
}

export interface NewerFacts {
  schemaVersion: number;
  knownSchema: number;
  savedBy: string | null;
  ourVersion: string;
}

/** A database from a newer version: refused, untouched, naming the version to install. */
export class NewerDatabase extends StartupRefusal {
  constructor(readonly facts: NewerFacts) {
    super('unsupported', { en: newerMessage(facts, 'en'), ja: newerMessage(facts, 'ja') });
    this.name = 'NewerDatabase';
  }
}

export function newerMessage(f: NewerFacts, lang: 'en' | 'ja'): string {
  const schema =
    lang === 'ja'
      ? `データベースの形式 ${f.schemaVersion}。このバージョン ${f.ourVersion} が読めるのは ${f.knownSchema} まで`
      : `database schema ${f.schemaVersion}; this version, ${f.ourVersion}, reads up to schema ${f.knownSchema}`;
  if (lang === 'ja') {
    return f.savedBy
      ? `このデータベースは CLAIR Desk ${f.savedBy} で保存されたもので、このバージョンでは開けません（${schema}）。CLAIR Desk ${f.savedBy} 以降をインストールしてから開いてください。ファイルには一切手を加えていません。`
      : `このデータベースは新しいバージョンの CLAIR Desk で保存されたもので、このバージョンでは開けません（${schema}）。最新の CLAIR Desk をインストールしてから開いてください。ファイルには一切手を加えていません。`;
  }
  return f.savedBy
    ? `This database was saved by CLAIR Desk ${f.savedBy}, which is newer than this version (${schema}). Install CLAIR Desk ${f.savedBy} or newer to open it. The file was left untouched.`
    : `This database was saved by a newer version of CLAIR Desk (${schema}). Install the newest CLAIR Desk to open it. The file was left untouched.`;
}
