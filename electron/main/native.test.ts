import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NATIVE_FILE as SCRIPTS_NATIVE_FILE } from '../../scripts/setup-lib.mjs';
import {
  DEV_NATIVE_PATH,
  driverProblemMessage,
  findNativeBinding,
  isDriverLoadError,
  missingNativeMessage,
  nativeBindingPath,
} from './native';

const dev = { isPackaged: false, resourcesPath: '/x/resources', appPath: '/project' };
const packaged = {
  isPackaged: true,
  resourcesPath: '/opt/CLAIR Desk/resources',
  appPath: '/opt/CLAIR Desk/resources/app.asar',
};

describe('the Electron build of better-sqlite3', () => {
  it('is looked for where scripts/electron-native.mjs writes it, or in resources/native when packaged', () => {
    expect(DEV_NATIVE_PATH).toBe(SCRIPTS_NATIVE_FILE);
    expect(nativeBindingPath(dev)).toBe(path.join('/project', '.cache', 'electron-native', 'better_sqlite3.node'));
    expect(nativeBindingPath(packaged)).toBe(path.join('/opt/CLAIR Desk/resources', 'native', 'better_sqlite3.node'));
  });

  it('is undefined when missing, so the app can say what to run', () => {
    expect(findNativeBinding(dev, () => false)).toBeUndefined();
    expect(findNativeBinding(dev, () => true)).toBe(nativeBindingPath(dev));
    expect(missingNativeMessage(dev)).toContain('npm run electron:native');
    expect(missingNativeMessage(packaged)).toContain('Reinstall');
    expect(driverProblemMessage(dev, undefined, 'x')).toContain('npm run electron:native');
    expect(driverProblemMessage(dev, '/p/better_sqlite3.node', 'NODE_MODULE_VERSION 115')).toContain('rebuild');
  });

  it('tells a driver that failed to load from a database problem', () => {
    const abi = new Error('The module was compiled against a different Node.js version using NODE_MODULE_VERSION 115.');
    expect(isDriverLoadError(abi)).toBe(true);
    expect(isDriverLoadError(Object.assign(new Error('x'), { code: 'ERR_DLOPEN_FAILED' }))).toBe(true);
    expect(isDriverLoadError(new Error('Could not locate the bindings file.'))).toBe(true);
    expect(isDriverLoadError(new Error('SQLITE_CANTOPEN: unable to open database file'))).toBe(false);
  });
});
