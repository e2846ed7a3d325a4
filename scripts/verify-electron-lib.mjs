// The steps of `npm run verify:electron` and the decisions around them, without side effects
// (scripts/verify-electron.mjs runs them; verify-electron-lib.test.ts checks them).
import path from 'node:path';

/** Names the packaged binary for tests/electron/packaged.spec.ts (skipped when unset). */
export const PACKAGED_ENV = 'CLAIR_DESK_PACKAGED_APP';
export const PRODUCT_NAME = 'CLAIR Desk';
/** linux.executableName in electron-builder.yml. */
export const LINUX_EXECUTABLE = 'clair-desk';

/** In order; each says what to do when it fails. */
export const STEPS = [
  {
    id: 'electron',
    title: 'Fetch Electron',
    fix: 'check this machine reaches github.com (or set ELECTRON_MIRROR to a mirror it reaches) and run npm run verify:electron again',
  },
  {
    id: 'native',
    title: 'Build the database driver for Electron (npm run electron:native)',
    fix: 'run npm run electron:native --verbose to see why (it needs the internet, and Python and a C++ compiler when no prebuilt driver fits)',
  },
  {
    id: 'build',
    title: 'Build the app (electron-vite build)',
    fix: 'run npx electron-vite build to see the error',
  },
  {
    id: 'electron-tests',
    title: 'Run the Electron tests (npm run test:electron)',
    fix: 'read the failures above; traces and screenshots are in test-results/electron',
  },
  {
    id: 'package',
    title: 'Package for this OS (electron-builder --dir)',
    fix: 'read electron-builder’s error above; docs/packaging.md lists what packaging needs',
  },
  {
    id: 'packaged',
    title: 'Start the packaged app on a fresh data folder and look for the home screen',
    fix: 'read the failure above; the packaged app is in dist/ and can be started by hand',
  },
];

/** electron-builder's name for Node's architecture. */
const BUILDER_ARCH = { x64: 'x64', ia32: 'ia32', arm64: 'arm64', arm: 'armv7l' };

/**
 * The executable electron-builder --dir makes, as electron-builder names its folders: `<os>` for
 * x64, `<os>-<arch>` otherwise, `-unpacked` after it except on macOS.
 */
export function packagedBinaryPath({ platform, arch, dist = 'dist' }) {
  const builderArch = BUILDER_ARCH[arch] ?? arch;
  const suffix = builderArch === 'x64' ? '' : `-${builderArch}`;
  if (platform === 'darwin') {
    const app = `${PRODUCT_NAME}.app`;
    return path.posix.join(dist, `mac${suffix}`, app, 'Contents', 'MacOS', PRODUCT_NAME);
  }
  if (platform === 'win32') return path.win32.join(dist, `win${suffix}-unpacked`, `${PRODUCT_NAME}.exe`);
  if (platform === 'linux') return path.posix.join(dist, `linux${suffix}-unpacked`, LINUX_EXECUTABLE);
  throw new Error(`CLAIR Desk is not packaged for ${platform}.`);
}

/** Where @electron/fuses reads the fuse wire: the .app bundle on macOS, the executable elsewhere. */
export function fuseTarget(binary) {
  const at = binary.indexOf('.app/');
  return at === -1 ? binary : binary.slice(0, at + '.app'.length);
}

/** The one sentence printed when a step fails. */
export function failureSentence(step, reason) {
  return `Verification stopped at “${step.title}”: ${reason.replace(/[.\s]+$/, '')}; ${step.fix}.`;
}

/**
 * Runs the steps in order, saying each one first; stops at the first whose action returns
 * `{ ok: false, reason }` (or throws). Returns `{ ok: true }` or `{ ok: false, step, sentence }`.
 */
export async function runSteps(steps, actions, say = console.log) {
  for (const [index, step] of steps.entries()) {
    say(`[${index + 1}/${steps.length}] ${step.title}…`);
    let result;
    try {
      result = await actions[step.id]();
    } catch (error) {
      result = { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
    if (!result.ok) return { ok: false, step: step.id, sentence: failureSentence(step, result.reason) };
    if (result.note) say(`      ${result.note}`);
  }
  return { ok: true };
}

/** Linux without a display: the Electron steps run under xvfb-run when it is there. */
export function displayWrapper({ platform, env, hasXvfbRun }) {
  if (platform !== 'linux' || env.DISPLAY || env.WAYLAND_DISPLAY) return [];
  return hasXvfbRun ? ['xvfb-run', '-a'] : null;
}
