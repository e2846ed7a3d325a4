// `npm start` in browser mode opens the printed address in the system's browser. Whether and how is
// one pure decision (browserOpener); openBrowser runs it and says, in one sentence, when it failed.
// Node built-ins only: start.mjs runs it.
import { spawn } from 'node:child_process';

export const READY = 'CLAIR Desk ready: ';

export const OPEN_FAILED =
  'The browser could not be opened by itself: open the address after "CLAIR Desk ready:" above in a browser.';

/**
 * Only this computer's address with plain characters is handed to an opener: Windows' `start` runs
 * through cmd, where `&`, `^` or quotes in an address would be commands.
 */
const LOCAL_ADDRESS = /^http:\/\/(127\.0\.0\.1|localhost):\d{1,5}\/[A-Za-z0-9_\-/?=#.]*$/;

/** The address in a line of the server's output, or null when the line is not its ready line. */
export function readyAddress(line) {
  return line.startsWith(READY) ? line.slice(READY.length).trim() : null;
}

/**
 * How to open `url` here: the command and its arguments, or null when the browser is not to be
 * opened (CI is set, CLAIR_DESK_NO_OPEN=1, or the address is not this computer's).
 */
export function browserOpener({ url, platform, env }) {
  if (env.CI || env.CLAIR_DESK_NO_OPEN === '1' || !LOCAL_ADDRESS.test(url)) return null;
  // `start`'s first quoted argument is the window title; arguments are passed to cmd as written.
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url], verbatim: true };
  if (platform === 'darwin') return { command: 'open', args: [url] };
  return { command: 'xdg-open', args: [url] };
}

/**
 * Opens `url` when browserOpener says so; resolves true when the opener ran and succeeded, false
 * (after printing OPEN_FAILED) when it could not be run or failed, null when it was not to be opened.
 */
export function openBrowser(url, { platform = process.platform, env = process.env, log = console.log } = {}) {
  const opener = browserOpener({ url, platform, env });
  if (!opener) return Promise.resolve(null);
  return new Promise((resolve) => {
    const failed = () => {
      log(OPEN_FAILED);
      resolve(false);
    };
    const child = spawn(opener.command, opener.args, {
      env,
      stdio: 'ignore',
      detached: platform !== 'win32',
      windowsVerbatimArguments: opener.verbatim ?? false,
      windowsHide: true,
    });
    child.once('error', failed);
    child.once('exit', (code) => (code === 0 ? resolve(true) : failed()));
    // An opener that waits for the browser to close must not keep `npm start` alive after the server.
    child.unref();
  });
}
