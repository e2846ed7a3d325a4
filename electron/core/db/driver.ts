// Every SQLite connection the core makes is opened here, so that Electron's own build of the driver
// (the nativeBinding given when the data folder's database is opened) serves them all: backups are
// verified and restore sources inspected through connections of their own.
import Database from 'better-sqlite3';

let binding: string | undefined;

export function setNativeBinding(file: string | undefined): void {
  if (file) binding = file;
}

export function connect(
  file: string,
  options: { readonly?: boolean; fileMustExist?: boolean } = {},
): Database.Database {
  return new Database(file, { ...options, ...(binding ? { nativeBinding: binding } : {}) });
}
