// `npm run setup` (and the first step of `npm start`): brings a checkout to a runnable state.
// 1. dependencies (npm ci when node_modules is missing or older than package-lock.json);
// 2. Electron's binary, by running electron's own installer with a time limit (npm never runs it:
//    package.json's allowScripts, since its failure offline would fail the whole install);
// 3. the Electron build of better-sqlite3, when Electron is there;
// 4. the app build, when out/ is missing or older than a source.
// Network steps that failed are retried at most once a day (.cache/setup-state.json) so an offline
// machine starts at once; `npm run setup` always retries. Quiet unless something runs or fails.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildElectronNative } from './electron-native.mjs';
import {
  attemptDue,
  BUILD_INPUTS,
  BUILD_OUTPUTS,
  ELECTRON_TOO_SLOW,
  ELECTRON_UNREACHABLE,
  electronBinaryPath,
  electronNativeReady,
  electronVersion,
  installReason,
  isStale,
  mtimeOf,
  newestMtime,
  oldestMtime,
  readState,
  run,
  writeState,
} from './setup-lib.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const DOWNLOAD_TIMEOUT_MS = 60_000;
const EXPLICIT_DOWNLOAD_TIMEOUT_MS = 15 * 60_000;
const SKIPPED_BY_ENV =
  'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so Electron was not downloaded and CLAIR Desk will run in browser mode.';

export class SetupError extends Error {
  constructor(message, details = '') {
    super(message);
    this.details = details;
  }
}

/** npm as a child: through npm's own script when we run under npm (works on every platform). */
function npm(args) {
  const execpath = process.env.npm_execpath;
  if (execpath && /\.[cm]?js$/.test(execpath))
    return { command: process.execPath, args: [execpath, ...args], shell: false };
  return { command: 'npm', args, shell: process.platform === 'win32' };
}

async function installDependencies(root, { verbose, say }) {
  const lock = path.join(root, 'package-lock.json');
  const hasLock = fs.existsSync(lock);
  const reason = installReason({
    hasNodeModules: fs.existsSync(path.join(root, 'node_modules')),
    installedMtime: mtimeOf(path.join(root, 'node_modules', '.package-lock.json')),
    lockMtime: hasLock ? mtimeOf(lock) : null,
  });
  if (!reason) return false;
  say(
    reason === 'missing'
      ? 'Installing dependencies (first run, a few minutes)…'
      : 'package-lock.json changed; reinstalling dependencies…',
  );
  const { command, args, shell } = npm([hasLock ? 'ci' : 'install', '--no-audit', '--no-fund']);
  // Electron's installer runs below with a time limit; this keeps npm versions that ignore
  // allowScripts from running it (and failing the install) offline.
  const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };
  const result = await run(command, args, { cwd: root, env, shell, verbose });
  if (result.code !== 0)
    throw new SetupError(
      `Installing dependencies failed (npm ${args.includes('ci') ? 'ci' : 'install'}).`,
      result.output,
    );
  return true;
}

/** Returns the Electron executable, or null and the sentence saying why not. */
async function fetchElectron(root, { explicit, verbose, say, now }) {
  const binary = electronBinaryPath(root);
  if (binary) return { binary };
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return { binary: null, note: SKIPPED_BY_ENV };
  const version = electronVersion(root);
  const last = readState(root).electronDownload;
  if (!attemptDue(last, { now, version, explicit })) {
    return { binary: null, note: last?.timedOut ? ELECTRON_TOO_SLOW : ELECTRON_UNREACHABLE };
  }
  say(`Downloading Electron ${version}…`);
  const result = await run(process.execPath, [path.join(root, 'node_modules', 'electron', 'install.js')], {
    cwd: root,
    timeout: explicit ? EXPLICIT_DOWNLOAD_TIMEOUT_MS : DOWNLOAD_TIMEOUT_MS,
    verbose,
  });
  const fetched = electronBinaryPath(root);
  writeState(root, { electronDownload: { at: now, version, ok: Boolean(fetched), timedOut: result.timedOut } });
  if (fetched) return { binary: fetched };
  return { binary: null, note: result.timedOut ? ELECTRON_TOO_SLOW : ELECTRON_UNREACHABLE, details: result.output };
}

/** The Electron build of better-sqlite3: present, or made now when Electron is there. */
async function ensureNative(root, { binary, explicit, verbose, say, now }) {
  const version = electronVersion(root);
  if (electronNativeReady(root, version)) return { ready: true };
  if (!binary) return { ready: false };
  if (!attemptDue(readState(root).electronNative, { now, version, explicit })) return { ready: false };
  say('Building the database driver for Electron (once, about a minute)…');
  const result = await buildElectronNative({ root, verbose });
  writeState(root, { electronNative: { at: now, version, ok: result.ok } });
  return result.ok ? { ready: true } : { ready: false, note: result.message, details: result.details };
}

async function buildApp(root, { verbose, say }) {
  if (!isStale(newestMtime(root, BUILD_INPUTS), oldestMtime(root, BUILD_OUTPUTS))) return false;
  say('Building CLAIR Desk…');
  const bin = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = fs.existsSync(bin)
    ? await run(process.execPath, [bin, 'build'], { cwd: root, verbose })
    : await run('npx', ['electron-vite', 'build'], { cwd: root, verbose, shell: process.platform === 'win32' });
  if (result.code !== 0) throw new SetupError('Building CLAIR Desk failed (electron-vite build).', result.output);
  return true;
}

/**
 * Everything `npm start` needs. `explicit` (npm run setup) retries network steps now and allows a
 * long download. Returns what is there; throws SetupError when installing or building fails.
 */
export async function ensureSetup({ root = ROOT, explicit = false, verbose = false, say = console.log } = {}) {
  const now = Date.now();
  const installed = await installDependencies(root, { verbose, say });
  const electron = await fetchElectron(root, { explicit, verbose, say, now });
  const native = await ensureNative(root, { binary: electron.binary, explicit, verbose, say, now });
  const built = await buildApp(root, { verbose, say });
  return {
    installed,
    built,
    electronBinary: electron.binary,
    electronNative: native.ready,
    electronNote: electron.note,
    nativeNote: native.note,
    details: [electron.details, native.details].filter(Boolean).join('\n'),
  };
}

/** Prints a SetupError (its sentence, then the tail of the tool's output) and exits. */
export function reportSetupFailure(error) {
  if (!(error instanceof SetupError)) throw error;
  console.error(error.message);
  if (error.details) console.error(`\n${error.details.trim().split('\n').slice(-40).join('\n')}`);
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const verbose = process.argv.includes('--verbose');
  const status = await ensureSetup({ explicit: true, verbose }).catch(reportSetupFailure);
  if (status.electronBinary && status.electronNative) {
    console.log('CLAIR Desk is set up: `npm start` opens the Electron app.');
  } else {
    console.log(
      status.electronNote ?? status.nativeNote ?? 'Electron is not ready, so CLAIR Desk will run in browser mode.',
    );
    if (verbose && status.details) console.log(status.details);
    console.log('CLAIR Desk is set up for browser mode: `npm start` prints the address to open.');
  }
}
