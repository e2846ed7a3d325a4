// `npm run verify:electron`: everything that could not be run on the project's own machines, in one
// command for a person on a connected Windows, macOS or Linux machine: fetch Electron, build the
// database driver for it, build the app, run the Electron tests, package for this OS
// (electron-builder --dir), then start the packaged app on a fresh data folder, check its home
// screen and quit it. Each step says what it does; the first failure stops with one sentence.
// `--packaged-path` only prints where the packaged executable is (the CI pipeline uses it).
import fs from 'node:fs';
import path from 'node:path';
import { electronBinaryPath, electronVersion, run } from './setup-lib.mjs';
import { displayWrapper, PACKAGED_ENV, packagedBinaryPath, runSteps, STEPS } from './verify-electron-lib.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const MINUTE = 60_000;
const bin = (...parts) => path.join(ROOT, 'node_modules', ...parts);
const packaged = () => path.resolve(ROOT, packagedBinaryPath({ platform: process.platform, arch: process.arch }));

const onPath = (command) =>
  (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && fs.existsSync(path.join(dir, command)));

/** A tool's output, shown only when it failed (the last lines: the error is at the end). */
const tail = (output) => output.trim().split('\n').slice(-30).join('\n');

/** Runs node with a script, its output streamed; ok when it exits with 0. */
async function node(args, { env = {}, timeout = 30 * MINUTE, display = false } = {}) {
  const wrap = display
    ? displayWrapper({ platform: process.platform, env: process.env, hasXvfbRun: onPath('xvfb-run') })
    : [];
  if (wrap === null) return { ok: false, reason: 'there is no display (DISPLAY is unset and xvfb-run is missing)' };
  const [command, ...rest] = [...wrap, process.execPath, ...args];
  const result = await run(command, rest, { cwd: ROOT, env: { ...process.env, ...env }, timeout, verbose: true });
  if (result.timedOut) return { ok: false, reason: `it took longer than ${timeout / MINUTE} minutes` };
  return result.code === 0 ? { ok: true } : { ok: false, reason: `it exited with code ${result.code}` };
}

const actions = {
  async electron() {
    const version = electronVersion(ROOT);
    if (electronBinaryPath(ROOT)) return { ok: true, note: `Electron ${version} is already there.` };
    if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
      return { ok: false, reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so Electron is not downloaded' };
    }
    const result = await run(process.execPath, [bin('electron', 'install.js')], { cwd: ROOT, timeout: 15 * MINUTE });
    if (electronBinaryPath(ROOT)) return { ok: true, note: `Electron ${version} downloaded.` };
    if (result.output) console.error(tail(result.output));
    return {
      ok: false,
      reason: result.timedOut
        ? `downloading Electron ${version} took longer than 15 minutes`
        : `Electron ${version} could not be downloaded (no access to its download site)`,
    };
  },
  native: () => node([path.join(ROOT, 'scripts', 'electron-native.mjs')]),
  build: () => node([bin('electron-vite', 'bin', 'electron-vite.js'), 'build']),
  'electron-tests': () =>
    node([bin('@playwright', 'test', 'cli.js'), 'test', '-c', 'tests/electron/playwright.config.ts'], {
      display: true,
    }),
  async package() {
    // Unsigned unless a certificate is given (CSC_LINK / WIN_CSC_LINK), as in the CI pipeline.
    const signing = process.env.CSC_LINK || process.env.WIN_CSC_LINK;
    const env = signing ? {} : { CSC_IDENTITY_AUTO_DISCOVERY: 'false' };
    const result = await node([bin('electron-builder', 'cli.js'), '--dir', '--publish', 'never'], { env });
    if (!result.ok) return result;
    return fs.existsSync(packaged())
      ? { ok: true, note: `Packaged: ${path.relative(ROOT, packaged())}` }
      : { ok: false, reason: `electron-builder finished but ${path.relative(ROOT, packaged())} is not there` };
  },
  packaged: () =>
    node(
      [bin('@playwright', 'test', 'cli.js'), 'test', '-c', 'tests/electron/playwright.config.ts', 'packaged.spec.ts'],
      { env: { [PACKAGED_ENV]: packaged() }, display: true },
    ),
};

if (process.argv.includes('--packaged-path')) {
  console.log(packaged());
} else {
  console.log('Verifying CLAIR Desk as an Electron app on this machine (docs/electron.md).');
  const result = await runSteps(STEPS, actions);
  if (result.ok) {
    console.log('All steps passed: Electron, the driver, the tests, the package and the packaged app.');
  } else {
    console.error(`\n${result.sentence}`);
    process.exitCode = 1;
  }
}
