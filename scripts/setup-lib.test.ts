import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  attemptDue,
  BUILD_INPUTS,
  chooseMode,
  ELECTRON_UNREACHABLE,
  electronBinaryPath,
  electronNativeReady,
  installReason,
  isStale,
  NATIVE_FILE,
  NATIVE_INFO,
  NATIVE_MISSING,
  newestMtime,
  oldestMtime,
  RETRY_MS,
  readState,
  run,
  writeState,
} from './setup-lib.mjs';

describe('installReason', () => {
  it('installs when node_modules is missing or incomplete, or the lock file is newer', () => {
    expect(installReason({ hasNodeModules: false, installedMtime: null, lockMtime: 1 })).toBe('missing');
    expect(installReason({ hasNodeModules: true, installedMtime: null, lockMtime: 1 })).toBe('missing');
    expect(installReason({ hasNodeModules: true, installedMtime: 5, lockMtime: 9 })).toBe('lock-changed');
    expect(installReason({ hasNodeModules: true, installedMtime: 9, lockMtime: 5 })).toBeNull();
    expect(installReason({ hasNodeModules: true, installedMtime: 9, lockMtime: null })).toBeNull();
  });
});

describe('isStale', () => {
  it('rebuilds when an output is missing or a source is newer than the oldest output', () => {
    expect(isStale(10, null)).toBe(true);
    expect(isStale(10, 9)).toBe(true);
    expect(isStale(10, 10)).toBe(false);
    expect(isStale(10, 11)).toBe(false);
  });
  it('watches the sources the build reads', () => {
    expect(BUILD_INPUTS).toEqual(
      expect.arrayContaining(['electron', 'renderer', 'shared', 'electron.vite.config.ts', 'package.json']),
    );
  });
});

describe('attemptDue', () => {
  const now = 1_000_000_000;
  const failed = { at: now - 1000, version: '41.10.0', ok: false };
  it('retries a failure once a day, at once when asked or when the version changed', () => {
    expect(attemptDue(undefined, { now, version: '41.10.0', explicit: false })).toBe(true);
    expect(attemptDue(failed, { now, version: '41.10.0', explicit: false })).toBe(false);
    expect(attemptDue(failed, { now: failed.at + RETRY_MS, version: '41.10.0', explicit: false })).toBe(true);
    expect(attemptDue(failed, { now, version: '41.10.0', explicit: true })).toBe(true);
    expect(attemptDue(failed, { now, version: '42.0.0', explicit: false })).toBe(true);
  });
  it('tries again when an earlier success has since disappeared (npm ci empties node_modules)', () => {
    expect(attemptDue({ ...failed, ok: true }, { now, version: '41.10.0', explicit: false })).toBe(true);
  });
});

describe('chooseMode', () => {
  const display = { DISPLAY: ':0' };
  it('opens Electron only when the binary and its database driver build are both there', () => {
    expect(chooseMode({ electronBinary: true, electronNative: true, platform: 'linux', env: display })).toEqual({
      mode: 'electron',
    });
    expect(chooseMode({ electronBinary: true, electronNative: true, platform: 'win32', env: {} })).toEqual({
      mode: 'electron',
    });
  });
  it('says in one sentence which piece is missing', () => {
    expect(chooseMode({ electronBinary: false, electronNative: false, platform: 'linux', env: display })).toEqual({
      mode: 'browser',
      reason: ELECTRON_UNREACHABLE,
    });
    expect(
      chooseMode({
        electronBinary: false,
        electronNative: true,
        electronNote: 'Why.',
        platform: 'linux',
        env: display,
      }),
    ).toEqual({
      mode: 'browser',
      reason: 'Why.',
    });
    expect(chooseMode({ electronBinary: true, electronNative: false, platform: 'linux', env: display })).toEqual({
      mode: 'browser',
      reason: NATIVE_MISSING,
    });
    const headless = chooseMode({ electronBinary: true, electronNative: true, platform: 'linux', env: {} });
    expect(headless).toMatchObject({ mode: 'browser', reason: expect.stringContaining('no graphical display') });
    const forced = chooseMode({
      electronBinary: true,
      electronNative: true,
      platform: 'linux',
      env: { ...display, CLAIR_DESK_MODE: 'browser' },
    });
    expect(forced.mode).toBe('browser');
    for (const sentence of [ELECTRON_UNREACHABLE, NATIVE_MISSING]) expect(sentence.match(/\. /g)).toBeNull();
  });
});

