// Pure decisions and file checks shared by setup.mjs, start.mjs, electron-native.mjs and the
// Electron tests. Node built-ins only: this runs before node_modules exists.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const NATIVE_DIR = path.join('.cache', 'electron-native');
/** The Electron build of better-sqlite3 (electron/main/native.ts looks here; a test keeps them in step). */
export const NATIVE_FILE = path.join(NATIVE_DIR, 'better_sqlite3.node');
export const NATIVE_INFO = path.join(NATIVE_DIR, 'build-info.json');
export const STATE_FILE = path.join('.cache', 'setup-state.json');
/** A failed download or native build is retried at most once a day, unless `npm run setup` asks. */
export const RETRY_MS = 24 * 60 * 60 * 1000;

/** What the build reads, and what it writes (all rewritten by every build). */
export const BUILD_INPUTS = [
  'electron',
  'renderer',
  'shared',
  'electron.vite.config.ts',
  'package.json',
  'node_modules/.package-lock.json',
];
export const BUILD_OUTPUTS = [
  'out/main/index.js',
  'out/main/server.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
];

export const ELECTRON_UNREACHABLE =
  'Electron could not be downloaded here (no access to its download site), so CLAIR Desk will run in browser mode; ' +
  'on a connected machine run `npm run setup` to fetch it.';
export const ELECTRON_TOO_SLOW =
  'Downloading Electron took too long, so CLAIR Desk will run in browser mode for now; run `npm run setup` to finish the download.';
export const NATIVE_MISSING =
  'Electron is installed but its build of the database driver is not, so CLAIR Desk will run in browser mode; ' +
  'run `npm run electron:native` on a machine with internet access to make it.';

// ---- pure decisions ----

/** Why dependencies must be installed, or null when node_modules matches package-lock.json. */
export function installReason({ hasNodeModules, installedMtime, lockMtime }) {
  if (!hasNodeModules || installedMtime == null) return 'missing';
  if (lockMtime != null && lockMtime > installedMtime) return 'lock-changed';
  return null;
}

/** The build is stale when an output is missing (oldest = null) or a source is newer than the oldest output. */
export function isStale(newestInputMtime, oldestOutputMtime) {
  return oldestOutputMtime == null || newestInputMtime > oldestOutputMtime;
}

/**
 * Should a network step (download, native build) be tried now? Always when asked explicitly, when
 * never tried for this Electron version, or when the last try worked (the result has since gone,
 * e.g. `npm ci` emptied node_modules); after a failure, once a day.
 */
export function attemptDue(last, { now, version, explicit }) {
  if (explicit || !last || last.version !== version || last.ok) return true;
  return now - last.at >= RETRY_MS;
}

/** Electron window or browser mode, and the one sentence that says why not Electron. */
export function chooseMode({ electronBinary, electronNative, electronNote, platform, env }) {
  if (env.CLAIR_DESK_MODE === 'browser') {
    return { mode: 'browser', reason: 'CLAIR_DESK_MODE=browser is set, so CLAIR Desk runs in browser mode.' };
  }
  if (!electronBinary) return { mode: 'browser', reason: electronNote ?? ELECTRON_UNREACHABLE };
  if (!electronNative) return { mode: 'browser', reason: NATIVE_MISSING };
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { mode: 'browser', reason: 'There is no graphical display here, so CLAIR Desk runs in browser mode.' };
  }
  return { mode: 'electron' };
}

// ---- file checks ----

export function mtimeOf(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

/** Newest modification time under the given files and folders (tests and node_modules skipped). */
export function newestMtime(root, entries) {
  let newest = 0;
  const visit = (file) => {
    let stat;
    try {
      stat = fs.statSync(file);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(file)) {
        if (name === 'node_modules' || /\.test\.tsx?$/.test(name)) continue;
        visit(path.join(file, name));
      }
    } else if (stat.mtimeMs > newest) newest = stat.mtimeMs;
  };
  for (const entry of entries) visit(path.join(root, entry));
  return newest;
}

/** Oldest modification time of the given files, or null when one is missing. */
export function oldestMtime(root, files) {
  let oldest = Infinity;
  for (const file of files) {
    const mtime = mtimeOf(path.join(root, file));
    if (mtime == null) return null;
    oldest = Math.min(oldest, mtime);
  }
  return oldest;
}

export function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The installed electron package's version (the binary may still be missing). */
export function electronVersion(root) {
  return readJson(path.join(root, 'node_modules', 'electron', 'package.json'))?.version;
}

/**
 * The Electron executable, found as electron's own index.js does (path.txt, dist/, or
 * ELECTRON_OVERRIDE_DIST_PATH), or null when it has not been downloaded for this version.
 */
export function electronBinaryPath(root, env = process.env) {
  const dir = path.join(root, 'node_modules', 'electron');
  let relative;
  try {
    relative = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim();
  } catch {
    relative = undefined;
  }
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const file = path.join(
      env.ELECTRON_OVERRIDE_DIST_PATH,
      relative || (process.platform === 'win32' ? 'electron.exe' : 'electron'),
    );
    return fs.existsSync(file) ? file : null;
  }
  if (!relative) return null;
  try {
    const installed = fs
      .readFileSync(path.join(dir, 'dist', 'version'), 'utf8')
      .trim()
      .replace(/^v/, '');
    if (installed !== electronVersion(root)) return null;
  } catch {
    return null;
  }
  const file = path.join(dir, 'dist', relative);
  return fs.existsSync(file) ? file : null;
}

/** The Electron build of better-sqlite3 exists, and (when recorded) was made for this Electron. */
export function electronNativeReady(root, version) {
  if (!fs.existsSync(path.join(root, NATIVE_FILE))) return false;
  const info = readJson(path.join(root, NATIVE_INFO));
  return !info || !version || info.electron === version;
}

export function readState(root) {
  return readJson(path.join(root, STATE_FILE)) ?? {};
}

export function writeState(root, patch) {
  const file = path.join(root, STATE_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ ...readState(root), ...patch }, null, 2)}\n`);
}

/**
 * Runs a command with its output captured (shown only when `verbose`), stopped after `timeout` ms.
 * On POSIX the child leads its own process group, so a timeout (or our own exit) stops its
 * children too (node-gyp's compilers, npm's install scripts).
 */
export function run(command, args, { cwd, env = process.env, timeout = 0, verbose = false, shell = false } = {}) {
  return new Promise((resolve) => {
    const group = process.platform !== 'win32';
    const child = spawn(command, args, { cwd, env, shell, detached: group, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk) => {
      if (verbose) process.stderr.write(chunk);
      output = (output + chunk).slice(-64 * 1024);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const stop = () => {
      try {
        if (group) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    // Ctrl-C reaches only our group; take the child's group down with us.
    const onSignal = (signal) => {
      stop();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    process.on('exit', stop);
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    let timedOut = false;
    const timer = timeout
      ? setTimeout(() => {
          timedOut = true;
          stop();
        }, timeout)
      : null;
    const finish = (code, error) => {
      if (timer) clearTimeout(timer);
      process.off('exit', stop);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve({ code: timedOut ? null : code, timedOut, output: error ? `${output}${error.message}\n` : output });
    };
    child.on('error', (error) => finish(null, error));
    child.on('close', (code) => finish(code));
  });
}
