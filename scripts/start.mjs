// `npm start`: set up what is missing, then open the Electron app, or, where Electron cannot run,
// say why in one sentence and start the browser mode (which prints `CLAIR Desk ready: <url>`) and open
// that address in the system's browser (open-browser.mjs: not under CI or with CLAIR_DESK_NO_OPEN=1).
// Already set up and built, this only checks a few file times before starting.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { openBrowser, readyAddress } from './open-browser.mjs';
import { ensureSetup, reportSetupFailure } from './setup.mjs';
import { chooseMode } from './setup-lib.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * Runs the child with our terminal, passes Ctrl-C and termination on, and exits with its code.
 * On POSIX the child gets its own process group, so a terminal's Ctrl-C reaches it once (from us),
 * not twice. With `onLine`, its output passes through us, line by line, to be watched.
 */
function runForeground(command, args, env, onLine) {
  const detached = process.platform !== 'win32';
  const stdio = onLine ? ['inherit', 'pipe', 'inherit'] : 'inherit';
  const child = spawn(command, args, { cwd: ROOT, env, stdio, detached });
  if (onLine) watchLines(child.stdout, onLine);
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  if (process.platform !== 'win32') process.on('SIGHUP', forward);
  child.on('error', (error) => {
    console.error(`CLAIR Desk could not be started (${error.message}).`);
    process.exit(1);
  });
  // 'close': after its last output has passed through us too.
  child.on('close', (code, signal) => {
    // A child ended by a signal: exit the way shells expect (128 + signal number).
    const signals = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
    process.exit(code ?? (signal ? 128 + (signals[signal] ?? 0) : 1));
  });
}

/** Copies `stream` to our output and hands each whole line to `onLine`. */
function watchLines(stream, onLine) {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    process.stdout.write(chunk);
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  });
}

const status = await ensureSetup({ root: ROOT }).catch(reportSetupFailure);
const decision = chooseMode({
  electronBinary: Boolean(status.electronBinary),
  electronNative: status.electronNative,
  electronNote: status.electronNote,
  platform: process.platform,
  env: process.env,
});

if (decision.mode === 'electron') {
  // Electron would behave as plain Node with this set (e.g. inherited from a tool).
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  runForeground(status.electronBinary, ['.'], env);
} else {
  console.log(decision.reason);
  // The first address, and each new one the person asks for with Enter (cli.ts).
  runForeground(process.execPath, [path.join(ROOT, 'out', 'main', 'server.js')], process.env, (line) => {
    const url = readyAddress(line);
    if (url) void openBrowser(url);
  });
}
