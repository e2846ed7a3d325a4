// Two folders, never one inside the other: the data folder (the database and its backups, shared with
// the browser mode) and Chromium's profile (Electron's userData: Cache, GPUCache, Local Storage,
// session data, the single-instance lock). A backup or a copy of the data folder should hold data,
// not a browser's caches; and clearing the profile must never touch the database.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { resolveDataDir } from '../core';

/** Chromium's profile, in the per-user application-data folder beside (not in) "CLAIR Desk". */
export const PROFILE_FOLDER = 'CLAIR Desk Shell';

export interface ShellFolders {
  /** The database's folder: CLAIR_DESK_DATA_DIR, else "CLAIR Desk" in the app-data folder. */
  dataDir: string;
  /** What Electron's userData is set to. */
  profileDir: string;
}

/**
 * `appData` is Electron's app.getPath('appData'). With CLAIR_DESK_DATA_DIR set, the profile is a
 * folder of its own per data folder (named from a short hash of it), so test runs side by side keep
 * separate single-instance locks. Throws when one folder would be inside the other.
 */
export function shellFolders(
  appData: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): ShellFolders {
  const dataDir = resolveDataDir(env);
  const profileRoot = path.join(appData, PROFILE_FOLDER);
  const profileDir = env.CLAIR_DESK_DATA_DIR
    ? path.join(profileRoot, `data-${folderHash(dataDir, platform)}`)
    : profileRoot;
  checkApart(dataDir, profileDir);
  return { dataDir, profileDir };
}

/** 12 hex digits of the folder's SHA-256 (its case folded on Windows, where paths ignore case). */
export function folderHash(dir: string, platform: NodeJS.Platform = process.platform): string {
  const key = platform === 'win32' ? path.resolve(dir).toLowerCase() : path.resolve(dir);
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

/** Throws when the profile and the data folder are the same folder or one is inside the other. */
export function checkApart(dataDir: string, profileDir: string): void {
  const data = realOrAsIs(dataDir);
  const profile = realOrAsIs(profileDir);
  if (isInside(profile, data)) {
    throw new Error(
      `Chromium's profile folder (${profileDir}) would be inside the data folder (${dataDir}). Choose a data folder (CLAIR_DESK_DATA_DIR) that does not hold it.`,
    );
  }
  if (isInside(data, profile)) {
    throw new Error(
      `The data folder (${dataDir}) is inside Chromium's profile folder (${profileDir}). Choose a data folder (CLAIR_DESK_DATA_DIR) outside it.`,
    );
  }
}

/** Is `child` the folder `parent` or inside it? */
function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/** The real path (symlinks resolved) of the folder or of its nearest existing parent, plus the rest. */
function realOrAsIs(dir: string): string {
  const resolved = path.resolve(dir);
  const parent = path.dirname(resolved);
  if (fs.existsSync(resolved)) return fs.realpathSync(resolved);
  if (parent === resolved) return resolved;
  return path.join(realOrAsIs(parent), path.basename(resolved));
}
