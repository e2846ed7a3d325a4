// `npm test` (the README's test command; CI's .ci/run calls it): sets up what the tests need on a
// fresh machine, runs every suite in order with a machine-readable reporter beside a human one, then
// prints a per-suite table and, as the very last line, `N passed, N failed[, N skipped]`.
// Exit code 1 when anything failed or a suite could not run. Pure parts: test-summary.mjs.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  couldNotRun,
  exitCode,
  finalLine,
  formatDuration,
  fromExitCode,
  fromPlaywright,
  fromVitest,
  table,
  totals,
} from './test-summary.mjs';
import { aptPackages, chooseChromium, otherToolsProblem, playwrightChromium } from './test-tools.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const REPORTS = path.join(ROOT, 'test-results', 'reports');
const MINUTE = 60_000;

const say = (line = '') => console.log(line);
const heading = (title) => say(`\n━━ ${title} ${'━'.repeat(Math.max(3, 72 - title.length))}`);
const bin = (...parts) => path.join(ROOT, 'node_modules', ...parts);

/**
 * Runs a command, streaming its output, and keeps the output for the summary. A time limit ends the
 * whole process group (a test runner's browsers and servers included).
 */
function run(command, args, { timeoutMs = 30 * MINUTE, env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    });
    let output = '';
    const keep = (chunk, stream) => {
      stream.write(chunk);
      output = (output + chunk).slice(-200_000);
    };
    child.stdout.on('data', (c) => keep(c, process.stdout));
    child.stderr.on('data', (c) => keep(c, process.stderr));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (process.platform === 'win32') child.kill('SIGKILL');
        else process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: 127, output: `${output}\n${error.message}`, timedOut });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const note = timedOut ? `\nStopped after ${formatDuration(timeoutMs)}.` : '';
      resolve({ code: code ?? (signal ? 1 : 0), output: output + note, timedOut });
    });
  });
}

const onPath = (command) => {
  const names = process.platform === 'win32' ? [`${command}.exe`, `${command}.cmd`, `${command}.bat`] : [command];
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  return dirs.some((dir) => names.some((name) => fs.existsSync(path.join(dir, name))));
};

/** CLAIR_DESK_CHROMIUM, else Debian's Chromium, else Playwright's own (test-tools.mjs). */
const chromium = () => chooseChromium({ bundled: () => playwrightChromium(ROOT) });

/** Debian packages the tests need that are not installed (without dpkg: judged by the two commands). */
function missingSystemPackages(packages) {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own ${Field} format, not JS.
  const query = spawnSync('dpkg-query', ['-W', '-f=${Package} ${Status}\\n', ...packages], { encoding: 'utf8' });
  if (query.error) {
    const wanted = (name, present) => packages.includes(name) && !present && name;
    return [wanted('chromium', chromium()), wanted('poppler-utils', onPath('pdftotext'))].filter(Boolean);
  }
  const installed = new Set(
    query.stdout
      .split('\n')
      .filter((line) => line.endsWith(' install ok installed'))
      .map((line) => line.split(' ')[0]),
  );
  return packages.filter((name) => !installed.has(name));
}

/**
 * Installs missing Debian packages when root; otherwise says what to install. Without apt (Windows,
 * macOS) only checks for a Chromium and pdftotext. Returns an error text or null.
 */
async function ensureSystemPackages() {
  const packages = aptPackages({ platform: process.platform, hasApt: onPath('apt-get'), env: process.env });
  if (!packages) {
    return otherToolsProblem({ platform: process.platform, hasPdftotext: onPath('pdftotext'), chromium: chromium() });
  }
  const missing = missingSystemPackages(packages);
  if (missing.length === 0) return null;
  const install = `apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    return `The end-to-end tests need these Debian packages: ${missing.join(', ')}. Install them with \`sudo apt-get update && sudo ${install}\`, then run npm test again.`;
  }
  say(`Installing ${missing.join(', ')} (Debian packages the end-to-end tests use)…`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  const update = await run('apt-get', [...lock, 'update', '-q'], { env, timeoutMs: 10 * MINUTE });
  const result =
    update.code === 0
      ? await run('apt-get', [...lock, 'install', '-y', '-q', ...missing], { env, timeoutMs: 20 * MINUTE })
      : update;
  if (result.code !== 0) return `Installing ${missing.join(', ')} failed (${install}).`;
  const still = missingSystemPackages(packages);
  return still.length ? `After apt-get, still missing: ${still.join(', ')}.` : null;
}

