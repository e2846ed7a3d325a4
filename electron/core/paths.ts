// Where the data lives: CLAIR_DESK_DATA_DIR, else the platform's per-user application-data folder
// (the same folder Electron's app.getPath('userData') gives, so both modes share one database).
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