describe('file checks', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'clair-desk-setup-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const write = (file: string, text = '', mtimeSeconds?: number) => {
    const full = path.join(root, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    if (mtimeSeconds !== undefined) fs.utimesSync(full, mtimeSeconds, mtimeSeconds);
  };

  it('finds the newest source (tests aside) and the oldest output', () => {
    write('electron/main/a.ts', '', 100);
    write('electron/main/a.test.ts', '', 500);
    write('renderer/src/b.tsx', '', 200);
    write('renderer/node_modules/x.js', '', 900);
    expect(newestMtime(root, ['electron', 'renderer', 'missing'])).toBe(200_000);
    write('out/a.js', '', 300);
    write('out/b.js', '', 250);
    expect(oldestMtime(root, ['out/a.js', 'out/b.js'])).toBe(250_000);
    expect(oldestMtime(root, ['out/a.js', 'out/c.js'])).toBeNull();
  });

  it('finds the Electron binary only when downloaded for the installed version', () => {
    const exe = process.platform === 'win32' ? 'electron.exe' : 'electron';
    write('node_modules/electron/package.json', JSON.stringify({ version: '41.10.0' }));
    expect(electronBinaryPath(root, {})).toBeNull();
    write('node_modules/electron/path.txt', exe);
    write('node_modules/electron/dist/version', 'v41.10.0');
    expect(electronBinaryPath(root, {})).toBeNull();
    write(`node_modules/electron/dist/${exe}`);
    expect(electronBinaryPath(root, {})).toBe(path.join(root, 'node_modules', 'electron', 'dist', exe));
    write('node_modules/electron/dist/version', 'v40.0.0');
    expect(electronBinaryPath(root, {})).toBeNull();
    write(`elsewhere/${exe}`);
    expect(electronBinaryPath(root, { ELECTRON_OVERRIDE_DIST_PATH: path.join(root, 'elsewhere') })).toBe(
      path.join(root, 'elsewhere', exe),
    );
  });

  it('accepts the Electron build of better-sqlite3 only for the installed Electron', () => {
    expect(electronNativeReady(root, '41.10.0')).toBe(false);
    write(NATIVE_FILE, 'binary');
    expect(electronNativeReady(root, '41.10.0')).toBe(true);
    write(NATIVE_INFO, JSON.stringify({ electron: '40.1.0' }));
    expect(electronNativeReady(root, '41.10.0')).toBe(false);
    write(NATIVE_INFO, JSON.stringify({ electron: '41.10.0' }));
    expect(electronNativeReady(root, '41.10.0')).toBe(true);
  });

  it('remembers attempts in .cache', () => {
    expect(readState(root)).toEqual({});
    writeState(root, { electronDownload: { at: 1, version: '41.10.0', ok: false } });
    writeState(root, { electronNative: { at: 2, version: '41.10.0', ok: true } });
    expect(readState(root)).toEqual({
      electronDownload: { at: 1, version: '41.10.0', ok: false },
      electronNative: { at: 2, version: '41.10.0', ok: true },
    });
  });
});

describe('run', () => {
  it('captures output and the exit code', async () => {
    const result = await run(process.execPath, ['-e', 'console.log("hi"); console.error("oops"); process.exit(3)']);
    expect(result).toMatchObject({ code: 3, timedOut: false });
    expect(result.output).toContain('hi');
    expect(result.output).toContain('oops');
  });
  it('stops a command that takes too long', async () => {
    const started = Date.now();
    const result = await run(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { timeout: 300 });
    expect(result).toMatchObject({ code: null, timedOut: true });
    expect(Date.now() - started).toBeLessThan(5000);
  });
  it('reports a command that cannot start', async () => {
    const result = await run('clair-desk-no-such-command', []);
    expect(result.code).toBeNull();
    expect(result.output).toContain('ENOENT');
  });
});