/** Dependencies, Electron where it can be had, the build: scripts/setup.mjs, or a plain fallback. */
async function ensureApp() {
  const setupFile = path.join(ROOT, 'scripts', 'setup.mjs');
  if (fs.existsSync(setupFile)) {
    const { ensureSetup } = await import(pathToFileURL(setupFile).href);
    try {
      const status = await ensureSetup({ root: ROOT, say });
      if (!status.electronBinary && status.electronNote) say(status.electronNote);
      return null;
    } catch (error) {
      const details = error.details ? `\n${String(error.details).trim().split('\n').slice(-40).join('\n')}` : '';
      return `${error.message}${details}`;
    }
  }
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  if (!fs.existsSync(bin())) {
    say('Installing dependencies (npm ci)…');
    const ci = await run(npm, ['ci', '--no-audit', '--no-fund'], { env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
    if (ci.code !== 0) return 'npm ci failed.';
  }
  const build = await run(process.execPath, [bin('electron-vite', 'bin', 'electron-vite.js'), 'build']);
  return build.code === 0 ? null : 'Building the app (electron-vite build) failed.';
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Both halves: the web one (renderer/, shared/) without Node's types, the Node one with them. */
async function typeCheck() {
  let output = '';
  for (const project of ['tsconfig.web.json', 'tsconfig.node.json']) {
    const r = await run(process.execPath, [bin('typescript', 'bin', 'tsc'), '--noEmit', '-p', project], {
      timeoutMs: 10 * MINUTE,
    });
    if (r.code !== 0) return fromExitCode('type check', r.code, output + r.output);
    output += r.output;
  }
  say('No type errors.');
  return fromExitCode('type check', 0, output);
}

/** `npm run lint`'s two checks as one step: biome, then the imports between features and of test code. */
async function lint() {
  const biome = bin('@biomejs', 'biome', 'bin', 'biome');
  const r = await run(process.execPath, [biome, 'check', '--max-diagnostics=none', '.'], { timeoutMs: 10 * MINUTE });
  // Every diagnostic is printed in full above; the summary lists them by file and rule.
  const named = [...new Set(r.output.match(/^\S+\.\w+(?::\d+:\d+)? [\w/]+/gm) ?? [])].join('\n');
  // Run whatever biome said, so one run shows both kinds of problem; each crossing is one line already.
  const b = await run(process.execPath, [path.join(ROOT, 'scripts', 'feature-boundaries.mjs')], {
    timeoutMs: 2 * MINUTE,
  });
  const output = [r.code === 0 ? '' : named || r.output, b.code === 0 ? '' : b.output].filter(Boolean).join('\n');
  return fromExitCode('lint (biome, boundaries)', r.code || b.code, output);
}

/** The build just made holds no test code (scripts/test-code-in-build.mjs): each finding is one line. */
async function buildContents() {
  const r = await run(process.execPath, [path.join(ROOT, 'scripts', 'test-code-in-build.mjs')], {
    timeoutMs: 2 * MINUTE,
  });
  return fromExitCode('build has no test code', r.code, r.output);
}

async function vitest() {
  const name = 'unit, integration, property';
  const report = path.join(REPORTS, 'vitest.json');
  fs.rmSync(report, { force: true });
  const r = await run(process.execPath, [
    bin('vitest', 'vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  const json = readJson(report);
  return json ? fromVitest(name, json, r.code) : couldNotRun(name, `vitest wrote no report (exit code ${r.code})`);
}

/** The crash-safety harness (tests/crash): the built server killed with SIGKILL under a write load. */
async function crashSafety() {
  const name = 'crash safety';
  const report = path.join(REPORTS, 'crash.json');
  fs.rmSync(report, { force: true });
  const r = await run(
    process.execPath,
    [
      bin('vitest', 'vitest.mjs'),
      'run',
      '-c',
      'tests/crash/vitest.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { timeoutMs: 15 * MINUTE },
  );
  const json = readJson(report);
  return json ? fromVitest(name, json, r.code) : couldNotRun(name, `vitest wrote no report (exit code ${r.code})`);
}

const notRun = (name, note) => ({ name, passed: 0, failed: 0, skipped: 0, failures: [], note });

async function playwright(name, config, { needsChromium, packagesReported = false }) {
  if (!fs.existsSync(path.join(ROOT, config))) return notRun(name, `${config} not present yet`);
  const browser = needsChromium ? chromium() : null;
  if (needsChromium && !browser) {
    // Counted once: under "system packages" when that row already says what is missing.
    const missing = "no Chromium (/usr/bin/chromium, CLAIR_DESK_CHROMIUM or Playwright's own)";
    return packagesReported ? notRun(name, `not run: ${missing}`) : couldNotRun(name, missing);
  }
  const report = path.join(REPORTS, `${path.basename(path.dirname(config))}.json`);
  fs.rmSync(report, { force: true });
  const env = {
    PLAYWRIGHT_JSON_OUTPUT_FILE: report,
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    ...(browser ? { CLAIR_DESK_CHROMIUM: browser.path } : {}),
  };
  // About 15 minutes on an idle 2-core machine; the limit leaves room for a busy one.
  const limit = 50 * MINUTE;
  const r = await run(
    process.execPath,
    [bin('@playwright', 'test', 'cli.js'), 'test', '-c', config, '--reporter=list,json'],
    { env, timeoutMs: limit },
  );
  const json = readJson(report);
  if (json) return fromPlaywright(name, json, r.code);
  const why = r.timedOut ? `stopped after ${formatDuration(limit)}` : `exit code ${r.code}`;
  return couldNotRun(name, `playwright wrote no report (${why})`);
}

function printFailures(suites) {
  const failures = suites.flatMap((s) => s.failures.map((f) => ({ suite: s.name, ...f })));
  if (failures.length === 0) return;
  heading(`Failures (${failures.length})`);
  for (const f of failures) say(`✗ ${f.suite} › ${f.name}\n${f.message.trim().replace(/^/gm, '    ')}\n`);
}

async function main() {
  const started = Date.now();
  fs.mkdirSync(REPORTS, { recursive: true });
  const suites = [];
  const timed = async (step) => {
    const t0 = Date.now();
    const result = await step();
    suites.push({ ...result, ms: Date.now() - t0 });
  };

  heading('Set-up');
  const appProblem = await ensureApp();
  if (appProblem) {
    say(appProblem);
    suites.push(couldNotRun('set-up', appProblem.split('\n')[0]));
  } else {
    const systemProblem = await ensureSystemPackages();
    if (systemProblem) {
      say(systemProblem);
      suites.push(couldNotRun('system packages', systemProblem));
    }
    say('Set-up done.');
    heading('Build contents (no vitest, fast-check or test helper in out/)');
    await timed(buildContents);
    heading('Type check (tsc --noEmit)');
    await timed(typeCheck);
    heading('Lint (biome check ., feature boundaries)');
    await timed(lint);
    heading('Unit, integration and property tests (vitest)');
    await timed(vitest);
    heading('Crash safety (the browser mode killed with SIGKILL under load)');
    await timed(crashSafety);
    heading('End-to-end tests in Chromium (playwright)');
    const e2e = { needsChromium: true, packagesReported: Boolean(systemProblem) };
    await timed(() => playwright('end-to-end (chromium)', 'tests/e2e/playwright.config.ts', e2e));
    heading('Electron tests (playwright _electron)');
    await timed(() => playwright('electron', 'tests/electron/playwright.config.ts', { needsChromium: false }));
  }

  printFailures(suites);
  heading('Summary');
  for (const line of table(suites, Date.now() - started)) say(line);
  say();
  say(finalLine(totals(suites)));
  process.exitCode = exitCode(suites);
}

main().catch((error) => {
  console.error(error?.stack ?? String(error));
  say(finalLine({ passed: 0, failed: 1, skipped: 0 }));
  process.exitCode = 1;
});
