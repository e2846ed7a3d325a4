// `npm start` opening the browser: the pure decision case by case, then the opener run for real
// (a stand-in `xdg-open` on PATH that records its arguments, or fails).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { browserOpener, OPEN_FAILED, openBrowser, readyAddress } from './open-browser.mjs';

const URL = 'http://127.0.0.1:51234/?launch=Ab_9-xYz';

describe('browserOpener', () => {
  test('each system’s own opener', () => {
    expect(browserOpener({ url: URL, platform: 'linux', env: {} })).toEqual({ command: 'xdg-open', args: [URL] });
    expect(browserOpener({ url: URL, platform: 'darwin', env: {} })).toEqual({ command: 'open', args: [URL] });
    expect(browserOpener({ url: URL, platform: 'win32', env: {} })).toEqual({
      command: 'cmd',
      args: ['/c', 'start', '""', URL],
      verbatim: true,
    });
  });

  test('not under CI, nor with CLAIR_DESK_NO_OPEN=1', () => {
    for (const env of [{ CI: 'true' }, { CI: '1' }, { CLAIR_DESK_NO_OPEN: '1' }]) {
      expect(browserOpener({ url: URL, platform: 'linux', env })).toBeNull();
    }
    expect(browserOpener({ url: URL, platform: 'linux', env: { CI: '', CLAIR_DESK_NO_OPEN: '0' } })).not.toBeNull();
  });

  test('only this computer’s address, with nothing cmd would read as a command', () => {
    for (const url of [
      'http://evil.example/',
      'https://127.0.0.1:5000/',
      'file:///etc/passwd',
      'http://127.0.0.1:5000/?launch=a&calc',
      'http://127.0.0.1:5000/?launch="a"',
      'http://127.0.0.1:5000/?launch=a^b',
      'http://127.0.0.1:5000/ x',
    ]) {
      expect(browserOpener({ url, platform: 'win32', env: {} }), url).toBeNull();
    }
    expect(browserOpener({ url: 'http://localhost:5000/', platform: 'linux', env: {} })).not.toBeNull();
  });
});

test('readyAddress reads the ready line only', () => {
  expect(readyAddress(`CLAIR Desk ready: ${URL}`)).toBe(URL);
  expect(readyAddress(`CLAIR Desk ready: ${URL}\r`)).toBe(URL);
  expect(readyAddress('Data folder: /somewhere')).toBeNull();
});

describe.skipIf(process.platform === 'win32')('openBrowser', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A PATH holding only an `xdg-open` that writes its arguments to a file and exits with `code`. */
  function fakeOpener(code: number) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clair-desk-open-'));
    dirs.push(dir);
    const record = path.join(dir, 'args.txt');
    fs.writeFileSync(path.join(dir, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$*" > '${record}'\nexit ${code}\n`, {
      mode: 0o755,
    });
    return { env: { PATH: dir }, record };
  }

  test('runs the opener with the address; says nothing when it worked', async () => {
    const { env, record } = fakeOpener(0);
    const said: string[] = [];
    expect(await openBrowser(URL, { platform: 'linux', env, log: (l) => said.push(l) })).toBe(true);
    expect(fs.readFileSync(record, 'utf8')).toBe(URL);
    expect(said).toEqual([]);
  });

  test('an opener that fails, or none at all: one sentence to open the address by hand', async () => {
    const said: string[] = [];
    const log = (l: string) => said.push(l);
    expect(await openBrowser(URL, { platform: 'linux', env: fakeOpener(3).env, log })).toBe(false);
    const nowhere = { PATH: path.join(os.tmpdir(), 'clair-desk-no-such-folder') };
    expect(await openBrowser(URL, { platform: 'linux', env: nowhere, log })).toBe(false);
    expect(said).toEqual([OPEN_FAILED, OPEN_FAILED]);
  });

  test('under CI nothing is run', async () => {
    const { env, record } = fakeOpener(0);
    expect(await openBrowser(URL, { platform: 'linux', env: { ...env, CI: 'true' }, log: () => {} })).toBeNull();
    expect(fs.existsSync(record)).toBe(false);
  });
});
