import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveDataDir } from '../core';
import { checkApart, folderHash, PROFILE_FOLDER, shellFolders } from './folders';

let base: string;
let appData: string;

beforeAll(() => {
  base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'clair-folders-')));
  appData = path.join(base, 'AppData');
  fs.mkdirSync(appData);
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe('shellFolders', () => {
  it('by default: the data folder "CLAIR Desk" and the profile "CLAIR Desk Shell", side by side', () => {
    // The data folder is the core's default (resolveDataDir: Linux reads XDG_CONFIG_HOME, Windows
    // APPDATA; macOS always the home folder's Application Support, which Electron's appData is too).
    const env = { XDG_CONFIG_HOME: appData, APPDATA: appData };
    const folders = shellFolders(appData, env);
    expect(folders).toEqual({ dataDir: resolveDataDir(env), profileDir: path.join(appData, PROFILE_FOLDER) });
    expect(path.basename(folders.dataDir)).toBe('CLAIR Desk');
  });

  it('with CLAIR_DESK_DATA_DIR: the data folder is that folder, the profile a hashed folder of its own', () => {
    const dataDir = path.join(base, 'run 1 日本');
    const folders = shellFolders(appData, { CLAIR_DESK_DATA_DIR: dataDir }, 'linux');
    expect(folders.dataDir).toBe(dataDir);
    expect(folders.profileDir).toBe(path.join(appData, PROFILE_FOLDER, `data-${folderHash(dataDir, 'linux')}`));
    expect(path.relative(folders.dataDir, folders.profileDir).startsWith('..')).toBe(true);
  });

  it('two data folders get two profiles (two single-instance locks); the same folder the same one', () => {
    const one = shellFolders(appData, { CLAIR_DESK_DATA_DIR: path.join(base, 'a') }, 'linux');
    const two = shellFolders(appData, { CLAIR_DESK_DATA_DIR: path.join(base, 'b') }, 'linux');
    const again = shellFolders(appData, { CLAIR_DESK_DATA_DIR: `${path.join(base, 'a')}${path.sep}` }, 'linux');
    expect(one.profileDir).not.toBe(two.profileDir);
    expect(again.profileDir).toBe(one.profileDir);
  });

  it('the hash is short and, on Windows, ignores the case of the path', () => {
    expect(folderHash('/x/data', 'linux')).toMatch(/^[0-9a-f]{12}$/);
    expect(folderHash('/x/Data', 'win32')).toBe(folderHash('/X/data', 'win32'));
    expect(folderHash('/x/Data', 'linux')).not.toBe(folderHash('/x/data', 'linux'));
  });

  it('refuses a data folder that holds the profile, or the profile itself', () => {
    expect(() => shellFolders(appData, { CLAIR_DESK_DATA_DIR: appData }, 'linux')).toThrow(
      /profile folder .* would be inside the data folder/,
    );
    expect(() => shellFolders(appData, { CLAIR_DESK_DATA_DIR: path.join(appData, PROFILE_FOLDER) }, 'linux')).toThrow(
      /inside the data folder/,
    );
  });
});

describe('checkApart', () => {
  it('accepts folders side by side, and names beginning with ".."', () => {
    expect(() => checkApart(path.join(base, 'data'), path.join(base, 'profile'))).not.toThrow();
    expect(() => checkApart(path.join(base, 'data'), path.join(base, 'data', '..profile'))).toThrow();
    expect(() => checkApart(path.join(base, '..data'), path.join(base, 'profile'))).not.toThrow();
  });

  it('refuses one inside the other, either way, and the same folder', () => {
    const data = path.join(base, 'data');
    expect(() => checkApart(data, path.join(data, 'Shell'))).toThrow(/would be inside the data folder/);
    expect(() => checkApart(path.join(base, 'Shell', 'data'), path.join(base, 'Shell'))).toThrow(
      /data folder .* is inside Chromium's profile folder/,
    );
    expect(() => checkApart(data, data)).toThrow();
  });

  it('sees through a symlink that makes the data folder hold the profile', () => {
    const real = path.join(base, 'real-data');
    fs.mkdirSync(path.join(real, 'profile'), { recursive: true });
    const link = path.join(base, 'link-to-data');
    fs.symlinkSync(real, link, 'dir');
    expect(() => checkApart(real, path.join(link, 'profile'))).toThrow(/would be inside the data folder/);
    expect(() => checkApart(link, path.join(real, 'profile', 'not yet made'))).toThrow(/would be inside/);
  });
});
