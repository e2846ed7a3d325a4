// `npm run electron:native`: builds better-sqlite3 for the installed Electron's ABI into
// .cache/electron-native/better_sqlite3.node, leaving node_modules/better-sqlite3/build (the Node
// build that tests and the browser mode load) untouched. Works on a copy of the package under
// .cache: first a prebuilt binary (prebuild-install), else a compile with node-gyp against
// Electron's headers. Both need the internet; without it this fails within seconds, saying so.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { electronVersion, NATIVE_DIR, NATIVE_FILE, NATIVE_INFO, readJson, run } from './setup-lib.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const HEADERS_URL = 'https://electronjs.org/headers';

/** A script of a package: the project's copy, else npm's own (node-gyp ships with npm). */
function findScript(root, specifier) {
  const candidates = [];
  try {
    candidates.push(createRequire(path.join(root, 'package.json')).resolve(specifier));
  } catch {
    // not installed in the project
  }
  const npmDirs = [
    process.env.npm_execpath && path.join(path.dirname(process.env.npm_execpath), '..'),
    path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm'),
    path.join(path.dirname(process.execPath), 'node_modules', 'npm'),
  ].filter(Boolean);
  for (const dir of npmDirs) candidates.push(path.join(dir, 'node_modules', specifier));
  return candidates.find((file) => fs.existsSync(file));
}

async function reachable(url) {
  try {
    const response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(15_000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** Returns { ok: true, file } or { ok: false, message } — one plain sentence, then details. */
export async function buildElectronNative({ root = ROOT, verbose = false } = {}) {
  const version = electronVersion(root);
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  if (!version || !fs.existsSync(source)) {
    return {
      ok: false,
      message: 'Electron or better-sqlite3 is not installed in node_modules; run `npm install` first.',
    };
  }
  const arch = process.env.npm_config_arch || process.arch;
  const work = path.join(root, NATIVE_DIR, `work-${version}-${process.platform}-${arch}`);
  const headers = path.join(root, NATIVE_DIR, 'headers');
  fs.rmSync(work, { recursive: true, force: true });
  // The package's sources without its build/ folder, which holds the Node build.
  fs.cpSync(source, work, {
    recursive: true,
    filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'build',
  });
  const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
  const log = [];

  const prebuild = findScript(root, 'prebuild-install/bin.js');
  if (prebuild) {
    const args = [
      prebuild,
      '--runtime',
      'electron',
      '--target',
      version,
      '--arch',
      arch,
      '--platform',
      process.platform,
    ];
    const result = await run(process.execPath, args, { cwd: work, timeout: 120_000, verbose });
    log.push(`prebuild-install: ${result.timedOut ? 'timed out' : `exit ${result.code}`}\n${result.output}`);
  }

  if (!fs.existsSync(built)) {
    const gyp = findScript(root, 'node-gyp/bin/node-gyp.js');
    const cached = fs.existsSync(path.join(headers, version, 'include'));
    if (!gyp) {
      log.push('node-gyp was not found (neither in node_modules nor beside npm).');
    } else if (!cached && !(await reachable(`${HEADERS_URL}/v${version}/SHASUMS256.txt`))) {
      log.push(`${HEADERS_URL} could not be reached to download Electron ${version}'s headers.`);
    } else {
      const args = [
        gyp,
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${version}`,
        `--arch=${arch}`,
        `--dist-url=${HEADERS_URL}`,
        `--devdir=${headers}`,
      ];
      const result = await run(process.execPath, args, { cwd: work, timeout: 15 * 60_000, verbose });
      log.push(`node-gyp: ${result.timedOut ? 'timed out' : `exit ${result.code}`}\n${result.output}`);
    }
  }

  if (!fs.existsSync(built)) {
    fs.rmSync(work, { recursive: true, force: true });
    return {
      ok: false,
      message:
        `The Electron ${version} build of better-sqlite3 could not be made: no prebuilt binary could be downloaded and ` +
        "it could not be compiled against Electron's headers (both need internet access; compiling also needs Python and a C++ compiler).",
      details: log.join('\n').trim(),
    };
  }
  const target = path.join(root, NATIVE_FILE);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(built, `${target}.tmp`);
  fs.renameSync(`${target}.tmp`, target);
  const info = { electron: version, platform: process.platform, arch, builtAt: new Date().toISOString() };
  fs.writeFileSync(path.join(root, NATIVE_INFO), `${JSON.stringify(info, null, 2)}\n`);
  fs.rmSync(work, { recursive: true, force: true });
  return { ok: true, file: target };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const verbose = process.argv.includes('--verbose');
  const result = await buildElectronNative({ verbose });
  if (result.ok) {
    console.log(`Built better-sqlite3 for Electron: ${path.relative(process.cwd(), result.file)}`);
  } else {
    console.error(result.message);
    if (result.details && !verbose) console.error(`\nDetails:\n${result.details}`);
    process.exitCode = 1;
  }
}

// electron-builder's Arch enum, in order, named as Node names them (armv7l is Node's "arm").
const BUILDER_ARCHES = ['ia32', 'x64', 'arm', 'arm64', 'universal'];

/**
 * electron-builder's beforePack hook (electron-builder.yml): refuses to package without an
 * Electron build of better-sqlite3 made for the target's OS, architecture and Electron version.
 */
export async function beforePack(context) {
  const platform = context.electronPlatformName;
  const arch = BUILDER_ARCHES[context.arch] ?? String(context.arch);
  const info = readJson(path.join(ROOT, NATIVE_INFO));
  const wanted = `Electron ${electronVersion(ROOT)} on ${platform}-${arch}`;
  if (!fs.existsSync(path.join(ROOT, NATIVE_FILE)) || !info) {
    throw new Error(
      `No Electron build of better-sqlite3 to package; run \`npm run electron:native\` first (for ${wanted}).`,
    );
  }
  const made = `Electron ${info.electron} on ${info.platform}-${info.arch}`;
  if (made !== wanted) {
    throw new Error(
      `The Electron build of better-sqlite3 was made for ${made}, not ${wanted}; run \`npm run electron:native\` on a ${platform}-${arch} machine.`,
    );
  }
}
