// Where the data lives: CLAIR_DESK_DATA_DIR, else the platform's per-user application-data folder
// (the Electron shell opens the same folder, so both modes share one database; Chromium's own files
// go elsewhere, electron/main/folders.ts); and where the app's shipped resources are (the reference
// files).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER = 'CLAIR Desk';
export const DB_FILE = 'clair-desk.sqlite';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_FOLDER);
}

export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CLAIR_DESK_DATA_DIR ? path.resolve(env.CLAIR_DESK_DATA_DIR) : defaultDataDir(env);
}

/** The folder of the reference files the app ships, inside the resources folder. */
export const REFERENCE_FOLDER = 'reference';

const holdsReference = (dir: string | undefined): dir is string =>
  dir !== undefined && dir !== '' && fs.existsSync(path.join(dir, REFERENCE_FOLDER));

/**
 * Where the app's own resources are (the reference files): CLAIR_DESK_RESOURCES_DIR; else, packaged,
 * Electron's resources folder (electron-builder copies resources/reference there); else the repository's
 * resources/, found upwards from this code: the bundle in out/main/ (or a chunk below it) or the source
 * in electron/core/. A folder without the files is still returned: the reference channels then say
 * the files are unavailable.
 */
export function resolveResourcesDir(env: NodeJS.ProcessEnv = process.env, from = import.meta.dirname): string {
  if (env.CLAIR_DESK_RESOURCES_DIR) return path.resolve(env.CLAIR_DESK_RESOURCES_DIR);
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  if (holdsReference(packaged)) return packaged;
  let dir = from;
  for (let up = 0; up < 5; up++) {
    const candidate = path.join(dir, 'resources');
    if (holdsReference(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return path.join(from, '..', '..', 'resources');
}
