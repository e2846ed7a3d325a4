// Which better-sqlite3 build Electron loads. node_modules/better-sqlite3 keeps the build for Node
// (tests, browser mode); Electron's ABI needs its own, made by scripts/electron-native.mjs and
// passed to the core as `nativeBinding`, so neither build ever overwrites the other.
import fs from 'node:fs';
import path from 'node:path';

export const NATIVE_FILE = 'better_sqlite3.node';
/** Relative to the project folder; scripts/electron-native.mjs writes here (a test keeps them in step). */
export const DEV_NATIVE_PATH = path.join('.cache', 'electron-native', NATIVE_FILE);

export interface NativeLocation {
  isPackaged: boolean;
  /** process.resourcesPath: electron-builder copies the file to <resources>/native/. */
  resourcesPath: string;
  /** app.getAppPath(): the project folder when run as `electron .`. */
  appPath: string;
}

export function nativeBindingPath(where: NativeLocation): string {
  return where.isPackaged
    ? path.join(where.resourcesPath, 'native', NATIVE_FILE)
    : path.join(where.appPath, DEV_NATIVE_PATH);
}

/** The Electron build's path, or undefined when it has not been made. */
export function findNativeBinding(
  where: NativeLocation,
  exists: (file: string) => boolean = fs.existsSync,
): string | undefined {
  const file = nativeBindingPath(where);
  return exists(file) ? file : undefined;
}

/** Said when the database could not be opened and the Electron build was missing. */
export function missingNativeMessage(where: NativeLocation): string {
  return where.isPackaged
    ? `This installation of CLAIR Desk is incomplete: ${nativeBindingPath(where)} is missing. Reinstall CLAIR Desk.`
    : `The Electron build of the database driver (${DEV_NATIVE_PATH}) has not been made. ` +
        'Run `npm run electron:native` (it needs internet access once), then start CLAIR Desk again.';
}

/** A failure to load the driver itself (wrong ABI, missing or broken .node), as opposed to a database problem. */
export function isDriverLoadError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return code === 'ERR_DLOPEN_FAILED' || /NODE_MODULE_VERSION|better_sqlite3\.node|bindings file/i.test(message);
}

/** What to tell a person whose database driver did not load. */
export function driverProblemMessage(where: NativeLocation, found: string | undefined, reason: string): string {
  if (!found) return `${missingNativeMessage(where)}\n\n(${reason})`;
  return where.isPackaged
    ? `The database driver of this installation could not be loaded (${reason}). Reinstall CLAIR Desk.`
    : `The Electron build of the database driver could not be loaded (${reason}). ` +
        'Run `npm run electron:native` to rebuild it for the installed Electron, then start CLAIR Desk again.';
}
